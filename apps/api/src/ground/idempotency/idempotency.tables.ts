import { index, integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { idColumn, timestampColumn } from '../shared/columns';

/**
 * The first answer to a request sent with an Idempotency-Key. The unique key per user and route
 * makes concurrent requests with one key race on the insert: one wins, the others replay or wait.
 * `status_code` is null while the first request is still running.
 */
export const idempotencyKeysTable = pgTable(
  'idempotency_keys',
  {
    id: idColumn({ kind: 'idempotencyKey' }),
    key: text('key').notNull(),
    userId: text('user_id').notNull(),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
    completedAt: timestampColumn('completed_at'),
  },
  (t) => [
    unique('idempotency_keys_user_route_key_unique').on(t.userId, t.route, t.key),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);

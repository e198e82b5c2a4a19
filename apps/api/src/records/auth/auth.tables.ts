import { index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { idColumn, timestampColumn } from '../../ground/shared/columns';
import { usersTable } from '../users/users.tables';

/** A logged-in browser. Only the SHA-256 of the cookie's token is kept, so a database leak opens no session. */
export const sessionsTable = pgTable(
  'sessions',
  {
    id: idColumn({ kind: 'session' }),
    tokenHash: text('token_hash').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
    lastSeenAt: timestampColumn('last_seen_at').notNull().defaultNow(),
    expiresAt: timestampColumn('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    unique('sessions_token_hash_unique').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
    index('sessions_expires_idx').on(t.expiresAt),
  ],
);

/** Failed logins, kept in the database so the rate limit holds across processes and restarts. */
export const loginFailuresTable = pgTable(
  'login_failures',
  {
    id: idColumn({ kind: 'loginAttempt' }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    at: timestampColumn('at').notNull().defaultNow(),
  },
  (t) => [
    index('login_failures_email_at_idx').on(t.email, t.at),
    index('login_failures_ip_at_idx').on(t.ip, t.at),
  ],
);

import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { tenantsTable } from '../organisations/organisations.tables';
import { idColumn, timestampColumn, timestampColumns } from '../shared/columns';
import { sqlIn } from '../shared/sql';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;

/**
 * The record of a batch (a wave of PDFs) that its portal shows: status, progress, result, error.
 * Progress and results are committed as the batch goes, so a killed process loses nothing
 * committed. Running it (claiming, retries, taking over from a dead process) is the job queue's
 * (`jobs.queue.ts`), which carries the record's id.
 */
export const jobsTable = pgTable(
  'jobs',
  {
    id: idColumn({ kind: 'job' }),
    tenantId: text('tenant_id').references(() => tenantsTable.id),
    kind: text('kind').notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    processed: integer('processed').notNull().default(0),
    total: integer('total'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    result: jsonb('result').$type<Record<string, unknown>>(),
    error: text('error'),
    createdBy: text('created_by'),
    startedAt: timestampColumn('started_at'),
    finishedAt: timestampColumn('finished_at'),
    ...timestampColumns(),
  },
  (t) => [
    check('jobs_status_valid', sqlIn('status', JOB_STATUSES)),
    check(
      'jobs_progress_valid',
      sql`${t.processed} >= 0 AND (${t.total} IS NULL OR ${t.processed} <= ${t.total})`,
    ),
    index('jobs_status_created_idx').on(t.status, t.createdAt),
    index('jobs_tenant_created_idx').on(t.tenantId, t.createdAt),
  ],
);

import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database/database';
import { columnsEqual, insertOne } from '../database/query-helpers';
import { jobsTable } from './jobs.tables';

export type JobRow = typeof jobsTable.$inferSelect;

/** The job's result with these keys added (or replaced): progress and the outcome add to what is there. */
function mergedResult(values: Record<string, unknown>) {
  return sql`coalesce(${jobsTable.result}, '{}'::jsonb) || ${JSON.stringify(values)}::jsonb`;
}

export function createJobsRepository({ db }: { db: Database }) {
  return {
    async insertJob({
      tenantId,
      kind,
      total,
      payload,
      createdBy,
    }: {
      tenantId: string;
      kind: string;
      total: number;
      payload: Record<string, unknown>;
      createdBy: string;
    }): Promise<{ job: JobRow }> {
      return { job: await insertOne(db, jobsTable, { tenantId, kind, total, payload, createdBy }) };
    },

    async findJob({ tenantId, kind, jobId }: { tenantId: string; kind: string; jobId: string }) {
      const [job] = await db
        .select()
        .from(jobsTable)
        .where(columnsEqual(jobsTable, { id: jobId, tenantId, kind }));
      return { job };
    },

    /**
     * Marks a job running as one run of it starts, and counts the run in `result.attempts` when it is
     * the first or a retry (a run that continues a job after its time slice is not another attempt).
     * A job that is already finished is left alone and not answered.
     */
    async startRun({
      jobId,
      attempt,
      now,
    }: {
      jobId: string;
      attempt: 'first' | 'retry' | 'continued';
      now: Date;
    }): Promise<{ job: JobRow | undefined }> {
      const attempts =
        attempt === 'continued'
          ? sql`coalesce((${jobsTable.result}->>'attempts')::int, 1)`
          : sql`coalesce((${jobsTable.result}->>'attempts')::int, 0) + 1`;
      const [job] = await db
        .update(jobsTable)
        .set({
          status: 'running',
          startedAt: sql`coalesce(${jobsTable.startedAt}, ${now.toISOString()}::timestamptz)`,
          error: null,
          result: sql`coalesce(${jobsTable.result}, '{}'::jsonb) || jsonb_build_object('attempts', ${attempts})`,
        })
        .where(and(eq(jobsTable.id, jobId), inArray(jobsTable.status, ['queued', 'running'])))
        .returning();
      return { job };
    },

    async recordProgress({
      jobId,
      processed,
      result,
      now,
    }: {
      jobId: string;
      processed: number;
      result: Record<string, unknown>;
      now: Date;
    }) {
      await db
        .update(jobsTable)
        .set({
          processed,
          result: mergedResult(result),
          updatedAt: now,
        })
        .where(columnsEqual(jobsTable, { id: jobId, status: 'running' }));
    },

    async finishJob({
      jobId,
      status,
      result,
      error,
      now,
    }: {
      jobId: string;
      status: 'succeeded' | 'failed';
      result: Record<string, unknown>;
      error?: string;
      now: Date;
    }) {
      await db
        .update(jobsTable)
        .set({
          status,
          result: mergedResult(result),
          error: error ?? null,
          finishedAt: now,
        })
        .where(and(eq(jobsTable.id, jobId), inArray(jobsTable.status, ['queued', 'running'])));
    },
  };
}

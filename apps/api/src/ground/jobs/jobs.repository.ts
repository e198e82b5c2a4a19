import { and, asc, eq, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../database/database';
import { jobsTable } from './jobs.tables';

export type JobRow = typeof jobsTable.$inferSelect;

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
      const [job] = await db
        .insert(jobsTable)
        .values({ tenantId, kind, total, payload, createdBy })
        .returning();
      return { job: job! };
    },

    async findJob({ tenantId, kind, jobId }: { tenantId: string; kind: string; jobId: string }) {
      const [job] = await db
        .select()
        .from(jobsTable)
        .where(and(eq(jobsTable.id, jobId), eq(jobsTable.tenantId, tenantId), eq(jobsTable.kind, kind)));
      return { job };
    },

    /**
     * Takes the oldest job of a kind that is queued, or running with a heartbeat older than
     * `staleBefore` (its process died). The update re-checks the status and heartbeat it read, so
     * two processes reaching for one job never both get it. Each claim counts one more attempt in
     * `result.attempts`.
     */
    async claimNextJob({
      kind,
      now,
      staleBefore,
    }: {
      kind: string;
      now: Date;
      staleBefore: Date;
    }): Promise<{ job: JobRow | undefined }> {
      const claimable = or(
        eq(jobsTable.status, 'queued'),
        and(eq(jobsTable.status, 'running'), lt(jobsTable.heartbeatAt, staleBefore)),
      );
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const [candidate] = await db
          .select({ id: jobsTable.id })
          .from(jobsTable)
          .where(and(eq(jobsTable.kind, kind), claimable))
          .orderBy(asc(jobsTable.createdAt))
          .limit(1);
        if (!candidate) return { job: undefined };
        const [job] = await db
          .update(jobsTable)
          .set({
            status: 'running',
            heartbeatAt: now,
            startedAt: now,
            error: null,
            result: sql`coalesce(${jobsTable.result}, '{}'::jsonb) || jsonb_build_object('attempts', coalesce((${jobsTable.result}->>'attempts')::int, 0) + 1)`,
          })
          .where(and(eq(jobsTable.id, candidate.id), claimable))
          .returning();
        if (job) return { job };
      }
      return { job: undefined };
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
          result: sql`coalesce(${jobsTable.result}, '{}'::jsonb) || ${JSON.stringify(result)}::jsonb`,
          heartbeatAt: now,
        })
        .where(and(eq(jobsTable.id, jobId), eq(jobsTable.status, 'running')));
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
          result: sql`coalesce(${jobsTable.result}, '{}'::jsonb) || ${JSON.stringify(result)}::jsonb`,
          error: error ?? null,
          finishedAt: now,
          heartbeatAt: now,
        })
        .where(eq(jobsTable.id, jobId));
    },
  };
}

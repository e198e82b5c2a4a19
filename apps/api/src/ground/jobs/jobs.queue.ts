import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Logger } from '../config/logger';
import { type Database, queryRows, withSystemScope } from '../database/database';

/**
 * The job queue: pg-boss on our own database, in its own schema (`pgboss`), created by migration
 * `0027_job_queue` with the queues below. pg-boss claims jobs (`FOR UPDATE SKIP LOCKED`), retries a
 * failing one with back-off, fails a job whose process died once it expires, and gives up after
 * its retry limit (to the queue's dead-letter queue, where one is named). It runs over our
 * database layer, so the same code works on PGlite and on PostgreSQL, as the application role
 * and through PgBouncer in transaction mode (no LISTEN, no session advisory locks).
 */
export const QUEUE_SCHEMA = 'pgboss';

/** A pg-boss `db` adapter over one of our database handles (the root one or a transaction). */
export function queueExecutor({ db }: { db: Database }): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      // pg-boss's own maintenance (expiring the jobs of a process that died, archiving, dropping) sends
      // several statements in one text without parameters, a transaction of its own
      // (`BEGIN; SET LOCAL …; SELECT pg_advisory_xact_lock(…); …; COMMIT;`). PGlite runs those with
      // `exec`. postgres.js refuses a text that opens a transaction on a shared pool (UNSAFE_TRANSACTION),
      // so on PostgreSQL it runs on one connection of its own, the system scope's, as a simple query.
      const parameterless = !values || values.length === 0;
      const client = (db as unknown as { $client?: unknown }).$client;
      if (parameterless && client instanceof PGlite) {
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      if (parameterless && OPENS_TRANSACTION.test(text)) {
        const results = await withSystemScope({ work: () => queryRows({ db, query: sql.raw(text) }) });
        return { rows: lastResult(results) };
      }
      return { rows: await queryRows({ db, query: withParameters(text, values ?? []) }) };
    },
  };
}

const OPENS_TRANSACTION = /^\s*BEGIN\b/i;

/** The rows of the last statement of a several-statement text (postgres.js answers one list per statement). */
function lastResult(results: unknown[]): Record<string, unknown>[] {
  const lists = results.filter((result) => Array.isArray(result));
  if (lists.length === 0) return results as Record<string, unknown>[];
  return (lists.at(-1) ?? []) as Record<string, unknown>[];
}

/** pg-boss's `$1`-style text as a drizzle query, each placeholder one bound value. */
function withParameters(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 0) chunks.push(sql.raw(part));
    else chunks.push(sql`${sql.param(bindable(values[Number(part) - 1]))}`);
  });
  return sql.join(chunks);
}

function bindable(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
    return JSON.stringify(value);
  return value;
}

/** Sends jobs only; never started. The queues' settings are on the queue rows, the connection per call. */
const sender = new PgBoss({
  schema: QUEUE_SCHEMA,
  db: { executeSql: () => Promise.reject(new Error('enqueue needs a database handle')) },
});

export type EnqueueOptions = {
  /** The caller's database handle: pass the transaction of the business write so both commit together. */
  db: Database;
  kind: string;
  payload: Record<string, unknown>;
  /** With `singletonSeconds`: at most one job of this key per slot of that many seconds. */
  singletonKey?: string;
  singletonSeconds?: number;
  /** How long one run may take before the queue takes the job as lost (its process died) and retries it. */
  expireInSeconds?: number;
  startAfterSeconds?: number;
};

/**
 * Puts a job on the queue in the caller's transaction: rolled back with it, it never runs. Answers
 * `null` when a singleton slot already holds one.
 */
export async function enqueueJob({
  db,
  kind,
  payload,
  singletonKey,
  singletonSeconds,
  expireInSeconds,
  startAfterSeconds,
}: EnqueueOptions): Promise<{ queueJobId: string | null }> {
  const queueJobId = await sender.send(kind, payload, {
    db: queueExecutor({ db }),
    ...(singletonKey === undefined ? {} : { singletonKey }),
    ...(singletonSeconds === undefined ? {} : { singletonSeconds }),
    ...(expireInSeconds === undefined ? {} : { expireInSeconds }),
    ...(startAfterSeconds === undefined ? {} : { startAfter: startAfterSeconds }),
  });
  return { queueJobId };
}

/** One run of a job as a handler sees it. */
export type QueuedJob<P> = {
  id: string;
  kind: string;
  payload: P;
  /** Runs of this job that ended in an error or were lost before this one (0 on the first run). */
  retryCount: number;
  /** Whether this is the last run the queue allows. */
  lastAttempt: boolean;
  /** Seconds this run may take before the queue takes it as lost. */
  expireInSeconds: number;
};

export type JobHandler<P> = (job: QueuedJob<P>) => Promise<void>;

export type JobQueue = {
  /** Registers the handler of a kind; it runs one job at a time in this process. Before or after `start`. */
  work: <P>(kind: string, handler: JobHandler<P>) => Promise<void>;
  /** Starts polling (idempotent). */
  start: () => Promise<void>;
  /** Stops taking jobs and waits for the running ones (up to `timeoutMs`, then they are failed and retried). */
  stop: (options?: { timeoutMs?: number }) => Promise<void>;
  /** Looks for work of `kind` now instead of at the next poll. */
  nudge: (kind: string) => void;
  /** Fails (and so retries) the jobs whose run took longer than allowed: their process died. */
  expireLost: () => Promise<void>;
  /** Resolves once no job of these kinds waits to run now or runs, here or in another process. */
  idle: (kinds: string[]) => Promise<void>;
};

const queues = new WeakMap<Database, JobQueue>();

/** The queue of one database handle, made on first use, so routes and start-up share it. */
export function getJobQueue({ db, logger }: { db: Database; logger: Logger }): JobQueue {
  let queue = queues.get(db);
  if (!queue) {
    queue = createJobQueue({ db, logger });
    queues.set(db, queue);
  }
  return queue;
}

export function createJobQueue({
  db,
  logger,
  pollingIntervalSeconds = 2,
  maintenanceIntervalSeconds = 10,
}: {
  db: Database;
  logger: Logger;
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
}): JobQueue {
  const boss = new PgBoss({
    schema: QUEUE_SCHEMA,
    db: queueExecutor({ db }),
    // The schema and the queues come with our migrations (the application role could not create them).
    migrate: false,
    // No cron: periodic work is sent throttled (`singletonSeconds`) by each process instead.
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds,
  });
  boss.on('error', (error: unknown) => {
    logger.error('job queue error', { error: error instanceof Error ? error.message : String(error) });
  });
  const workers = new Map<string, string>();
  let started: Promise<void> | undefined;
  let stopped = false;

  const start = () => {
    started ??= boss.start().then(() => undefined);
    return started;
  };

  return {
    start,
    async work<P>(kind: string, handler: JobHandler<P>) {
      if (workers.has(kind) || stopped) return;
      workers.set(kind, '');
      await start();
      const id = await boss.work<P>(
        kind,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds },
        async ([job]) => {
          if (!job) return;
          await handler({
            id: job.id,
            kind,
            payload: job.data,
            retryCount: job.retryCount,
            lastAttempt: job.retryCount >= job.retryLimit,
            expireInSeconds: Number(job.expireInSeconds),
          });
        },
      );
      workers.set(kind, id);
    },
    async stop({ timeoutMs = 30_000 } = {}) {
      stopped = true;
      if (!started) return;
      await started;
      // `wait` resolves once running jobs ended (or were failed after the timeout).
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
    },
    nudge(kind) {
      const id = workers.get(kind);
      if (id) boss.notifyWorker(id);
    },
    async expireLost() {
      await start();
      await boss.expire();
    },
    async idle(kinds) {
      if (!started) return;
      for (;;) {
        const [row] = await queryRows<{ waiting: number }>({
          db,
          query: sql`SELECT count(*)::int AS waiting FROM ${sql.raw(QUEUE_SCHEMA)}.job
            WHERE name IN (${sql.join(
              kinds.map((kind) => sql`${kind}`),
              sql`, `,
            )}) AND (state = 'active' OR (state IN ('created', 'retry') AND start_after < now() + interval '5 seconds'))`,
        });
        if (!row || Number(row.waiting) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

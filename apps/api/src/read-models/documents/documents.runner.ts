import { join } from 'node:path';
import type { Config } from '../../ground/config/config';
import type { Logger } from '../../ground/config/logger';
import { type Database, withSystemScope } from '../../ground/database/database';
import { enqueueJob, getJobQueue, type JobQueue, type QueuedJob } from '../../ground/jobs/jobs.queue';
import { createJobsRepository, type JobRow } from '../../ground/jobs/jobs.repository';
import { type Clock, toLocalDate } from '../../ground/shared/clock';
import { assembleWelcomePack, packLanguage } from './documents.assemble';
import { type PackJob, renderPackBatch } from './documents.batch';
import { createDocumentsRepository, type TenantDocumentContext } from './documents.repository';
import type { RenderArgs, WelcomePackInput } from './documents.types';

/** The job kind of a batch of welcome packs. */
export const PACK_BATCH_JOB_KIND = 'documents.packs';

/** The queue of the batches' last failures: a batch whose runs all failed is marked failed from there. */
export const PACK_BATCH_FAILED_KIND = 'documents.packs.failed';

/** Runs of one batch's job (the first and two retries) before it is given up. Set on the queue (migration). */
export const MAX_ATTEMPTS = 3;

/** What a pack batch job carries: the clients, in print order. */
export type PackBatchPayload = { clientIds: string[] };

/** What the queue's job of a batch carries: the batch record's id. */
type PackBatchJob = { batchId: string; continued?: boolean };

/** The folder a batch writes its PDFs and manifest into. */
export function batchFolder({ config, jobId }: { config: Config; jobId: string }): string {
  return join(config.documents.dir, jobId);
}

/**
 * Puts a batch on the job queue in the caller's transaction (the one that wrote its record), so a
 * batch whose record rolled back never prints. `continued`: the next time slice of a batch.
 */
export async function enqueuePackBatch({
  db,
  config,
  batchId,
  continued = false,
}: {
  db: Database;
  config: Config;
  batchId: string;
  continued?: boolean;
}): Promise<void> {
  const payload: PackBatchJob = continued ? { batchId, continued } : { batchId };
  await enqueueJob({
    db,
    kind: PACK_BATCH_JOB_KIND,
    payload,
    // With the queue's singleton policy, one run of a batch at a time, however many jobs it has.
    singletonKey: batchId,
    expireInSeconds: Math.max(1, Math.round(config.documents.staleAfterMs / 1000)),
  });
}

/** What printing a batch needs from its runner. */
type PrintDeps = {
  jobs: ReturnType<typeof createJobsRepository>;
  documents: ReturnType<typeof createDocumentsRepository>;
  config: Config;
  clock: Clock;
  logger: Logger;
  render: ((args: RenderArgs<WelcomePackInput>) => Promise<Buffer>) | undefined;
};

/**
 * The batch's packs in print order. The next client's rows are read while this client's pack
 * renders, so the database and the renderer work at the same time instead of in turns. A client who
 * left the tenant's files since the batch was asked for is added to `missing`: nothing to print.
 */
async function* batchPacks({
  documents,
  config,
  clock,
  tenantId,
  clientIds,
  context,
  missing,
}: Pick<PrintDeps, 'documents' | 'config' | 'clock'> & {
  tenantId: string;
  clientIds: string[];
  context: TenantDocumentContext;
  missing: string[];
}): AsyncGenerator<PackJob> {
  const load = (clientId: string) => {
    const now = clock.now();
    const loading = documents
      .loadClientSources({
        tenantId,
        clientId,
        today: toLocalDate({ instant: now, timeZone: config.timeZone }),
      })
      .then((sources) => ({ clientId, now, sources }));
    // Awaited below; this only keeps a batch that stops early from leaving a rejection unhandled.
    loading.catch(() => undefined);
    return loading;
  };
  let next = clientIds[0] === undefined ? undefined : load(clientIds[0]);
  for (let index = 0; next; index += 1) {
    const { clientId, now, sources } = await next;
    const following = clientIds[index + 1];
    next = following === undefined ? undefined : load(following);
    if (!sources) {
      missing.push(clientId);
      continue;
    }
    const { pack } = assembleWelcomePack({ sources, context, timeZone: config.timeZone, now });
    yield {
      id: clientId,
      language: packLanguage({ preferred: sources.client.preferredLanguage }),
      data: pack,
    };
  }
}

/** Prints one run of a batch, recording progress after every pack; `aborted` when its time slice ran out. */
async function printBatch(
  { jobs, documents, config, clock, logger, render }: PrintDeps,
  job: JobRow,
  signal: AbortSignal,
): Promise<{ aborted: boolean }> {
  const tenantId = job.tenantId!;
  const { clientIds } = job.payload as PackBatchPayload;
  const context = await documents.loadTenantContext({ tenantId });
  const missing: string[] = [];
  let last = { rendered: 0, skipped: 0, failed: 0 };
  const outcome = await renderPackBatch({
    packs: batchPacks({ documents, config, clock, tenantId, clientIds, context, missing }),
    branding: context.branding,
    folder: batchFolder({ config, jobId: job.id }),
    total: clientIds.length,
    signal,
    ...(render ? { render } : {}),
    onProgress: async (progress) => {
      last = { rendered: progress.rendered, skipped: progress.skipped, failed: progress.failed };
      await jobs.recordProgress({
        jobId: job.id,
        processed: progress.done + missing.length,
        result: { ...last, missing: missing.length },
        now: clock.now(),
      });
    },
  });
  if (outcome.aborted) return { aborted: true };
  await jobs.finishJob({
    jobId: job.id,
    status: 'succeeded',
    result: {
      rendered: outcome.rendered,
      skipped: outcome.skipped,
      failed: outcome.failed.length,
      missing: missing.length,
      failures: outcome.failed.slice(0, 100),
    },
    now: clock.now(),
  });
  logger.info('pack batch finished', {
    jobId: job.id,
    rendered: outcome.rendered,
    skipped: outcome.skipped,
    failed: outcome.failed.length,
  });
  return { aborted: false };
}

export type PackBatchRunner = {
  /** Starts this process's worker (once) and looks for batches to print now. */
  wake: () => void;
  /** Resolves when no batch waits to be printed or is being printed. */
  idle: () => Promise<void>;
  /** Stops taking batches and waits for the one being printed. */
  stop: () => Promise<void>;
};

/**
 * Prints pack batches from the job queue, one at a time per process (rendering is CPU bound).
 * Progress is committed after every pack. A run prints for at most half of the job's expiry and
 * then hands the rest of the batch to a new job, so a live run is never taken for a dead one; a run
 * whose process died is failed by the queue once it expires and retried, by this or another process,
 * and the packs already on disk are skipped. After the third failed run the batch is marked failed.
 */
export function createPackBatchRunner({
  db,
  config,
  clock,
  logger,
  render,
  queue = getJobQueue({ db, logger }),
}: {
  db: Database;
  config: Config;
  clock: Clock;
  logger: Logger;
  render?: (args: RenderArgs<WelcomePackInput>) => Promise<Buffer>;
  /** The process's queue by default; a test gives a runner a queue of its own. */
  queue?: JobQueue;
}): PackBatchRunner {
  const jobs = createJobsRepository({ db });
  const documents = createDocumentsRepository({ db });
  let registered: Promise<void> | undefined;

  async function printRun(queued: QueuedJob<PackBatchJob>): Promise<void> {
    const { batchId } = queued.payload;
    const { job } = await jobs.startRun({
      jobId: batchId,
      // A job sent to continue a batch after its time slice is not another attempt.
      attempt: queued.retryCount > 0 ? 'retry' : queued.payload.continued ? 'continued' : 'first',
      now: clock.now(),
    });
    if (!job) return;
    const slice = new AbortController();
    const timer = setTimeout(() => slice.abort(), (queued.expireInSeconds * 1000) / 2);
    try {
      const { aborted } = await printBatch(
        { jobs, documents, config, clock, logger, render },
        job,
        slice.signal,
      );
      if (aborted) await enqueuePackBatch({ db, config, batchId, continued: true });
    } catch (error) {
      logger.error('pack batch interrupted', {
        jobId: batchId,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function giveUp(failed: QueuedJob<PackBatchJob>): Promise<void> {
    await jobs.finishJob({
      jobId: failed.payload.batchId,
      status: 'failed',
      result: {},
      error: `The batch stopped ${MAX_ATTEMPTS} times on an unexpected error; ask for it again.`,
      now: clock.now(),
    });
  }

  function register(): Promise<void> {
    registered ??= Promise.all([
      // One runner prints the batches of every tenant.
      queue.work<PackBatchJob>(PACK_BATCH_JOB_KIND, (job) => withSystemScope({ work: () => printRun(job) })),
      queue.work<PackBatchJob>(PACK_BATCH_FAILED_KIND, (job) => withSystemScope({ work: () => giveUp(job) })),
    ]).then(() => undefined);
    return registered;
  }

  return {
    wake() {
      register()
        .then(async () => {
          await queue.expireLost();
          queue.nudge(PACK_BATCH_JOB_KIND);
          queue.nudge(PACK_BATCH_FAILED_KIND);
        })
        .catch((error: unknown) => {
          logger.error('pack batch runner stopped', {
            error: error instanceof Error ? error.message : String(error),
          });
        });
    },
    async idle() {
      if (!registered) return;
      await registered;
      await queue.idle([PACK_BATCH_JOB_KIND, PACK_BATCH_FAILED_KIND]);
    },
    async stop() {
      await queue.stop();
    },
  };
}

const runners = new WeakMap<Database, PackBatchRunner>();

/** The runner of one database connection, made on first use, so routes and start-up share it. */
export function getPackBatchRunner(deps: {
  db: Database;
  config: Config;
  clock: Clock;
  logger: Logger;
}): PackBatchRunner {
  let runner = runners.get(deps.db);
  if (!runner) {
    runner = createPackBatchRunner(deps);
    runners.set(deps.db, runner);
  }
  return runner;
}

/** Stops the runner of this connection, if one was made, before the connection is closed. */
export async function stopPackBatchRunner({ db }: { db: Database }): Promise<void> {
  const runner = runners.get(db);
  if (!runner) return;
  runners.delete(db);
  await runner.stop();
}

/** Start-up: this process's worker takes up the batches waiting on the queue, including a dead process's. */
export function resumePackBatches(deps: {
  db: Database;
  config: Config;
  clock: Clock;
  logger: Logger;
}): void {
  getPackBatchRunner(deps).wake();
}

import { join } from 'node:path';
import type { Config } from '../../ground/config/config';
import type { Logger } from '../../ground/config/logger';
import { type Database, withSystemScope } from '../../ground/database/database';
import { createJobsRepository, type JobRow } from '../../ground/jobs/jobs.repository';
import { type Clock, toLocalDate } from '../../ground/shared/clock';
import { assembleWelcomePack, packLanguage } from './documents.assemble';
import { type PackJob, renderPackBatch } from './documents.batch';
import { createDocumentsRepository } from './documents.repository';
import type { RenderArgs, WelcomePackInput } from './documents.types';

/** The job kind of a batch of welcome packs. */
export const PACK_BATCH_JOB_KIND = 'documents.packs';

/** Claims of one batch after which it is given up as failing for a reason a retry will not fix. */
const MAX_ATTEMPTS = 3;

/** What a pack batch job carries: the clients, in print order. */
export type PackBatchPayload = { clientIds: string[] };

/** The folder a batch writes its PDFs and manifest into. */
export function batchFolder({ config, jobId }: { config: Config; jobId: string }): string {
  return join(config.documents.dir, jobId);
}

export type PackBatchRunner = {
  /** Looks for queued (or orphaned) batches and prints them, one at a time in this process. */
  wake: () => void;
  /** Resolves when no batch is being printed by this runner. */
  idle: () => Promise<void>;
};

// One batch at a time per process, whichever runner asks: rendering is CPU bound and a second
// batch would only slow the first one down.
let processQueue: Promise<unknown> = Promise.resolve();

function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const next = processQueue.then(work, work);
  processQueue = next.catch(() => undefined);
  return next;
}

/**
 * Prints pack batches in the API process. Progress and a heartbeat are committed after every pack;
 * a batch left `running` by a killed process is taken up again once its heartbeat is older than
 * `BATCH_STALE_SECONDS`, and the packs already on disk are skipped.
 */
export function createPackBatchRunner({
  db,
  config,
  clock,
  logger,
  render,
}: {
  db: Database;
  config: Config;
  clock: Clock;
  logger: Logger;
  render?: (args: RenderArgs<WelcomePackInput>) => Promise<Buffer>;
}): PackBatchRunner {
  const jobs = createJobsRepository({ db });
  const documents = createDocumentsRepository({ db });
  let draining: Promise<void> | undefined;
  let wokenAgain = false;

  async function run(job: JobRow): Promise<void> {
    const tenantId = job.tenantId!;
    const { clientIds } = job.payload as PackBatchPayload;
    const context = await documents.loadTenantContext({ tenantId });
    const missing: string[] = [];
    let last = { rendered: 0, skipped: 0, failed: 0 };
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
    async function* packs(): AsyncGenerator<PackJob> {
      // The next client's rows are read while this client's pack renders, so the database and the
      // renderer work at the same time instead of in turns.
      let next = clientIds[0] === undefined ? undefined : load(clientIds[0]);
      for (let index = 0; next; index += 1) {
        const { clientId, now, sources } = await next;
        const following = clientIds[index + 1];
        next = following === undefined ? undefined : load(following);
        if (!sources) {
          // The client left the tenant's files since the batch was asked for: nothing to print.
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
    const outcome = await renderPackBatch({
      packs: packs(),
      branding: context.branding,
      folder: batchFolder({ config, jobId: job.id }),
      total: clientIds.length,
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
  }

  async function drain(): Promise<void> {
    do {
      wokenAgain = false;
      for (;;) {
        const claimed = await exclusive(async () => {
          const now = clock.now();
          const { job } = await jobs.claimNextJob({
            kind: PACK_BATCH_JOB_KIND,
            now,
            staleBefore: new Date(now.getTime() - config.documents.staleAfterMs),
          });
          if (!job) return false;
          const attempts = Number(job.result?.attempts ?? 1);
          if (attempts > MAX_ATTEMPTS) {
            await jobs.finishJob({
              jobId: job.id,
              status: 'failed',
              result: {},
              error: `The batch stopped ${MAX_ATTEMPTS} times on an unexpected error; ask for it again.`,
              now,
            });
            return true;
          }
          try {
            await run(job);
          } catch (error) {
            // Most likely the database went away (shutdown, restart): the job stays running, its
            // heartbeat goes stale, and this or another process takes it up again.
            logger.error('pack batch interrupted', {
              jobId: job.id,
              error: error instanceof Error ? error.message : String(error),
            });
            setTimeout(() => wake(), config.documents.staleAfterMs + 1_000).unref();
            return false;
          }
          return true;
        });
        if (!claimed) break;
      }
    } while (wokenAgain);
  }

  function wake(): void {
    if (draining) {
      wokenAgain = true;
      return;
    }
    // One runner prints the batches of every tenant, whichever request woke it.
    draining = withSystemScope({ work: drain })
      .catch((error) => {
        logger.error('pack batch runner stopped', {
          error: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        draining = undefined;
      });
  }

  return {
    wake,
    async idle() {
      while (draining) await draining;
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

/**
 * Start-up: takes up the batches a previous process left queued or running. A batch whose
 * heartbeat is still fresh may belong to another live process, so look again once it would be stale.
 */
export function resumePackBatches(deps: {
  db: Database;
  config: Config;
  clock: Clock;
  logger: Logger;
}): void {
  const runner = getPackBatchRunner(deps);
  runner.wake();
  setTimeout(() => runner.wake(), deps.config.documents.staleAfterMs + 1_000).unref();
}

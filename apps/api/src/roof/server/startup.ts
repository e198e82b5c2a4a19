import type { Config } from '../../ground/config/config';
import type { Logger } from '../../ground/config/logger';
import type { Database, DatabaseDriver } from '../../ground/database/database';
import { getJobQueue } from '../../ground/jobs/jobs.queue';
import { createChannelAdapters } from '../../ground/messaging/messaging.adapters';
import type { Clock } from '../../ground/shared/clock';
import { startMessageSender } from '../../tracks/messages/messages.sender';
import { ensureInitialSignalSweep, startSignalWorker } from '../../tracks/signals/signals.sweep';
import type { DemoAccount } from '../demo/demo.accounts';
import { PORTAL_APPS } from './portals';

/**
 * Starts the follow-up (signal) sweep once the API listens. The first full sweep of a never-swept
 * database grows with the number of clients (minutes for a whole region), so it runs in the
 * background instead of holding the API closed; the regular worker starts when it is done. The
 * regular sweeps are jobs on the job queue, so with several API processes one sweeps at a time.
 */
export function startSignalsInBackground({
  config,
  db,
  clock,
  logger,
  initialSweep = true,
}: {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
  /**
   * False: leave the first sweep of a never-swept database to another process (with several API
   * processes, the first one started does it; the regular sweeps then catch up on any it missed).
   */
  initialSweep?: boolean;
}): { stop: () => Promise<void> } {
  const { sweepIntervalMs, fullSweepIntervalMs } = config.signals;
  if (sweepIntervalMs <= 0) return { stop: async () => {} };
  const onError = (error: unknown) =>
    logger.error('signal sweep failed', { error: error instanceof Error ? error.message : String(error) });
  let stopped = false;
  let worker: { stop: () => Promise<void> } | undefined;
  const initial = (
    initialSweep
      ? ensureInitialSignalSweep({ db, clock, fullSweepIntervalMs, timeZone: config.timeZone })
      : Promise.resolve({ swept: false })
  )
    .then(({ swept }) => {
      if (swept) logger.info('first signal sweep done');
    })
    .catch(onError)
    .finally(() => {
      if (!stopped)
        worker = startSignalWorker({
          db,
          queue: getJobQueue({ db, logger }),
          clock,
          intervalMs: sweepIntervalMs,
          fullSweepIntervalMs,
          onError,
          timeZone: config.timeZone,
        });
    });
  return {
    stop: async () => {
      stopped = true;
      await initial;
      await worker?.stop();
    },
  };
}

/**
 * Starts handing due messages to their channels (a job on the queue every interval, one run per
 * interval across the processes). Without any configured channel, or with the interval 0, nothing
 * is sent and messages stay queued.
 */
export function startMessagesInBackground({
  config,
  db,
  clock,
  logger,
}: {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
}): { stop: () => Promise<void> } {
  const adapters = createChannelAdapters({ config });
  const { sendIntervalMs, quietHours, ratePerMinute, staleAfterMs } = config.messages;
  if (sendIntervalMs <= 0 || Object.keys(adapters).length === 0) return { stop: async () => {} };
  const sender = startMessageSender({
    db,
    queue: getJobQueue({ db, logger }),
    clock,
    intervalMs: sendIntervalMs,
    settings: { adapters, timeZone: config.timeZone, quietHours, ratePerMinute, staleAfterMs },
    onError: (error) =>
      logger.error('sending messages failed', {
        error: error instanceof Error ? error.message : String(error),
      }),
  });
  return {
    stop: async () => {
      await sender.stop();
      for (const adapter of Object.values(adapters)) adapter.close?.();
    },
  };
}

/** The block printed when the server is up: where each portal is and how to log in. */
export function formatStartupBanner({
  config,
  driver,
  accounts,
  demoLoaded,
}: {
  config: Config;
  driver: DatabaseDriver;
  accounts: DemoAccount[];
  demoLoaded: boolean;
}): string {
  const base = config.server.publicUrl;
  const where = driver === 'pglite' ? `PGlite (${config.database.dataDir})` : 'PostgreSQL';
  const lines = [
    '',
    '  Digipakket is running',
    '',
    ...PORTAL_APPS.map((portal) => `    ${portal.title.padEnd(6)} ${base}/${portal.path}/`),
    `    API    ${base}/api/docs`,
    '',
    `  Database: ${where}${demoLoaded ? ', demo data loaded now' : ''}`,
  ];
  if (accounts.length > 0) {
    const width = Math.max(...accounts.map((account) => account.email.length));
    lines.push('', `  Demo accounts (password for all: ${accounts[0]!.password})`, '');
    for (const account of accounts) {
      lines.push(`    ${account.email.padEnd(width)}  ${account.role.padEnd(13)}  /${account.portal}/`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

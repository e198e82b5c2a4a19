import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './ground/config/config';
import { createLogger } from './ground/config/logger';
import { openDatabase } from './ground/database/database';
import { openConfiguredStandby } from './ground/database/database.standby';
import { getJobQueue } from './ground/jobs/jobs.queue';
import { systemClock } from './ground/shared/clock';
import { resumePackBatches } from './read-models/documents/documents.runner';
import { listDemoAccounts } from './roof/demo/demo.accounts';
import { isDatabaseEmpty, loadDemoData, shouldLoadDemo } from './roof/demo/demo.seed';
import { superviseApiProcesses } from './roof/server/processes';
import { createServer } from './roof/server/server';
import {
  formatStartupBanner,
  startMessagesInBackground,
  startSignalsInBackground,
} from './roof/server/startup';
import { startRetentionWorker } from './tracks/privacy/privacy.retention';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  // With several API processes, each one's lines carry its process id.
  const logger = createLogger({
    level: config.log.level,
    ...(cluster.isWorker ? { fields: { pid: process.pid } } : {}),
  });
  if (config.server.processesNote && cluster.isPrimary) logger.warn(config.server.processesNote);

  const connection = await openDatabase({
    url: config.database.url,
    ownerUrl: config.database.ownerUrl,
    dataDir: config.database.dataDir,
    poolSize: config.database.poolSize,
    acquireTimeoutMs: config.database.acquireTimeoutMs,
    answerTimeoutSeconds: config.database.answerTimeoutSeconds,
    prepare: config.database.prepare,
    pooler: config.database.pooler,
    opener: {
      command: 'server',
      port: config.server.port || undefined,
      advice:
        'To run a second server, give it a DATA_DIR of its own, or run every server on one PostgreSQL database (DATABASE_URL).',
    },
  });
  // Migrations and the demo run once, in the first process, before any other API process starts.
  if (cluster.isPrimary) await connection.migrate();

  let demoLoaded = false;
  if (cluster.isPrimary && shouldLoadDemo({ config }) && (await isDatabaseEmpty({ db: connection.db }))) {
    ({ loaded: demoLoaded } = await loadDemoData({
      db: connection.db,
      clock: systemClock,
      password: config.demo.password,
      timeZone: config.timeZone,
    }));
  }
  const showDemoAccounts = demoLoaded || (config.env !== 'production' && config.demo.mode !== 'never');
  const banner = () =>
    formatStartupBanner({
      config,
      driver: connection.driver,
      accounts: showDemoAccounts ? listDemoAccounts({ password: config.demo.password }) : [],
      demoLoaded,
    });

  if (cluster.isPrimary && config.server.processes > 1) {
    await connection.close();
    superviseApiProcesses({ config, logger, onFirstListening: () => process.stdout.write(banner()) });
    return;
  }

  const standby = openConfiguredStandby({ config, logger });
  const { app } = createServer({
    config,
    db: connection.db,
    driver: connection.driver,
    standby,
    clock: systemClock,
    logger,
  });
  resumePackBatches({ db: connection.db, config, clock: systemClock, logger });
  const server = serve(
    { fetch: app.fetch, hostname: config.server.host, port: config.server.port },
    (info) => {
      logger.info('listening', { host: config.server.host, port: info.port, database: connection.driver });
      if (cluster.isPrimary) process.stdout.write(banner());
    },
  );
  const signalWorker = startSignalsInBackground({
    config,
    db: connection.db,
    clock: systemClock,
    logger,
    // With several API processes, the first one started sweeps a never-swept database, not each one.
    initialSweep: !cluster.isWorker || cluster.worker?.id === 1,
  });
  const messageSender = startMessagesInBackground({ config, db: connection.db, clock: systemClock, logger });
  const retentionWorker =
    config.retention.sweepIntervalMs > 0
      ? startRetentionWorker({
          db: connection.db,
          queue: getJobQueue({ db: connection.db, logger }),
          clock: systemClock,
          documentsDir: config.documents.dir,
          intervalMs: config.retention.sweepIntervalMs,
          firstRunAfterMs: Math.min(60_000, config.retention.sweepIntervalMs),
          onRun: ({ anonymised }) => logger.info('retention sweep done', { anonymised: anonymised.length }),
          onError: (error) =>
            logger.error('retention sweep failed', {
              error: error instanceof Error ? error.message : String(error),
            }),
        })
      : null;

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => {
      logger.warn('in-flight requests did not finish in time; closing anyway');
      Promise.all([connection.close(), standby?.close()]).finally(() => {
        logger.flush();
        process.exit(0);
      });
    }, config.server.shutdownTimeoutMs);
    force.unref();
    server.close(async () => {
      try {
        await signalWorker.stop();
        await messageSender.stop();
        await retentionWorker?.stop();
        // Waits for the batch being printed (its run is failed and retried elsewhere if it takes too long).
        await getJobQueue({ db: connection.db, logger }).stop({
          timeoutMs: Math.max(1_000, config.server.shutdownTimeoutMs - 1_000),
        });
        await connection.close();
        await standby?.close();
      } finally {
        logger.info('stopped', { signal });
        // Log lines are written asynchronously: write out the last ones before exiting.
        logger.flush();
        process.exit(0);
      }
    });
    // Idle keep-alive connections would hold close() open until they time out.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../../ground/config/config';
import type { Logger } from '../../ground/config/logger';

/** A worker that dies within this long of its start is restarted only after a pause, not at once. */
const QUICK_DEATH_MS = 5_000;
const RESTART_PAUSE_MS = 1_000;

/**
 * The supervising process of `API_PROCESSES` > 1: it has already migrated and loaded the demo (once,
 * before any worker starts), then starts that many API processes on the same port (node:cluster hands
 * each new connection to one of them in turn), restarts one that dies, and on SIGTERM or SIGINT passes
 * the signal on and waits for each to finish its requests before exiting. It serves nothing itself.
 */
export function superviseApiProcesses({
  config,
  logger,
  onFirstListening,
}: {
  config: Config;
  logger: Logger;
  onFirstListening: () => void;
}): void {
  let stopping = false;
  let announced = false;
  const startedAt = new Map<Worker, number>();

  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
    worker.on('listening', () => {
      if (announced) return;
      announced = true;
      onFirstListening();
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) {
        logger.info('stopped', { processes: config.server.processes });
        logger.flush();
        process.exit(0);
      }
      return;
    }
    logger.error('API process died; starting another', { pid: worker.process.pid, code, signal });
    if (lived < QUICK_DEATH_MS) setTimeout(fork, RESTART_PAUSE_MS);
    else fork();
  });

  for (let i = 0; i < config.server.processes; i += 1) fork();
  logger.info('supervising API processes', { processes: config.server.processes, pid: process.pid });

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal, processes: startedAt.size });
    if (startedAt.size === 0) process.exit(0);
    for (const worker of startedAt.keys()) worker.process.kill(signal);
    // Each process exits by itself within its own shutdown timeout; this is the net under it.
    const force = setTimeout(() => {
      logger.warn('API processes did not stop in time; killing them');
      for (const worker of startedAt.keys()) worker.process.kill('SIGKILL');
      logger.flush();
      process.exit(1);
    }, config.server.shutdownTimeoutMs + 5_000);
    force.unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

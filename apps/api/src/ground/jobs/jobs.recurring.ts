import type { Database } from '../database/database';
import type { Clock } from '../shared/clock';
import { enqueueJob, type JobQueue } from './jobs.queue';

/** A started recurring job; `stop` ends its offers and waits for a run in progress. */
export type RecurringJob = { stop: () => Promise<void> };

/** What a worker that runs on a recurring job takes: where and how often it runs, and where failures go. */
export type RecurringWorkerArgs = {
  db: Database;
  queue: JobQueue;
  clock: Clock;
  intervalMs: number;
  onError: (error: unknown) => void;
};

/**
 * Runs `run` about every `intervalMs`, once across all API processes: each process offers a job of
 * `kind` every interval, the queue keeps one per interval (a throttled singleton under
 * `singletonKey`) and hands it to one process. A failing run is reported to `onError`, and the next
 * interval's job tries again.
 */
export function startRecurringJob({
  db,
  queue,
  kind,
  singletonKey,
  intervalMs,
  run,
  onError,
  firstOfferAfterMs = intervalMs,
}: {
  db: Database;
  queue: JobQueue;
  kind: string;
  singletonKey: string;
  intervalMs: number;
  run: () => Promise<unknown>;
  onError: (error: unknown) => void;
  /** When the first job is offered (default: after one interval). */
  firstOfferAfterMs?: number;
}): RecurringJob {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slotSeconds = Math.max(1, Math.round(intervalMs / 1000));
  const working = queue.work(kind, async () => {
    try {
      await run();
    } catch (error) {
      onError(error);
      throw error;
    }
  });
  const offer = async () => {
    await working;
    await enqueueJob({
      db,
      kind,
      payload: {},
      singletonKey,
      singletonSeconds: slotSeconds,
      expireInSeconds: Math.max(60, slotSeconds * 10),
    });
    queue.nudge(kind);
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      offer()
        .catch(onError)
        .finally(() => schedule(intervalMs));
    }, delayMs);
    timer.unref?.();
  };
  schedule(firstOfferAfterMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await working.catch(() => undefined);
    },
  };
}

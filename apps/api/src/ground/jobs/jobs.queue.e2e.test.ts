import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../config/logger';
import { type DatabaseConnection, openDatabase, queryRows, withTransaction } from '../database/database';
import { createJobQueue, enqueueJob, type JobQueue } from './jobs.queue';

// pg-boss on embedded PGlite, through our database layer: the same queue the API runs on PostgreSQL.

let connection: DatabaseConnection;
let queue: JobQueue;
const seen: string[] = [];
const failedOnce = new Set<string>();

beforeAll(async () => {
  connection = await openDatabase({ dataDir: 'memory://' });
  await connection.migrate();
  queue = createJobQueue({ db: connection.db, logger: createLogger({ level: 'silent' }) });
  const handler = async (job: { payload: { name: string; failFirst?: boolean } }) => {
    if (job.payload.failFirst && !failedOnce.has(job.payload.name)) {
      failedOnce.add(job.payload.name);
      throw new Error('first run fails');
    }
    seen.push(job.payload.name);
  };
  await queue.work('signals.sweep', handler);
  // The pack batches' queue retries (twice, with back-off); the sweep's does not.
  await queue.work('documents.packs', handler);
});

afterAll(async () => {
  await queue.stop();
  await connection.close();
});

async function statesOf(name: string) {
  const rows = await queryRows<{ state: string }>({
    db: connection.db,
    query: sql`SELECT state::text FROM pgboss.job WHERE data->>'name' = ${name}`,
  });
  return rows.map((row) => row.state);
}

describe('the job queue on PGlite', () => {
  it('runs a job enqueued in a transaction that commits, and never one whose transaction rolled back', async () => {
    await withTransaction({
      db: connection.db,
      work: (tx) => enqueueJob({ db: tx, kind: 'signals.sweep', payload: { name: 'committed' } }),
    });
    await expect(
      withTransaction({
        db: connection.db,
        work: async (tx) => {
          await enqueueJob({ db: tx, kind: 'signals.sweep', payload: { name: 'rolled-back' } });
          throw new Error('the business write failed');
        },
      }),
    ).rejects.toThrow('the business write failed');
    queue.nudge('signals.sweep');
    await queue.idle(['signals.sweep']);
    expect(seen).toContain('committed');
    expect(seen).not.toContain('rolled-back');
    expect(await statesOf('rolled-back')).toEqual([]);
    expect(await statesOf('committed')).toEqual(['completed']);
  });

  it('retries a job whose run failed, and completes it on the next run', async () => {
    await enqueueJob({
      db: connection.db,
      kind: 'documents.packs',
      payload: { name: 'flaky', failFirst: true },
    });
    queue.nudge('documents.packs');
    const deadline = Date.now() + 20_000;
    while (!seen.includes('flaky') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(failedOnce.has('flaky')).toBe(true);
    expect(seen.filter((name) => name === 'flaky')).toHaveLength(1);
  });

  it('accepts one job per key and time slot however many processes offer it', async () => {
    const offers = await Promise.all(
      [1, 2, 3].map(() =>
        enqueueJob({
          db: connection.db,
          kind: 'signals.sweep',
          payload: { name: 'slot' },
          singletonKey: 'slot',
          singletonSeconds: 60,
        }),
      ),
    );
    expect(offers.filter((offer) => offer.queueJobId !== null)).toHaveLength(1);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../roof/testing/test-app';
import { createLogger } from '../config/logger';
import { queryRows, withTransaction } from '../database/database';
import { createJobQueue, enqueueJob, type JobQueue } from './jobs.queue';

// pg-boss through our database layer, on PGlite (project `api`) and as the application role on
// PostgreSQL (project `api-pg`): the same queue the API runs.

let database: TestDatabase;
let connection: { db: TestDatabase['appDb'] };
let queue: JobQueue;
const seen: string[] = [];
const failedOnce = new Set<string>();

beforeAll(async () => {
  database = await createTestDatabase();
  connection = { db: database.appDb };
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
  await database.close();
});

async function statesOf(name: string) {
  const rows = await queryRows<{ state: string }>({
    db: connection.db,
    query: sql`SELECT state::text FROM pgboss.job WHERE data->>'name' = ${name}`,
  });
  return rows.map((row) => row.state);
}

describe('the job queue', () => {
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

  it("fails the job of a process that died once it expired (pg-boss's maintenance, a transaction in one text)", async () => {
    // No worker takes retention jobs in this file: the job stays as a dead process would leave it.
    const { queueJobId } = await enqueueJob({
      db: connection.db,
      kind: 'privacy.retention',
      payload: { name: 'lost' },
      expireInSeconds: 60,
    });
    expect(queueJobId).not.toBeNull();
    await queryRows({
      db: connection.db,
      query: sql`UPDATE pgboss.job SET state = 'active', started_on = now() - interval '2 minutes'
        WHERE id = ${queueJobId}`,
    });
    await queue.expireLost();
    expect(await statesOf('lost')).toEqual(['failed']);
  });
});

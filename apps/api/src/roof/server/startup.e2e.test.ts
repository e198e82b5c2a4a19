import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../ground/config/config';
import { createLogger } from '../../ground/config/logger';
import { systemClock } from '../../ground/shared/clock';
import { signalSweepsTable } from '../../tracks/signals/signals.tables';
import { createTestDatabase, type TestDatabase } from '../testing/test-app';
import { startSignalsInBackground } from './startup';

let database: TestDatabase;
const lines: string[] = [];
const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

describe('start-up', () => {
  it('leaves a never-swept database alone when the follow-up sweep is turned off', async () => {
    const config = loadConfig({ env: { SIGNAL_SWEEP_INTERVAL_SECONDS: '0' } });
    const worker = startSignalsInBackground({ config, db: database.db, clock: systemClock, logger });
    await worker.stop();
    expect(await database.db.select().from(signalSweepsTable)).toEqual([]);
  });

  it('returns at once and runs the first full sweep in the background, finished by the time it stops', async () => {
    const config = loadConfig({ env: { SIGNAL_SWEEP_INTERVAL_SECONDS: '3600' } });
    const worker = startSignalsInBackground({ config, db: database.db, clock: systemClock, logger });
    // The server calls it after listening and awaits nothing: it hands back a worker, not a promise.
    expect(worker).not.toBeInstanceOf(Promise);
    await worker.stop();
    const sweeps = await database.db.select().from(signalSweepsTable);
    expect(sweeps.map((sweep) => sweep.name)).toContain('changes');
    expect(lines.some((line) => line.includes('first signal sweep done'))).toBe(true);
  });
});

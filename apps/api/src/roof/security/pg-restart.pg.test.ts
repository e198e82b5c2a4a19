import { spawn } from 'node:child_process';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../testing/wait-until';
import { apiBuilt, freePort, killHard, type RunningApi, signInTo, startApi } from './security.process';
import { pgCtlCommand, startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

const WRITERS = 6;
let pg: ThrowawayPostgres | undefined;
let api: RunningApi | undefined;

/** `pg_ctl restart -m fast`: open connections are cut, committed work is flushed, the server comes back. */
function restartPostgres(cluster: ThrowawayPostgres): Promise<void> {
  const { command, args } = pgCtlCommand(cluster, ['-m', 'fast', 'restart']);
  // Asynchronously, so the requests of this process keep flowing while PostgreSQL is down.
  const child = spawn(command, args, { stdio: 'ignore' });
  return new Promise<void>((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pg_ctl restart exited with ${code}`)),
    );
  });
}

beforeAll(async () => {
  if (!apiBuilt) return;
  // A cluster of its own (restarting the suite's server would break the other files), durable as in production.
  pg = await startThrowawayPostgres({ settings: { fsync: 'on', synchronous_commit: 'on' } });
});

afterAll(async () => {
  if (api) await killHard(api);
  pg?.stop();
});

describe.skipIf(!apiBuilt)('PostgreSQL restart under load (needs apps/api/dist/server.js)', () => {
  it('keeps every acknowledged write, answers 503 (never 500) during the outage and recovers by itself', async () => {
    api = startApi({
      port: await freePort(),
      // As in production: the API serves as a role that owns no table (row-level security applies, so
      // every request holds a scoped connection) and migrates as the owner.
      env: { DATABASE_URL: pg!.appUrl, DATABASE_OWNER_URL: pg!.url, DATABASE_ACQUIRE_TIMEOUT_MS: '2000' },
    });
    await api.ready;
    const worker = await signInTo({ baseUrl: api.baseUrl, email: 'sociaal@ocmw-gent.demo' });

    const acknowledged: string[] = [];
    /** When each writer last had a write acknowledged. */
    const lastAcknowledged = Array<number>(WRITERS).fill(0);
    const errors: string[] = [];
    const statuses = new Map<string, number>();
    let sequence = 0;
    let slowest = 0;
    let stop = false;
    const writer = async (lane: number) => {
      while (!stop) {
        sequence += 1;
        const fileNumber = `PGR-${lane}-${sequence}`;
        let status: string;
        const began = Date.now();
        try {
          const res = await worker.call('POST', '/api/clients', {
            body: { fileNumber, firstName: 'Herstart', lastName: `Test${sequence}`, preferredLanguage: 'nl' },
            timeoutMs: 10_000,
          });
          status = String(res.status);
          await res.arrayBuffer();
          if (res.status === 201) {
            acknowledged.push(fileNumber);
            lastAcknowledged[lane] = Date.now();
          }
        } catch (error) {
          status = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
          errors.push(String((error as { cause?: unknown }).cause ?? error));
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        slowest = Math.max(slowest, Date.now() - began);
        if (status !== '201') await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, lane) => writer(lane));

    // Writes flow in every lane before the restart...
    await waitUntil({ check: () => lastAcknowledged.every((at) => at > 0), what: 'a write in every lane' });
    const beforeRestart = acknowledged.length;
    await restartPostgres(pg!);
    // ...and again in every lane once PostgreSQL is back: each writer recovered by itself. A request
    // still hanging from the outage is waited for below and counted in `slowest`.
    const restarted = Date.now();
    const report = () =>
      JSON.stringify({
        statuses: Object.fromEntries(statuses),
        slowest,
        errors,
        lanesBackSinceRestart: lastAcknowledged.map((at) => at > restarted),
      });
    await waitUntil({
      check: () => lastAcknowledged.every((at) => at > restarted),
      what: 'a write in every lane after the restart',
    }).catch((error: Error) => {
      // Say which lanes stayed down and what the API answered and logged meanwhile.
      throw new Error(`${error.message}: ${report()}\n${api!.output().slice(-3000)}`);
    });
    stop = true;
    await Promise.all(writers);

    // Successes and 503s: never a 500, a dropped connection or a request left unanswered (also one
    // caught on a scoped connection at the moment PostgreSQL goes down).
    const summary = report();
    expect(errors, `${summary}\n${api.output().slice(-2000)}`).toEqual([]);
    for (const status of statuses.keys()) expect(['201', '503']).toContain(status);
    // Reconnecting takes well under the 2-second wait for a connection (see `reconnectDelaySeconds`).
    expect(slowest, summary).toBeLessThan(5_000);
    expect(acknowledged.length).toBeGreaterThan(beforeRestart);

    // The API recovered on its own: a fresh write goes through.
    const after = await worker.call('POST', '/api/clients', {
      body: { fileNumber: 'PGR-after', firstName: 'Na', lastName: 'Herstart', preferredLanguage: 'nl' },
    });
    expect(after.status).toBe(201);

    const sql = postgres(pg!.url, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<{ file_number: string }[]>`
        SELECT file_number FROM clients WHERE file_number LIKE 'PGR-%'`;
      const stored = new Set(rows.map((row) => row.file_number));
      expect(acknowledged.filter((fileNumber) => !stored.has(fileNumber))).toEqual([]);
      expect(stored.has('PGR-after')).toBe(true);
    } finally {
      await sql.end();
    }
    console.info('PostgreSQL restart under load:', Object.fromEntries(statuses), { slowest });
  }, 60_000);
});

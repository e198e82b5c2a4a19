import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBuilt, freePort, killHard, type RunningApi, signInTo, startApi } from './security.process';

type Throwaway = { url: string; appUrl: string; dir: string; bin: string; port: number; stop: () => void };

let pg: Throwaway | undefined;
let api: RunningApi | undefined;
let worker: Awaited<ReturnType<typeof signInTo>> | undefined;

function pgCtl(cluster: Throwaway, args: string[]) {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pgCtlPath = join(cluster.bin, 'pg_ctl');
  const full = [
    '-D',
    join(cluster.dir, 'data'),
    '-l',
    join(cluster.dir, 'server.log'),
    '-w',
    '-t',
    '60',
    ...args,
  ];
  const result = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', pgCtlPath, ...full], { stdio: 'ignore' })
    : spawnSync(pgCtlPath, full, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`pg_ctl ${args.join(' ')} exited with ${result.status}`);
}

const stopPostgres = (cluster: Throwaway) => pgCtl(cluster, ['-m', 'fast', 'stop']);
const startPostgres = (cluster: Throwaway) =>
  pgCtl(cluster, [
    '-o',
    `-c listen_addresses=127.0.0.1 -c port=${cluster.port} -c unix_socket_directories=${cluster.dir} -c fsync=on`,
    'start',
  ]);

beforeAll(async () => {
  if (!apiBuilt) return;
  const script = new URL('../../../../../tooling/scripts/pg-throwaway.mjs', import.meta.url).href;
  const { startThrowawayPostgres } = (await import(script)) as {
    startThrowawayPostgres: (options: { settings: Record<string, string> }) => Promise<Throwaway>;
  };
  // A cluster of its own: stopping the suite's server would break the other files.
  pg = await startThrowawayPostgres({ settings: { fsync: 'on', synchronous_commit: 'on' } });
  api = startApi({
    port: await freePort(),
    env: { DATABASE_URL: pg.appUrl, DATABASE_OWNER_URL: pg.url, DATABASE_ACQUIRE_TIMEOUT_MS: '2000' },
  });
  await api.ready;
  worker = await signInTo({ baseUrl: api.baseUrl, email: 'sociaal@ocmw-gent.demo' });
}, 120_000);

afterAll(async () => {
  if (api) await killHard(api);
  pg?.stop();
});

const batch = (serial: string) => ({ model: 'Uitvaltest 14', serials: serial });

describe.skipIf(!apiBuilt)('The database unreachable (needs apps/api/dist/server.js)', () => {
  it('answers a write without an idempotency key at once with 503 database.unavailable and Retry-After', async () => {
    stopPostgres(pg!);
    try {
      const began = Date.now();
      const res = await worker!.call('POST', '/api/devices/batches', { body: batch('OUTAGE-PLAIN-1') });
      const body = (await res.json()) as { error: { code: string } };
      expect(res.status).toBe(503);
      expect(body.error.code).toBe('database.unavailable');
      expect(res.headers.get('retry-after')).toBe('5');
      // Not sent again: whether a write that lost its connection committed is unknown.
      expect(Date.now() - began).toBeLessThan(1_500);
    } finally {
      startPostgres(pg!);
    }
  });

  it('tries a read again for a few seconds, then answers 503 database.unavailable with Retry-After', async () => {
    stopPostgres(pg!);
    try {
      const began = Date.now();
      const res = await worker!.call('GET', '/api/devices');
      const body = (await res.json()) as { error: { code: string } };
      expect(res.status).toBe(503);
      expect(body.error.code).toBe('database.unavailable');
      expect(res.headers.get('retry-after')).toBe('5');
      expect(Date.now() - began).toBeGreaterThan(1_500);
      expect(Date.now() - began).toBeLessThan(8_000);
    } finally {
      startPostgres(pg!);
    }
  });

  it('runs a write with an idempotency key again when PostgreSQL is back within its retries, and stores it once', async () => {
    stopPostgres(pg!);
    const headers = { 'idempotency-key': 'outage-retry-0001' };
    const answer = worker!.call('POST', '/api/devices/batches', { body: batch('OUTAGE-KEYED-1'), headers });
    await new Promise((resolve) => setTimeout(resolve, 300));
    startPostgres(pg!);
    const res = await answer;
    expect(res.status, await res.clone().text()).toBe(201);

    const again = await worker!.call('POST', '/api/devices/batches', {
      body: batch('OUTAGE-KEYED-1'),
      headers,
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const sql = postgres(pg!.url, { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM devices WHERE serial = 'OUTAGE-KEYED-1'`;
      expect(row?.n).toBe(1);
    } finally {
      await sql.end();
    }
  });
});

import { spawnSync } from 'node:child_process';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { apiBuilt } from './security.process';
import { builtApiOnThrowawayPostgres, pgCtlCommand, type ThrowawayPostgres } from './throwaway-postgres';

function pgCtl(cluster: ThrowawayPostgres, args: string[]) {
  const { command, args: full } = pgCtlCommand(cluster, args);
  const result = spawnSync(command, full, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`pg_ctl ${args.join(' ')} exited with ${result.status}`);
}

const stopPostgres = (cluster: ThrowawayPostgres) => pgCtl(cluster, ['-m', 'fast', 'stop']);
const startPostgres = (cluster: ThrowawayPostgres) =>
  pgCtl(cluster, [
    '-o',
    `-c listen_addresses=127.0.0.1 -c port=${cluster.port} -c unix_socket_directories=${cluster.dir} -c fsync=on`,
    'start',
  ]);

// A cluster of its own: stopping the suite's server would break the other files.
const drill = builtApiOnThrowawayPostgres({
  settings: { fsync: 'on', synchronous_commit: 'on' },
  env: { DATABASE_ACQUIRE_TIMEOUT_MS: '2000' },
});

const batch = (serial: string) => ({ model: 'Uitvaltest 14', serials: serial });

describe.skipIf(!apiBuilt)('The database unreachable (needs apps/api/dist/server.js)', () => {
  it('answers a write without an idempotency key at once with 503 database.unavailable and Retry-After', async () => {
    stopPostgres(drill.pg!);
    try {
      const began = Date.now();
      const res = await drill.worker!.call('POST', '/api/devices/batches', { body: batch('OUTAGE-PLAIN-1') });
      const body = (await res.json()) as { error: { code: string } };
      expect(res.status).toBe(503);
      expect(body.error.code).toBe('database.unavailable');
      expect(res.headers.get('retry-after')).toBe('5');
      // Not sent again: whether a write that lost its connection committed is unknown.
      expect(Date.now() - began).toBeLessThan(1_500);
    } finally {
      startPostgres(drill.pg!);
    }
  });

  it('tries a read again for a few seconds, then answers 503 database.unavailable with Retry-After', async () => {
    stopPostgres(drill.pg!);
    try {
      const began = Date.now();
      const res = await drill.worker!.call('GET', '/api/devices');
      const body = (await res.json()) as { error: { code: string } };
      expect(res.status).toBe(503);
      expect(body.error.code).toBe('database.unavailable');
      expect(res.headers.get('retry-after')).toBe('5');
      expect(Date.now() - began).toBeGreaterThan(1_500);
      expect(Date.now() - began).toBeLessThan(8_000);
    } finally {
      startPostgres(drill.pg!);
    }
  });

  it('runs a write with an idempotency key again when PostgreSQL is back within its retries, and stores it once', async () => {
    stopPostgres(drill.pg!);
    const headers = { 'idempotency-key': 'outage-retry-0001' };
    const answer = drill.worker!.call('POST', '/api/devices/batches', {
      body: batch('OUTAGE-KEYED-1'),
      headers,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    startPostgres(drill.pg!);
    const res = await answer;
    expect(res.status, await res.clone().text()).toBe(201);

    const again = await drill.worker!.call('POST', '/api/devices/batches', {
      body: batch('OUTAGE-KEYED-1'),
      headers,
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const sql = postgres(drill.pg!.url, { max: 1, onnotice: () => {} });
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

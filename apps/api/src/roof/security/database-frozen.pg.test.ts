import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiBuilt } from './security.process';
import { builtApiOnThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

const ANSWER_TIMEOUT_SECONDS = 2;

/** The postmaster and every process it forked (backends, checkpointer, WAL writer...). */
function postgresProcesses(cluster: ThrowawayPostgres) {
  const postmaster = Number(readFileSync(join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  return [postmaster, ...children];
}

/** Stops every process of the server (SIGSTOP): its kernel still accepts and acknowledges TCP. */
function freeze(cluster: ThrowawayPostgres) {
  for (const pid of postgresProcesses(cluster)) process.kill(pid, 'SIGSTOP');
  return () => {
    for (const pid of postgresProcesses(cluster)) process.kill(pid, 'SIGCONT');
  };
}

// A cluster of its own: freezing the suite's server would stop the other files.
const drill = builtApiOnThrowawayPostgres({
  settings: {},
  env: { DATABASE_ANSWER_TIMEOUT_SECONDS: String(ANSWER_TIMEOUT_SECONDS) },
});

describe.skipIf(!apiBuilt)('PostgreSQL frozen (needs apps/api/dist/server.js)', () => {
  it('answers a request to a frozen server 503 database.unavailable with Retry-After within the deadline, and serves again once it resumes', async () => {
    expect((await drill.worker!.call('GET', '/api/devices')).status).toBe(200);
    const thaw = freeze(drill.pg!);
    try {
      const began = Date.now();
      const res = await drill.worker!.call('POST', '/api/devices/batches', {
        body: { model: 'Bevroren 1', serials: 'FROZEN-1' },
      });
      const body = (await res.json()) as { error: { code: string } };
      expect(res.status).toBe(503);
      expect(body.error.code).toBe('database.unavailable');
      expect(res.headers.get('retry-after')).toBe('5');
      expect(Date.now() - began).toBeLessThan(ANSWER_TIMEOUT_SECONDS * 1_000 + 1_500);
    } finally {
      thaw();
    }
    const after = await drill.worker!.call('POST', '/api/devices/batches', {
      body: { model: 'Bevroren 2', serials: 'FROZEN-2' },
    });
    expect(after.status, await after.clone().text()).toBe(201);
    expect((await drill.worker!.call('GET', '/api/devices')).status).toBe(200);
  }, 60_000);
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBuilt, freePort, killHard, type RunningApi, signInTo, startApi } from './security.process';

type Throwaway = { url: string; appUrl: string; dir: string; bin: string; port: number; stop: () => void };

let pg: Throwaway | undefined;
let api: RunningApi | undefined;
let worker: Awaited<ReturnType<typeof signInTo>> | undefined;

const ANSWER_TIMEOUT_SECONDS = 2;

/** The postmaster and every process it forked (backends, checkpointer, WAL writer...). */
function postgresProcesses(cluster: Throwaway) {
  const postmaster = Number(readFileSync(join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  return [postmaster, ...children];
}

/** Stops every process of the server (SIGSTOP): its kernel still accepts and acknowledges TCP. */
function freeze(cluster: Throwaway) {
  for (const pid of postgresProcesses(cluster)) process.kill(pid, 'SIGSTOP');
  return () => {
    for (const pid of postgresProcesses(cluster)) process.kill(pid, 'SIGCONT');
  };
}

beforeAll(async () => {
  if (!apiBuilt) return;
  const script = new URL('../../../../../tooling/scripts/pg-throwaway.mjs', import.meta.url).href;
  const { startThrowawayPostgres } = (await import(script)) as {
    startThrowawayPostgres: (options: { settings: Record<string, string> }) => Promise<Throwaway>;
  };
  // A cluster of its own: freezing the suite's server would stop the other files.
  pg = await startThrowawayPostgres({ settings: {} });
  api = startApi({
    port: await freePort(),
    env: {
      DATABASE_URL: pg.appUrl,
      DATABASE_OWNER_URL: pg.url,
      DATABASE_ANSWER_TIMEOUT_SECONDS: String(ANSWER_TIMEOUT_SECONDS),
    },
  });
  await api.ready;
  worker = await signInTo({ baseUrl: api.baseUrl, email: 'sociaal@ocmw-gent.demo' });
}, 120_000);

afterAll(async () => {
  if (api) await killHard(api);
  pg?.stop();
});

describe.skipIf(!apiBuilt)('PostgreSQL frozen (needs apps/api/dist/server.js)', () => {
  it('answers a request to a frozen server 503 database.unavailable with Retry-After within the deadline, and serves again once it resumes', async () => {
    expect((await worker!.call('GET', '/api/devices')).status).toBe(200);
    const thaw = freeze(pg!);
    try {
      const began = Date.now();
      const res = await worker!.call('POST', '/api/devices/batches', {
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
    const after = await worker!.call('POST', '/api/devices/batches', {
      body: { model: 'Bevroren 2', serials: 'FROZEN-2' },
    });
    expect(after.status, await after.clone().text()).toBe(201);
    expect((await worker!.call('GET', '/api/devices')).status).toBe(200);
  }, 60_000);
});

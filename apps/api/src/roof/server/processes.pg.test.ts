import { request } from 'node:http';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import {
  apiBuilt,
  createScratchDatabase,
  freePort,
  type RunningApi,
  startApi,
} from '../security/security.process';
import { useScratchApis } from '../security/security.scratch';

// The built API with several processes: one entry point with API_PROCESSES=2 (node:cluster), and two
// separate API processes on one database running their background jobs.

const suite = useScratchApis({ prefix: 'dp_processes' });
const running = suite.running;

/** A GET on a connection of its own, so node:cluster hands each to the next process. */
function getOnNewConnection({ url, cookie }: { url: string; cookie: string }) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, { agent: false, headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

type LogLine = { msg?: string; pid?: number; path?: string; status?: number };

function logLines(api: RunningApi): LogLine[] {
  return api
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

async function until(check: () => boolean, { timeoutMs = 20_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!apiBuilt)('several API processes', () => {
  it('serves one port from two processes with API_PROCESSES=2, a session made in one working in the other, and restarts one that dies', async () => {
    const api = startApi({
      port: await freePort(),
      env: { DATABASE_URL: suite.scratch.url, API_PROCESSES: '2', LOG_LEVEL: 'info' },
      readyTimeoutMs: 100_000,
    });
    running.push(api);
    await api.ready;
    // Ready is the first process listening; the second may still be starting on a loaded machine.
    const listening = () => logLines(api).filter((line) => line.msg === 'listening').length;
    await until(() => listening() === 2, { timeoutMs: 100_000 });
    const login = await fetch(`${api.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api.baseUrl },
      body: JSON.stringify({ email: 'sociaal@ocmw-gent.demo', password: 'digipakket-demo' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      statuses.push(await getOnNewConnection({ url: `${api.baseUrl}/api/auth/me`, cookie }));
    }
    const servedBy = () =>
      new Set(
        logLines(api)
          .filter((line) => line.msg === 'request' && line.path === '/api/auth/me' && line.status === 200)
          .map((line) => line.pid),
      );
    for (let i = 0; i < 40 && servedBy().size < 2; i += 1) {
      statuses.push(await getOnNewConnection({ url: `${api.baseUrl}/api/auth/me`, cookie }));
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await until(() => servedBy().size === 2);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect([...servedBy()].every((pid) => typeof pid === 'number' && pid !== api.child.pid)).toBe(true);

    // One process killed: the supervisor starts another, and the port keeps answering.
    const [victim] = [...servedBy()] as number[];
    process.kill(victim!, 'SIGKILL');
    await until(() => logLines(api).some((line) => line.msg === 'API process died; starting another'));
    await until(() => listening() === 3, { timeoutMs: 100_000 });
    expect(await getOnNewConnection({ url: `${api.baseUrl}/api/auth/me`, cookie })).toBe(200);
    expect(await getOnNewConnection({ url: `${api.baseUrl}/api/auth/me`, cookie })).toBe(200);

    // SIGTERM to the supervisor stops every process and exits cleanly.
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(logLines(api).filter((line) => line.msg === 'stopped').length).toBeGreaterThanOrEqual(3);
  }, 240_000);

  it('runs the signal sweep and the retention sweep once per interval across two API processes', async () => {
    await suite.sql`DELETE FROM pgboss.job WHERE name IN ('signals.sweep', 'privacy.retention')`;
    const env = {
      DATABASE_URL: suite.scratch.url,
      DEMO_DATA: 'never',
      LOG_LEVEL: 'info',
      SIGNAL_SWEEP_INTERVAL_SECONDS: '1',
      // Three seconds.
      RETENTION_SWEEP_INTERVAL_MINUTES: '0.05',
    };
    const first = startApi({ port: await freePort(), env, readyTimeoutMs: 100_000 });
    const second = startApi({ port: await freePort(), env, readyTimeoutMs: 100_000 });
    running.push(first, second);
    await Promise.all([first.ready, second.ready]);
    const windowMs = 20_000;
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    first.child.kill('SIGTERM');
    second.child.kill('SIGTERM');
    await Promise.all([first.exited, second.exited]);

    type Run = { msg?: string; time?: string };
    const runTimes = (msg: string) =>
      [first, second].flatMap((api) =>
        (logLines(api) as Run[]).filter((line) => line.msg === msg).map((line) => Date.parse(line.time!)),
      );
    const jobs = await suite.sql<{ name: string; state: string; slot: string }[]>`
      SELECT name, state, singleton_on::text AS slot FROM pgboss.job
      WHERE name IN ('signals.sweep', 'privacy.retention')`;
    const completed = (name: string) => jobs.filter((job) => job.name === name && job.state === 'completed');

    // Retention: every run is one job of the queue, run in one of the processes, one per three-second
    // slot; each process running its own timer would run about twice per slot.
    const retention = runTimes('retention sweep done');
    expect(retention.length).toBeGreaterThanOrEqual(2);
    expect(retention.length).toBe(completed('privacy.retention').length);
    const spanS = (Math.max(...retention) - Math.min(...retention)) / 1000;
    expect(retention.length).toBeLessThanOrEqual(Math.floor(spanS / 3) + 2);
    const retentionSlots = completed('privacy.retention').map((job) => job.slot);
    expect(new Set(retentionSlots).size).toBe(retentionSlots.length);
    // Signals: one sweep job per one-second slot, over both processes.
    const sweepSlots = completed('signals.sweep').map((job) => job.slot);
    expect(sweepSlots.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sweepSlots).size).toBe(sweepSlots.length);
    expect(jobs.filter((job) => job.state === 'failed')).toEqual([]);
  }, 240_000);

  it('migrates an empty database once when two API processes start on it at the same moment', async () => {
    const fresh = await createScratchDatabase({ prefix: 'dp_processes_fresh' });
    const check = postgres(fresh.url, { max: 2, onnotice: () => {} });
    try {
      // The migrations' journal table, locked until both processes wait for it, so they reach it together.
      await check`CREATE SCHEMA drizzle`;
      await check`CREATE TABLE drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`;
      const holder = await check.reserve();
      await holder`BEGIN`;
      await holder`LOCK TABLE drizzle.__drizzle_migrations IN ACCESS EXCLUSIVE MODE`;
      const env = { DATABASE_URL: fresh.url, DEMO_DATA: 'never' };
      const first = startApi({ port: await freePort(), env, readyTimeoutMs: 100_000 });
      const second = startApi({ port: await freePort(), env, readyTimeoutMs: 100_000 });
      running.push(first, second);
      const deadline = Date.now() + 90_000;
      for (;;) {
        const [{ waiting } = { waiting: 0 }] = await check<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        if (waiting >= 2) break;
        if (Date.now() > deadline) throw new Error('the two processes did not both reach the migrations');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await holder`COMMIT`;
      holder.release();
      await Promise.all([first.ready, second.ready]);
      first.child.kill('SIGTERM');
      second.child.kill('SIGTERM');
      expect(await Promise.all([first.exited, second.exited])).toEqual([0, 0]);
      const [{ applied, distinct } = { applied: 0, distinct: 0 }] = await check<
        { applied: number; distinct: number }[]
      >`SELECT count(*)::int AS applied, count(DISTINCT hash)::int AS distinct FROM drizzle.__drizzle_migrations`;
      expect(applied).toBeGreaterThan(30);
      expect(applied).toBe(distinct);
    } finally {
      await check.end();
      await fresh.drop();
    }
  }, 240_000);
});

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../roof/security/security.process';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../roof/security/throwaway-postgres';
import { setUpEmptyTenant } from '../../roof/testing/empty-tenant';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';
import { createLogger } from '../config/logger';
import { queryRows } from './database';
import { openStandby, type Standby } from './database.standby';

// A streaming standby of a PostgreSQL cluster of this file's own (pausing or stopping the suite's
// server would break the other files): `pg_basebackup -R`, started with `pg_ctl` on a free port. The
// API reads its dashboard, reports and exports there through DATABASE_READ_URL.

const MAX_LAG_SECONDS = 3;
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program, as the `postgres` user when this runs as root (PostgreSQL refuses root). */
function pgRun(program: string, args: string[]) {
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  execFileSync(command as string, argv as string[], { stdio: 'pipe' });
}

let primary: ThrowawayPostgres | undefined;
let standbyDir: string | undefined;
let standbyPort = 0;
let standbyUp = false;
let t: TestApp;
let cookie: string;
let superStandby: postgres.Sql;
const logLines: string[] = [];
let savedEnv: Record<string, string | undefined> = {};

function pgCtlStandby(action: 'start' | 'stop') {
  const data = join(standbyDir!, 'data');
  // A hot standby needs at least the primary's max_connections (300 on the throwaway clusters).
  const options = `-c port=${standbyPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${standbyDir} -c max_connections=300`;
  pgRun(join(primary!.bin, 'pg_ctl'), [
    '-D',
    data,
    ...(action === 'start' ? ['-o', options, '-l', join(standbyDir!, 'server.log')] : ['-m', 'fast']),
    '-w',
    '-t',
    '60',
    action,
  ]);
  standbyUp = action === 'start';
}

const standbyServer = (role: 'postgres' | 'digipakket_app') => `postgres://${role}@127.0.0.1:${standbyPort}`;

async function dashboard() {
  const res = await t.request('/api/dashboard', { cookie });
  expect(res.status).toBe(200);
  return (await res.json()).freshness as { source: string; dataAsOf: string; lagSeconds: number };
}

/** Waits until the standby has replayed everything the primary wrote so far. */
async function caughtUp() {
  const owner = postgres(primary!.url, { max: 1, onnotice: () => {} });
  try {
    const [{ lsn }] = (await owner.unsafe('SELECT pg_current_wal_lsn()::text AS lsn')) as [{ lsn: string }];
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [{ done }] = (await superStandby.unsafe('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [
        lsn,
      ])) as [{ done: boolean }];
      if (done) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the standby did not catch up');
  } finally {
    await owner.end();
  }
}

const warnings = (text: string) => logLines.filter((line) => line.includes(text)).length;

beforeAll(async () => {
  primary = await startThrowawayPostgres({ settings: { full_page_writes: 'on', max_wal_senders: '4' } });
  standbyDir = mkdtempSync(join(tmpdir(), 'digipakket-standby-'));
  if (asRoot) execFileSync('chown', ['postgres:postgres', standbyDir]);
  chmodSync(standbyDir, 0o700);
  standbyPort = await freePort();
  pgRun(join(primary.bin, 'pg_basebackup'), [
    ...['-D', join(standbyDir, 'data'), '-R', '-X', 'stream', '-c', 'fast'],
    ...['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres'],
  ]);
  pgCtlStandby('start');
  superStandby = postgres(`${standbyServer('postgres')}/postgres`, { max: 1, onnotice: () => {} });

  // This file's test database lives on its own cluster, and reports read it on the standby.
  savedEnv = {
    TEST_DATABASE_URL: process.env.TEST_DATABASE_URL,
    TEST_DATABASE_APP_URL: process.env.TEST_DATABASE_APP_URL,
    TEST_DATABASE_TEMPLATE: process.env.TEST_DATABASE_TEMPLATE,
  };
  process.env.TEST_DATABASE_URL = primary.url;
  process.env.TEST_DATABASE_APP_URL = primary.appUrl;
  delete process.env.TEST_DATABASE_TEMPLATE;
  t = await createTestApp({
    env: {
      DATABASE_URL: primary.appUrl,
      DATABASE_READ_URL: standbyServer('digipakket_app'),
      DATABASE_READ_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS),
    },
    standbyOf: standbyServer('digipakket_app'),
    logLines,
  });
  ({ cookie } = await t.login({ email: 'projectleider@ocmw-gent.demo' }));
  await caughtUp();
}, 120_000);

afterAll(async () => {
  await t?.close();
  await superStandby?.end({ timeout: 1 });
  if (standbyUp) pgCtlStandby('stop');
  if (standbyDir) rmSync(standbyDir, { recursive: true, force: true });
  primary?.stop();
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('reports read from a streaming standby (DATABASE_READ_URL)', () => {
  it('serves the dashboard from the standby, saying as of when', async () => {
    const freshness = await dashboard();
    expect(freshness.source).toBe('standby');
    expect(freshness.lagSeconds).toBeLessThanOrEqual(MAX_LAG_SECONDS);
    const asOf = Date.parse(freshness.dataAsOf);
    expect(asOf).toBeLessThanOrEqual(t.clock.now().getTime());
    expect(asOf).toBeGreaterThanOrEqual(t.clock.now().getTime() - MAX_LAG_SECONDS * 1000);
    // The standby really answered: the read pool's connection is there, as the API's role.
    const [session] = (await superStandby.unsafe(
      "SELECT usename FROM pg_stat_activity WHERE application_name = 'digipakket-api-reports'",
    )) as { usename: string }[];
    expect(session?.usename).toBe('digipakket_app');

    const report = await t.request('/api/reports/cheques?format=csv', { cookie });
    expect(report.status).toBe(200);
    expect(report.headers.get('x-data-source')).toBe('standby');
    // The export's audit row is written on the primary, not refused by the read-only standby.
    const [audited] = await queryRows<{ rows: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS rows FROM audit_log WHERE action = 'report.export'`,
    });
    expect(audited?.rows).toBe(1);
  });

  describe('its read pool, as the API role', () => {
    let standby: Standby;
    let gent: string;
    let aalst: string;
    const readClients = (tenantIds: string[]) =>
      standby.read({
        scope: { kind: 'tenants', tenantIds },
        clock: t.clock,
        work: (db) =>
          queryRows<{ tenant_id: string }>({ db, query: sql`SELECT DISTINCT tenant_id FROM clients` }),
      });

    beforeAll(async () => {
      aalst = (await setUpEmptyTenant(t)).tenant.id;
      const [row] = await queryRows<{ id: string }>({
        db: t.db,
        query: sql`SELECT id FROM tenants WHERE id <> ${aalst} LIMIT 1`,
      });
      gent = row!.id;
      await t.db.execute(
        sql`INSERT INTO clients (id, tenant_id, file_number, first_name, last_name, preferred_language)
            VALUES ('cli_aalst_standby', ${aalst}, 'AALST-1', 'Anna', 'Aalst', 'nl')`,
      );
      await caughtUp();
      const name = (
        await queryRows<{ name: string }>({ db: t.db, query: sql`SELECT current_database() AS name` })
      )[0]!.name;
      standby = openStandby({
        url: `${standbyServer('digipakket_app')}/${name}`,
        maxLagSeconds: MAX_LAG_SECONDS,
        logger: createLogger({ level: 'silent' }),
      });
    });
    afterAll(async () => {
      await standby?.close();
    });

    it('shows a tenant only its own rows, and no scope none', async () => {
      expect((await readClients([gent]))?.value).toEqual([{ tenant_id: gent }]);
      expect((await readClients([aalst]))?.value).toEqual([{ tenant_id: aalst }]);
      expect((await readClients([]))?.value).toEqual([]);
    });

    it('refuses a write, and does not send it to the primary instead', async () => {
      const write = standby.read({
        scope: { kind: 'tenants', tenantIds: [aalst] },
        clock: t.clock,
        work: (db) => db.execute(sql`DELETE FROM clients WHERE id = 'cli_aalst_standby'`),
      });
      const refused = (await write.then(
        () => null,
        (error: unknown) => error,
      )) as { code?: string; cause?: { code?: string } } | null;
      // 25006: cannot execute DELETE in a read-only transaction.
      expect(refused?.cause?.code ?? refused?.code).toBe('25006');
      const [still] = await queryRows<{ n: number }>({
        db: t.db,
        query: sql`SELECT count(*)::int AS n FROM clients WHERE id = 'cli_aalst_standby'`,
      });
      expect(still?.n).toBe(1);
    });
  });

  it('grows its staleness while replay is paused, then reads from the primary past the allowed lag', async () => {
    const write = () => t.db.execute(sql`UPDATE programmes SET name = name || ''`);
    await write();
    await caughtUp();
    await superStandby.unsafe('SELECT pg_wal_replay_pause()');
    try {
      await write();
      const first = await dashboard();
      expect(first.source).toBe('standby');
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const second = await dashboard();
      expect(second.source).toBe('standby');
      expect(second.lagSeconds).toBeGreaterThan(first.lagSeconds);
      // The figures are as of the last commit replayed: no newer than before, however long it waits.
      expect(Date.parse(second.dataAsOf)).toBeLessThanOrEqual(Date.parse(first.dataAsOf));
      await new Promise((resolve) => setTimeout(resolve, (MAX_LAG_SECONDS + 0.5) * 1000 - 1_200));
      const behind = await dashboard();
      expect(behind).toEqual({ source: 'primary', dataAsOf: t.clock.now().toISOString(), lagSeconds: 0 });
      await dashboard();
      expect(warnings(`standby more than ${MAX_LAG_SECONDS} s behind`)).toBe(1);
    } finally {
      await superStandby.unsafe('SELECT pg_wal_replay_resume()');
    }
    await caughtUp();
    expect((await dashboard()).source).toBe('standby');
    expect(warnings('standby serving reports again')).toBe(1);
  });

  it('reads from the primary while the standby is stopped, logging it once', async () => {
    await superStandby.end({ timeout: 1 });
    pgCtlStandby('stop');
    for (let request = 0; request < 3; request += 1) {
      expect((await dashboard()).source).toBe('primary');
    }
    const report = await t.request('/api/reports/cheques?format=csv', { cookie });
    expect(report.headers.get('x-data-source')).toBe('primary');
    expect(warnings('standby unreachable')).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { inject } from 'vitest';
import { getTestDatabaseAppUrl, getTestDatabaseUrl, loadConfig } from '../../ground/config/config';
import { createLogger } from '../../ground/config/logger';
import {
  type Database,
  type DatabaseConnection,
  onDatabase,
  openDatabase,
  withSystemScope,
} from '../../ground/database/database';
import { openStandby } from '../../ground/database/database.standby';
import { createManualClock } from '../../ground/shared/clock';
import { randomString } from '../../ground/shared/ids';
import { stopPackBatchRunner } from '../../read-models/documents/documents.runner';
import { loadDemoData } from '../demo/demo.seed';
import { createServer } from '../server/server';

// biome-ignore lint/suspicious/noExplicitAny: tests read answers of many shapes and pin them down with expect
type AnyJson = any;

/** A response whose JSON body tests can read without declaring its type first. */
export type TestResponse = Omit<Response, 'json'> & { json: () => Promise<AnyJson> };

/** A Wednesday morning in Brussels; tests that care about "today" use the demo data around it. */
export const TEST_NOW = new Date('2025-03-12T08:00:00.000Z');

/** A test database: `db` for the test's own setup and checks, `appDb` for the API. */
export type TestDatabase = DatabaseConnection & {
  /** On PostgreSQL, the database's name on the test server (a standby of that server has it too). */
  name?: string;
  /**
   * The API's handle: on PostgreSQL the application role, which owns no table, so row-level security
   * applies to it. `db` is the owner (a superuser on the throwaway server), which sees every row.
   */
  appDb: Database;
};

/**
 * Creates a database on the test server, as a copy of the run's migrated template when there is one.
 * Copies taken at the same moment can find the template busy for an instant: they try again.
 */
async function createDatabaseOn({
  serverUrl,
  name,
  template,
}: {
  serverUrl: string;
  name: string;
  template: string | undefined;
}) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.unsafe(
          template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`,
        );
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code === '55006';
        if (!busy || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or, when TEST_DATABASE_URL is set
 * (the `api-pg` project), a new database on that PostgreSQL server, migrated by its owner and
 * dropped again on close.
 */
export async function createTestDatabase({
  withDemo = false,
}: {
  /** PGlite only: open the run's copy with the demo tenant already loaded (see `canStartFromDemo`). */
  withDemo?: boolean;
} = {}): Promise<TestDatabase> {
  const serverUrl = getTestDatabaseUrl();
  if (!serverUrl) {
    const snapshots = inject('pgliteSnapshots');
    if (!snapshots) {
      const connection = await openDatabase({ dataDir: 'memory://' });
      await connection.migrate();
      return { ...connection, appDb: connection.db };
    }
    const file = withDemo ? snapshots.demo : snapshots.migrated;
    const connection = await openDatabase({
      dataDir: 'memory://',
      snapshot: new Blob([readFileSync(file)]),
    });
    // The copy is migrated already; running the migrator again is a no-op kept as a check.
    await connection.migrate();
    return { ...connection, appDb: connection.db };
  }
  const name = `dp_test_${randomString({ length: 12 })}`;
  await createDatabaseOn({ serverUrl, name, template: process.env.TEST_DATABASE_TEMPLATE });
  const ownerUrl = onDatabase({ serverUrl, name });
  const app = await openDatabase({
    url: onDatabase({ serverUrl: getTestDatabaseAppUrl() ?? serverUrl, name }),
    ownerUrl,
    poolSize: 20,
  });
  await app.migrate();
  const owner = await openDatabase({ url: ownerUrl, poolSize: 5 });
  return {
    ...owner,
    name,
    appDb: app.db,
    close: async () => {
      await app.close();
      await owner.close();
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/**
 * Whether the run's PGlite copy with the demo tenant is the one this app would load itself: same
 * moment, password and time zone (on PostgreSQL each file loads the demo tenant itself).
 */
function canStartFromDemo({ now, config }: { now: Date; config: ReturnType<typeof loadConfig> }) {
  if (getTestDatabaseUrl()) return false;
  const snapshots = inject('pgliteSnapshots');
  return (
    snapshots !== undefined &&
    snapshots.demoNow === now.toISOString() &&
    snapshots.demoPassword === config.demo.password &&
    snapshots.demoTimeZone === config.timeZone
  );
}

/**
 * The whole app on a fresh test database, with a clock the test can move. By default the demo tenant
 * is loaded, which gives one account per role.
 */
export async function createTestApp({
  demo = true,
  env = {},
  now = TEST_NOW,
  logLines,
  standbyOf,
}: {
  demo?: boolean;
  env?: Record<string, string>;
  now?: Date;
  /**
   * PostgreSQL only: the URL of a streaming standby of the test server, as the API's role; reports read
   * from this test's database there (`DATABASE_READ_URL`), at most `DATABASE_READ_MAX_LAG_SECONDS`
   * (from `env`) behind.
   */
  standbyOf?: string;
  /** When given, every log line (debug and up) is pushed here instead of being dropped. */
  logLines?: string[];
} = {}) {
  const clock = createManualClock({ start: now });
  const config = loadConfig({
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'never',
      PORTALS_DIR: '/nonexistent-portals',
      ...env,
    },
  });
  const fromDemo = demo && canStartFromDemo({ now, config });
  const connection = await createTestDatabase({ withDemo: fromDemo });
  if (demo && !fromDemo)
    await withSystemScope({
      work: () =>
        loadDemoData({
          db: connection.appDb,
          clock,
          password: config.demo.password,
          timeZone: config.timeZone,
        }),
    });
  const logger = logLines
    ? createLogger({ level: 'debug', write: (line) => logLines.push(line) })
    : createLogger({ level: 'silent' });
  const standby =
    standbyOf && connection.name
      ? openStandby({
          url: onDatabase({ serverUrl: standbyOf, name: connection.name }),
          maxLagSeconds: config.database.read?.maxLagSeconds ?? 60,
          answerTimeoutSeconds: config.database.answerTimeoutSeconds,
          logger,
        })
      : null;
  const { app } = createServer({
    config,
    db: connection.appDb,
    driver: connection.driver,
    standby,
    clock,
    logger,
  });

  /**
   * Sends a request; a JSON `body` is serialised with its content type unless the test sets one. A
   * state-changing request carries our own Origin, as a browser on the portal sends it, unless the
   * test sets one.
   */
  const request = (
    path: string,
    {
      method = 'GET',
      body,
      cookie,
      headers = {},
    }: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
  ) => {
    const allHeaders: Record<string, string> = { ...headers };
    if (cookie) allHeaders.cookie = cookie;
    if (
      method !== 'GET' &&
      method !== 'HEAD' &&
      !Object.keys(allHeaders).some((name) => name.toLowerCase() === 'origin')
    ) {
      allHeaders.origin = config.server.publicUrl;
    }
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      if (!Object.keys(allHeaders).some((name) => name.toLowerCase() === 'content-type')) {
        allHeaders['content-type'] = 'application/json';
      }
    }
    return app.request(path, { method, headers: allHeaders, body: payload }) as Promise<TestResponse>;
  };

  /** Logs in and returns the cookie to send with later requests. */
  const login = async ({
    email,
    password = config.demo.password,
    portal,
  }: {
    email: string;
    password?: string;
    portal?: string;
  }) => {
    const res = await request('/api/auth/login', { method: 'POST', body: { email, password, portal } });
    if (res.status !== 200)
      throw new Error(`Login of ${email} failed with ${res.status}: ${await res.text()}`);
    return { cookie: cookieFrom(res) };
  };

  return {
    app,
    db: connection.db,
    appDb: connection.appDb,
    driver: connection.driver,
    clock,
    config,
    request,
    login,
    // A batch of packs still printing would write to a closed database: its runner stops first.
    close: async () => {
      await stopPackBatchRunner({ db: connection.appDb });
      await standby?.close();
      await connection.close();
    },
  };
}

/** The `name=value` part of the session cookie a response sets. */
export function cookieFrom(res: { headers: Headers }): string {
  const header = res.headers.get('set-cookie') ?? '';
  return header.split(';')[0] ?? '';
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

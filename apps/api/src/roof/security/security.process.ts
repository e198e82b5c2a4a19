import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { getTestDatabaseAppUrl, getTestDatabaseUrl } from '../../ground/config/config';
import { randomString } from '../../ground/shared/ids';
import { collectOutput } from '../testing/child-process';

// Support for the fault suites: the built API as a child process that a test can kill, and requests to it.

export const serverJs = fileURLToPath(new URL('../../../dist/server.js', import.meta.url));

/** Whether `apps/api/dist/server.js` exists (the fault suites need `pnpm --filter @digipakket/api build`). */
export const apiBuilt = existsSync(serverJs);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The role the throwaway clusters create for the API (tooling/scripts/pg-throwaway.mjs). */
const THROWAWAY_APP_ROLE = 'digipakket_app';

/**
 * The URL of the application role on the same database as the owner's `url`: the role of
 * TEST_DATABASE_APP_URL on the suite's server (as the in-process suites use), the throwaway
 * clusters' `digipakket_app` on a cluster of a test's own.
 */
export function appRoleUrl({ url }: { url: string }): string {
  const target = new URL(url);
  const suiteUrl = getTestDatabaseUrl();
  const suiteAppUrl = getTestDatabaseAppUrl();
  const app = new URL(target);
  if (suiteUrl && suiteAppUrl && new URL(suiteUrl).host === target.host) {
    const role = new URL(suiteAppUrl);
    app.username = role.username;
    app.password = role.password;
  } else {
    app.username = THROWAWAY_APP_ROLE;
    app.password = '';
  }
  return app.toString();
}

/** The built API as a child process: its address, what it has printed so far and when it ends. */
export type ApiProcess = {
  child: ChildProcess;
  baseUrl: string;
  exited: Promise<number | null>;
  output: () => string;
};

export type RunningApi = ApiProcess & { ready: Promise<void> };

/**
 * Spawns the built API on `port` with the settings every test run uses (test mode, the demo loaded,
 * no portals, no scheduled sweeps) and `env` over them.
 */
export function spawnApi({ port, env }: { port: number; env: Record<string, string> }): ApiProcess {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serverJs], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'force',
      PORTALS_DIR: '/nonexistent-portals',
      SIGNAL_SWEEP_INTERVAL_SECONDS: '0',
      RETENTION_SWEEP_INTERVAL_MINUTES: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, baseUrl, exited, output };
}

/**
 * Asks a spawned API's health check every `pauseMs` (each request may take `requestMs`) until it
 * serves ('ready') or its process ends first ('exited'); throws when neither happens in `timeoutMs`.
 */
export async function servedOrExited({
  api,
  timeoutMs,
  requestMs,
  pauseMs,
}: {
  api: ApiProcess;
  timeoutMs: number;
  requestMs: number;
  pauseMs: number;
}): Promise<'ready' | 'exited'> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) return 'exited';
    try {
      const res = await fetch(`${api.baseUrl}/api/health`, { signal: AbortSignal.timeout(requestMs) });
      if (res.ok) return 'ready';
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  throw new Error(`The API neither served nor ended within ${timeoutMs} ms: ${api.output()}`);
}

/**
 * Starts the built API on `port` (so its public URL, and the Origin the tests send, are known up front).
 * A `DATABASE_URL` without `DATABASE_OWNER_URL` is taken as the owner's: the API then migrates as that
 * owner and serves as the application role, which owns no table, so row-level security applies as in
 * production.
 */
export function startApi({
  port,
  env,
  readyTimeoutMs = 30_000,
}: {
  port: number;
  env: Record<string, string>;
  /** How long it may take to answer its health check (migrating and loading the demo included). */
  readyTimeoutMs?: number;
}): RunningApi {
  const database: Record<string, string> =
    env.DATABASE_URL && !env.DATABASE_OWNER_URL
      ? { DATABASE_URL: appRoleUrl({ url: env.DATABASE_URL }), DATABASE_OWNER_URL: env.DATABASE_URL }
      : {};
  const api = spawnApi({ port, env: { ...env, ...database } });
  const ready = (async () => {
    const outcome = await servedOrExited({ api, timeoutMs: readyTimeoutMs, requestMs: 1_000, pauseMs: 100 });
    if (outcome === 'exited') throw new Error(`API exited with ${api.child.exitCode}: ${api.output()}`);
  })();
  return { ...api, ready };
}

/** Kills the process at once (no drain, no cleanup) and waits until it is gone. */
export async function killHard(api: RunningApi): Promise<void> {
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
  await api.exited;
}

/** A logged-in caller of a running API: JSON requests with the session cookie and a matching Origin. */
export async function signInTo({ baseUrl, email }: { baseUrl: string; email: string }) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password: 'digipakket-demo' }),
  });
  if (res.status !== 200) throw new Error(`Login of ${email} failed with ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    call: (
      method: string,
      path: string,
      {
        body,
        headers = {},
        timeoutMs = 15_000,
      }: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
    ) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          origin: baseUrl,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      }),
  };
}

/**
 * The roles the API's sessions on the database of `url` (the owner's) are logged in as, with whether
 * they could skip row-level security (superuser or BYPASSRLS) or own a table of the schema.
 */
export async function apiSessionRoles({ url }: { url: string }) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await sql<{ role: string; superuser: boolean; bypassRls: boolean; ownsTables: boolean }[]>`
      SELECT DISTINCT r.rolname AS role, r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls",
        EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = r.rolname)
          AS "ownsTables"
      FROM pg_stat_activity a JOIN pg_roles r ON r.oid = a.usesysid
      WHERE a.datname = current_database() AND a.application_name = 'digipakket-api'
      ORDER BY 1`;
  } finally {
    await sql.end();
  }
}

/** A new, empty database on the suite's PostgreSQL server, dropped by `drop`. */
export async function createScratchDatabase({ prefix }: { prefix: string }) {
  const serverUrl = getTestDatabaseUrl();
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set (run in the api-pg project)');
  const name = `${prefix}_${randomString({ length: 10 })}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    /** The owner's URL (it migrates and sees every row). */
    url: url.toString(),
    /** The application role's URL on the same database. */
    appUrl: appRoleUrl({ url: url.toString() }),
    drop: async () => {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** `rows` clients as the case system's CSV exports them, file numbers `<prefix>-00001`… */
export function clientsCsv({ prefix, from, count }: { prefix: string; from: number; count: number }): string {
  const lines = ['fileNumber,firstName,lastName,preferredLanguage'];
  for (let i = from; i < from + count; i += 1) {
    const n = String(i).padStart(5, '0');
    lines.push(`${prefix}-${n},Voornaam${n},Achternaam${n},nl`);
  }
  return `${lines.join('\n')}\n`;
}

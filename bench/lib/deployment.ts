import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startThrowawayPostgres } from '../../tooling/scripts/pg-throwaway.mjs';
import { freePort, ROOT, startProcess, waitForOk } from './processes';

export type Sql = ReturnType<typeof postgres>;
type Server = { stop: () => Promise<void> };
export type ApiProcess = ReturnType<typeof startProcess>;

/**
 * The deployment under measurement: a throwaway PostgreSQL, a documents folder, the API processes
 * started on it (one port, one at a time) and the bare Hono yardstick beside them.
 */
export type Deployment = {
  pgUrl: string;
  /** The application role's URL when the throwaway cluster has one (row-level security applies to it). */
  appUrl: string | undefined;
  baseUrl: string;
  documentsDir: string;
  /** PostgreSQL's server log, where the statements of a request are captured. */
  logFile: string;
  /** The owner's connection, for reading the data and pg_stat_statements. */
  sql: Sql;
  servers: Server[];
  /** Starts the API on the deployment's port: one process unless `processes` (API_PROCESSES) says more. */
  startApi: (options: { sweep: boolean; processes?: number }) => Promise<{ api: ApiProcess; ms: number }>;
  startBareHono: () => Promise<string>;
  stopServers: () => Promise<void>;
  close: () => Promise<void>;
};

export async function startDeployment({ apiNodeArgs }: { apiNodeArgs: string[] }): Promise<Deployment> {
  const pg = await startThrowawayPostgres({
    // Top-level statements only: what the API sends; foreign-key checks and policy functions run
    // inside them, and their time is part of the statement's own.
    settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'top' },
  });
  const appUrl = (pg as { appUrl?: string }).appUrl;
  const documentsDir = mkdtempSync(join(tmpdir(), 'digipakket-bench-documents-'));
  const servers: Server[] = [];
  const sql = postgres(pg.url, { max: 4, onnotice: () => {} });
  const apiPort = await freePort();
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const startApi = async ({ sweep, processes = 1 }: { sweep: boolean; processes?: number }) => {
    const api = startProcess({
      command: process.execPath,
      args: [...apiNodeArgs, join(ROOT, 'apps/api/dist/server.js')],
      env: {
        NODE_ENV: 'production',
        // The API connects as the application role when the throwaway cluster has one (row-level
        // security applies to it), and migrates as the owner.
        ...(appUrl ? { DATABASE_URL: appUrl, DATABASE_OWNER_URL: pg.url } : { DATABASE_URL: pg.url }),
        PORT: String(apiPort),
        PUBLIC_URL: baseUrl,
        API_PROCESSES: String(processes),
        DEMO_DATA: 'never',
        DOCUMENTS_DIR: documentsDir,
        LOG_LEVEL: 'info',
        // The background follow-up sweep is measured on its own (start-up); the request figures are
        // taken without it so they measure the requests.
        SIGNAL_SWEEP_INTERVAL_SECONDS: sweep ? '5' : '0',
      },
    });
    const ms = await waitForOk({
      url: `${baseUrl}/api/health`,
      timeoutMs: 30 * 60_000,
      child: api.child,
    }).catch((error) => {
      throw new Error(`${error instanceof Error ? error.message : error}\n${api.stderr()}`);
    });
    return { api, ms };
  };
  const startBareHono = async () => {
    const barePort = await freePort();
    const bare = startProcess({
      command: process.execPath,
      args: [join(ROOT, 'bench/bare-hono.mjs'), String(barePort)],
      env: {},
    });
    servers.push(bare);
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await waitForOk({ url: `${bareUrl}/hello`, timeoutMs: 30_000, child: bare.child });
    return bareUrl;
  };
  const stopServers = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers.length = 0;
  };
  const close = async () => {
    await stopServers();
    await sql.end({ timeout: 5 });
    pg.stop();
    rmSync(documentsDir, { recursive: true, force: true });
  };
  return {
    pgUrl: pg.url,
    appUrl,
    baseUrl,
    documentsDir,
    logFile: join(pg.dir, 'server.log'),
    sql,
    servers,
    startApi,
    startBareHono,
    stopServers,
    close,
  };
}

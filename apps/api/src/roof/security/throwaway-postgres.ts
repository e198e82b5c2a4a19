import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { apiBuilt, freePort, killHard, type RunningApi, signInTo, startApi } from './security.process';

/** A PostgreSQL cluster of a test's own, started by tooling/scripts/pg-throwaway.mjs. */
export type ThrowawayPostgres = {
  /** As the owner (a superuser). */
  url: string;
  /** As the role the API serves as, which owns no table. */
  appUrl: string;
  dir: string;
  bin: string;
  port: number;
  stop: () => void;
};

/**
 * Starts a cluster of the test's own, with `settings` on top of the script's: for a drill that stops,
 * freezes or restarts its server, which the suite's server shared by the other files cannot be.
 */
export async function startThrowawayPostgres({
  settings,
}: {
  settings: Record<string, string>;
}): Promise<ThrowawayPostgres> {
  const script = new URL('../../../../../tooling/scripts/pg-throwaway.mjs', import.meta.url).href;
  const { startThrowawayPostgres: start } = (await import(script)) as {
    startThrowawayPostgres: (options: { settings: Record<string, string> }) => Promise<ThrowawayPostgres>;
  };
  return start({ settings });
}

/**
 * The command that runs `pg_ctl` with `args` on a throwaway cluster: its data folder, its log file
 * (so a postmaster it starts holds none of the caller's pipes) and a wait of up to 60 seconds; as
 * the postgres user when the tests run as root, since PostgreSQL refuses to run as root.
 */
export function pgCtlCommand(
  cluster: Pick<ThrowawayPostgres, 'dir' | 'bin'>,
  args: string[],
): { command: string; args: string[] } {
  const pgCtl = join(cluster.bin, 'pg_ctl');
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
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return asRoot
    ? { command: 'runuser', args: ['-u', 'postgres', '--', pgCtl, ...full] }
    : { command: pgCtl, args: full };
}

/**
 * The built API on a throwaway cluster of the file's own (`settings`), serving as the application role
 * with `env` on top, and a social worker signed in to it: started before the file's tests when the API
 * is built, and stopped, API and cluster, after them. The fields are set once it has started.
 */
export function builtApiOnThrowawayPostgres({
  settings,
  env,
}: {
  settings: Record<string, string>;
  env: Record<string, string>;
}) {
  const running: {
    pg?: ThrowawayPostgres;
    api?: RunningApi;
    worker?: Awaited<ReturnType<typeof signInTo>>;
  } = {};
  beforeAll(async () => {
    if (!apiBuilt) return;
    const pg = await startThrowawayPostgres({ settings });
    running.pg = pg;
    const api = startApi({
      port: await freePort(),
      env: { DATABASE_URL: pg.appUrl, DATABASE_OWNER_URL: pg.url, ...env },
    });
    running.api = api;
    await api.ready;
    running.worker = await signInTo({ baseUrl: api.baseUrl, email: 'sociaal@ocmw-gent.demo' });
  }, 120_000);
  afterAll(async () => {
    if (running.api) await killHard(running.api);
    running.pg?.stop();
  });
  return running;
}

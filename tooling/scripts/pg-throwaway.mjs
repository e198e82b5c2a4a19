// Starts a throwaway PostgreSQL cluster for tests and benchmarks, and stops it again.
// PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Finds the directory holding initdb and pg_ctl, newest major first. */
export function findPostgresBin() {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'pg_ctl'))) return fromEnv;
  for (const major of [18, 17, 16, 15]) {
    const dir = `/usr/lib/postgresql/${major}/bin`;
    if (existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  throw new Error(
    'PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin). Install them with `apt-get install postgresql` or set PG_BIN.',
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function run(bin, args, { quiet = true } = {}) {
  const cmd = isRoot ? 'runuser' : bin;
  const argv = isRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
  const res = spawnSync(cmd, argv, { encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  if (res.status !== 0) {
    throw new Error(
      `${bin} ${args.join(' ')} failed (${res.status}):\n${res.stdout ?? ''}${res.stderr ?? ''}`,
    );
  }
  return res.stdout;
}

/** The role the API connects as: it owns no table, so row-level security applies to it. */
export const APP_ROLE = 'digipakket_app';

/**
 * Starts a fresh cluster on 127.0.0.1 and returns its superuser URL (`url`, which owns the tables and
 * migrates) and the URL of the application role `digipakket_app` (`appUrl`: LOGIN, NOSUPERUSER,
 * NOBYPASSRLS, owns nothing).
 * @param {{ port?: number, dir?: string, settings?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, appUrl: string, port: number, dir: string, bin: string, stop: () => void }>}
 */
export async function startThrowawayPostgres(options = {}) {
  const bin = findPostgresBin();
  const port = options.port ?? (await freePort());
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'digipakket-pg-'));
  if (isRoot) {
    execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const settings = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: dir,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: '300',
    shared_buffers: '256MB',
    ...options.settings,
  };
  const opts = Object.entries(settings)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    opts,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  run(join(bin, 'psql'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-d',
    'postgres',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`,
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    }
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    appUrl: `postgres://${APP_ROLE}@127.0.0.1:${port}/postgres`,
    port,
    dir,
    bin,
    stop,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pg = await startThrowawayPostgres();
  console.log(`DATABASE_OWNER_URL=${pg.url}`);
  console.log(`DATABASE_URL=${pg.appUrl}`);
  const stop = () => {
    pg.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}

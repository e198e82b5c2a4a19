import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The password every account gets from the operator; each user replaces it at first sign-in. */
export const HANDED_OVER_PASSWORD = 'overhandigd-wachtwoord-2026';

/** Each user's own password, chosen at first sign-in. */
export const OWN_PASSWORD = 'een eigen zin van mij 2026';

/** The accounts the operator makes with `pnpm cli`, as the operations guide describes. */
export const ACCOUNTS = {
  admin: { email: 'beheer@ocmw-gent.test', org: 'OCMW Gent', role: 'admin', name: 'Annelies Beheer' },
  projectLead: {
    email: 'projectleider@ocmw-gent.test',
    org: 'OCMW Gent',
    role: 'project_lead',
    name: 'Pieter Projectleider',
  },
  socialWorker: {
    email: 'sociaal@ocmw-gent.test',
    org: 'OCMW Gent',
    role: 'social_worker',
    name: 'Sofie Maatschappelijk',
  },
  beegoCoordinator: {
    email: 'coordinatie@beego-gent.test',
    org: 'Beego Gent',
    role: 'coordinator',
    name: 'Bram Coördinator',
  },
  student: { email: 'student@beego-gent.test', org: 'Beego Gent', role: 'student', name: 'Sami Student' },
  ligoCoordinator: {
    email: 'coordinatie@ligo-gent.test',
    org: 'Ligo Gent',
    role: 'coordinator',
    name: 'Lotte Coördinator',
  },
  teacher: { email: 'lesgever@ligo-gent.test', org: 'Ligo Gent', role: 'teacher', name: 'Tom Lesgever' },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export type Deployment = {
  baseURL: string;
  /** Stops the server and starts it again on the same data, its clock `clockShiftDays` days ahead. */
  restart: (options: { clockShiftDays: number }) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * A deployment with nothing in it, set up as an operator would: a data folder of its own, the tenant,
 * its partners, their partnerships and one account per role made with the command line of the built
 * API, then the server started on it without demo data. Everything else is done in the portals.
 */
export async function startEmptyDeployment({ port }: { port: number }): Promise<Deployment> {
  const folder = mkdtempSync(join(tmpdir(), 'digipakket-empty-'));
  const env = { ...process.env, NODE_ENV: 'test', DATA_DIR: join(folder, 'data'), DEMO_DATA: 'never' };
  const cli = (args: string[], input?: string) =>
    execFileSync(process.execPath, ['apps/api/dist/cli.js', ...args], {
      env,
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  cli(['tenant:create', '--name', 'OCMW Gent', '--slug', 'gent']);
  cli(['org:create', '--kind', 'home_help', '--name', 'Beego Gent']);
  cli(['org:create', '--kind', 'training', '--name', 'Ligo Gent']);
  cli(['partnership:create', '--tenant', 'gent', '--org', 'Beego Gent']);
  cli(['partnership:create', '--tenant', 'gent', '--org', 'Ligo Gent']);
  for (const account of Object.values(ACCOUNTS)) {
    cli(
      [
        'user:create',
        '--email',
        account.email,
        '--org',
        account.org,
        '--role',
        account.role,
        '--name',
        account.name,
        '--password-stdin',
      ],
      `${HANDED_OVER_PASSWORD}\n`,
    );
  }

  const baseURL = `http://127.0.0.1:${port}`;
  let server = await startJourneyServer({ env, port, baseURL, clockShiftDays: 0 });
  return {
    baseURL,
    restart: async ({ clockShiftDays }) => {
      await server.stop();
      server = await startJourneyServer({ env, port, baseURL, clockShiftDays });
    },
    stop: async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The API server on `port` with `env` (its data folder and settings); with `clockShiftDays`, its clock
 * runs that many days ahead. Resolves once it answers; `stop` ends it.
 */
export async function startJourneyServer({
  env,
  port,
  baseURL,
  clockShiftDays,
}: {
  env: NodeJS.ProcessEnv;
  port: number;
  baseURL: string;
  clockShiftDays: number;
}): Promise<{ stop: () => Promise<void> }> {
  const answering = () =>
    fetch(`${baseURL}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
  if (await answering()) throw new Error(`Port ${port} already answers: stop what runs there first.`);
  const shifted =
    clockShiftDays === 0 ? [] : ['--import', fileURLToPath(new URL('./shifted-clock.mjs', import.meta.url))];
  const server: ChildProcess = spawn(process.execPath, [...shifted, 'apps/api/dist/server.js'], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      JOURNEY_CLOCK_SHIFT_DAYS: String(clockShiftDays),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  server.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server stopped at start-up:\n${errors}`);
    if (await answering()) break;
    if (Date.now() > deadline) throw new Error(`The server did not answer within a minute:\n${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    stop: async () => {
      server.kill('SIGTERM');
      await exited;
    },
  };
}

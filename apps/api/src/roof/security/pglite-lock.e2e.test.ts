import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDatabaseUrl } from '../../ground/config/config';
import { collectOutput } from '../testing/child-process';
import { type ApiProcess, apiBuilt, freePort, servedOrExited, signInTo, spawnApi } from './security.process';

// Real processes on one embedded (PGlite) data folder: the built server and command line, as an
// operator starts them. PGlite runs here only, not again in the PostgreSQL project.

const cliJs = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));
/** PGlite opens slowly on a busy machine; a refusal comes before it opens anything. */
const START_MS = 120_000;

let folder: string;
let dataDir: string;
const processes: ChildProcess[] = [];

type Server = ApiProcess & {
  port: number;
  /** Resolves 'ready' once it serves, or 'exited' if it ended first. */
  outcome: Promise<'ready' | 'exited'>;
};

function startServer({ port }: { port: number }): Server {
  const api = spawnApi({ port, env: { DATA_DIR: dataDir } });
  processes.push(api.child);
  const outcome = servedOrExited({ api, timeoutMs: START_MS, requestMs: 2_000, pauseMs: 200 });
  return { ...api, port, outcome };
}

/** The built command line on the same folder; resolves with its exit code and what it printed. */
function runCli(args: string[]): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [cliJs, ...args], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  processes.push(child);
  const output = collectOutput(child);
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ code, output: output(), ms: Date.now() - started })),
  );
}

function lockHolder() {
  const file = `${dataDir}.lock`;
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { pid: number; port?: number })
    : undefined;
}

let serving: Server;
let clientId: string;
let refusedServerMs: number | undefined;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dp-pglite-lock-'));
  dataDir = join(folder, 'pglite');
});

afterAll(async () => {
  for (const child of processes) {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    }
  }
  rmSync(folder, { recursive: true, force: true });
  if (refusedServerMs !== undefined)
    process.stdout.write(
      `A second server on the folder was refused and had exited after ${refusedServerMs} ms.\n`,
    );
});

describe.skipIf(!apiBuilt || Boolean(getTestDatabaseUrl()))(
  'one process at a time on an embedded data folder (needs apps/api/dist)',
  () => {
    it(
      'lets one of two servers started at the same instant on one folder serve, and stops the other at once, naming it',
      async () => {
        const [first, second] = [
          startServer({ port: await freePort() }),
          startServer({ port: await freePort() }),
        ];
        const outcomes = await Promise.all([first!.outcome, second!.outcome]);
        expect(outcomes.sort()).toEqual(['exited', 'ready']);
        const winner = (await first!.outcome) === 'ready' ? first! : second!;
        const loser = winner === first ? second! : first!;
        expect(await loser.exited).toBe(1);
        expect(loser.output()).toContain(
          `The data folder ${dataDir} is in use by a Digipakket server on port ${winner.port} (pid ${winner.child.pid},`,
        );
        expect(loser.output()).toContain(
          `stop that server first (Ctrl+C in its terminal, or kill -TERM ${winner.child.pid})`,
        );
        expect(loser.output()).toContain('give it a DATA_DIR of its own');
        expect(lockHolder()).toMatchObject({ pid: winner.child.pid, port: winner.port });

        // The server that holds the folder goes on serving, writes included.
        const worker = await signInTo({ baseUrl: winner.baseUrl, email: 'sociaal@ocmw-gent.demo' });
        const res = await worker.call('POST', '/api/clients', {
          body: { fileNumber: 'LOCK-0001', firstName: 'Ada', lastName: 'Lock', preferredLanguage: 'nl' },
        });
        expect(res.status).toBe(201);
        clientId = ((await res.json()) as { client: { id: string } }).client.id;
        serving = winner;
      },
      2 * START_MS,
    );

    it(
      'stops a second server started while the first serves at once, before it opens the folder',
      async () => {
        const second = startServer({ port: await freePort() });
        const started = Date.now();
        expect(await second.outcome).toBe('exited');
        expect(await second.exited).toBe(1);
        refusedServerMs = Date.now() - started;
        expect(second.output()).toContain(
          `in use by a Digipakket server on port ${serving.port} (pid ${serving.child.pid},`,
        );
        expect(lockHolder()).toMatchObject({ pid: serving.child.pid });
        const worker = await signInTo({ baseUrl: serving.baseUrl, email: 'sociaal@ocmw-gent.demo' });
        const res = await worker.call('POST', '/api/clients', {
          body: { fileNumber: 'LOCK-0002', firstName: 'Bo', lastName: 'Lock', preferredLanguage: 'nl' },
        });
        expect(res.status).toBe(201);
      },
      START_MS,
    );

    it(
      'refuses pnpm cli and db:backup while the server runs, saying which process holds the folder and what to do',
      async () => {
        const pid = serving.child.pid;
        const figures = await runCli(['figures']);
        expect(figures.code).toBe(1);
        expect(figures.output).toContain(
          `in use by a Digipakket server on port ${serving.port} (pid ${pid},`,
        );
        expect(figures.output).toContain('"pnpm cli figures" opens the embedded database itself');
        expect(figures.output).toContain('(database.data_dir_in_use)');

        const out = join(folder, 'refused.tar.gz');
        const backup = await runCli(['db:backup', '--out', out]);
        expect(backup.code).toBe(1);
        expect(backup.output).toContain(`(pid ${pid},`);
        expect(backup.output).toContain('on PostgreSQL (DATABASE_URL) db:backup runs beside the server');
        expect(existsSync(out)).toBe(false);

        const disable = await runCli(['user:disable', '--email', 'student@beego.demo']);
        expect(disable.code).toBe(1);
        expect(disable.output).toContain('invite and disable accounts in the OCMW portal');
        expect(lockHolder()).toMatchObject({ pid });
        expect((await fetch(`${serving.baseUrl}/api/health`)).status).toBe(200);
      },
      START_MS,
    );

    it(
      'takes over the lock of a SIGKILLed server at the next start, with every acknowledged write',
      async () => {
        const killed = serving.child.pid;
        serving.child.kill('SIGKILL');
        await serving.exited;
        expect(lockHolder()).toMatchObject({ pid: killed });

        const next = startServer({ port: await freePort() });
        expect(await next.outcome).toBe('ready');
        expect(lockHolder()).toMatchObject({ pid: next.child.pid, port: next.port });
        const worker = await signInTo({ baseUrl: next.baseUrl, email: 'sociaal@ocmw-gent.demo' });
        const res = await worker.call('GET', `/api/clients/${clientId}`);
        expect(res.status).toBe(200);
        serving = next;
      },
      START_MS,
    );

    it(
      'gives the folder back on SIGTERM, so a command can then open it',
      async () => {
        serving.child.kill('SIGTERM');
        expect(await serving.exited).toBe(0);
        expect(lockHolder()).toBeUndefined();
        const figures = await runCli(['figures', '--json']);
        expect(figures.output).not.toContain('data_dir_in_use');
        expect(figures.code).toBe(0);
        expect(lockHolder()).toBeUndefined();
      },
      START_MS,
    );
  },
);

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDatabaseUrl } from '../../ground/config/config';
import { apiBuilt, appRoleUrl, createScratchDatabase, serverJs } from './security.process';

/** Starts the built server on a free port and resolves once it listens. */
function startServer({ env }: { env: Record<string, string> }) {
  const child = spawn(process.execPath, [serverJs], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      DEMO_DATA: 'never',
      PORTALS_DIR: '/nonexistent-portals',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = output.match(/"msg":"listening"[^\n]*"port":(\d+)/);
      if (match) resolve(Number(match[1]));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, port, exited, output: () => output };
}

let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dp-shutdown-'));
  if (getTestDatabaseUrl()) scratch = await createScratchDatabase({ prefix: 'dp_shutdown' });
});
afterAll(async () => {
  await scratch?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!apiBuilt)(
  'graceful shutdown (needs apps/api/dist/server.js: run `pnpm --filter @digipakket/api build`)',
  () => {
    it('finishes a request that is in flight at SIGTERM, then exits 0 within 30 seconds', async () => {
      const server = startServer({
        // On PostgreSQL as in production: serving as the application role, migrating as the owner.
        env: scratch
          ? { DATABASE_URL: appRoleUrl({ url: scratch.url }), DATABASE_OWNER_URL: scratch.url }
          : { DATA_DIR: dataDir },
      });
      let child: ChildProcess | undefined = server.child;
      try {
        const port = await server.port;
        // A login whose body arrives slowly: the request is in flight while the signal comes.
        const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: '/api/auth/login',
              headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
            },
            (res) => {
              let body = '';
              res.on('data', (chunk: Buffer) => {
                body += chunk.toString('utf8');
              });
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            },
          );
          req.on('error', reject);
          req.write('{"email":"niemand@example.org",');
          setTimeout(() => {
            server.child.kill('SIGTERM');
            setTimeout(() => req.end('"password":"not-the-password"}'), 1_000);
          }, 300);
        });
        const started = Date.now();
        const { status, body } = await answer;
        expect(status).toBe(401);
        expect(body).toContain('auth.invalid_credentials');
        const code = await server.exited;
        child = undefined;
        expect(code).toBe(0);
        expect(Date.now() - started).toBeLessThan(30_000);
        expect(server.output()).toContain('shutting down');
        // Log lines are written asynchronously: the last one, right before exit, must not be lost.
        expect(server.output()).toMatch(/"msg":"stopped","signal":"SIGTERM"/);
      } finally {
        child?.kill('SIGKILL');
      }
    }, 60_000);
  },
);

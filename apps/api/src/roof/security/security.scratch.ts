import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  apiBuilt,
  createScratchDatabase,
  freePort,
  killHard,
  type RunningApi,
  type signInTo,
  startApi,
} from './security.process';

type ScratchDatabase = Awaited<ReturnType<typeof createScratchDatabase>>;

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`The scratch ${what} is made before the suite (and only when the API is built)`);
  return value;
}

/**
 * A suite's own PostgreSQL database for the built API's processes, declared in the suite: made
 * before its tests (when the API is built), with a connection as the database's owner (`sql`) and,
 * with `documents`, a documents folder of its own. After the suite, every process in `running` is
 * killed hard, the connection closed, the database dropped and the folder removed.
 */
export function useScratchApis({
  prefix,
  env = {},
  documents = false,
}: {
  /** The database's name starts with it (`dp_kill`); the folder's with the same in dashes. */
  prefix: string;
  /** Settings every process of the suite starts with, besides the database and the folder. */
  env?: Record<string, string>;
  documents?: boolean;
}) {
  let scratch: ScratchDatabase | undefined;
  let sql: postgres.Sql | undefined;
  let documentsDir: string | undefined;
  const running: RunningApi[] = [];

  beforeAll(async () => {
    if (!apiBuilt) return;
    scratch = await createScratchDatabase({ prefix });
    if (documents) documentsDir = mkdtempSync(join(tmpdir(), `${prefix.replaceAll('_', '-')}-docs-`));
    sql = postgres(scratch.url, { max: 2, onnotice: () => {} });
  });

  afterAll(async () => {
    for (const api of running) await killHard(api);
    await sql?.end();
    await scratch?.drop();
    if (documentsDir) rmSync(documentsDir, { recursive: true, force: true });
  });

  return {
    get scratch() {
      return ready(scratch, 'database');
    },
    get sql() {
      return ready(sql, 'connection');
    },
    get documentsDir() {
      return ready(documentsDir, 'documents folder');
    },
    /** The processes killed after the suite: `start` adds its own; add those started otherwise. */
    running,
    /** Starts one more API process on the database, with the suite's settings and `extra`, and waits until it serves. */
    async start(extra: Record<string, string> = {}) {
      const api = startApi({
        port: await freePort(),
        env: {
          DATABASE_URL: ready(scratch, 'database').url,
          ...(documentsDir ? { DOCUMENTS_DIR: documentsDir } : {}),
          ...env,
          ...extra,
        },
      });
      running.push(api);
      await api.ready;
      return api;
    },
  };
}

/**
 * Asks for the welcome packs of a wave as `lead` (202) and waits, 30 s at the most, until the batch
 * has printed two of them: `progress` reads the batch's row again, `settled` waits for its end.
 */
export async function printingBatch({
  sql,
  lead,
  waveId,
}: {
  sql: postgres.Sql;
  lead: Awaited<ReturnType<typeof signInTo>>;
  waveId: string;
}) {
  const res = await lead.call('POST', '/api/documents/batches', { body: { waveId } });
  expect(res.status).toBe(202);
  const { id, total } = ((await res.json()) as { job: { id: string; total: number } }).job;
  const progress = async () => {
    const [job] = await sql<{ status: string; processed: number; result: Record<string, unknown> | null }[]>`
      SELECT status, processed, result FROM jobs WHERE id = ${id}`;
    return job!;
  };
  const deadline = Date.now() + 30_000;
  while ((await progress()).processed < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  /** Reads the batch until it has succeeded or failed, or until `graceMs` after that first wait's end. */
  const settled = async ({ graceMs }: { graceMs: number }) => {
    let job = await progress();
    while (job.status !== 'succeeded' && job.status !== 'failed' && Date.now() < deadline + graceMs) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = await progress();
    }
    return job;
  };
  return { id, total, progress, settled };
}

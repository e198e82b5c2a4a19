import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import {
  apiBuilt,
  createScratchDatabase,
  freePort,
  killHard,
  type RunningApi,
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

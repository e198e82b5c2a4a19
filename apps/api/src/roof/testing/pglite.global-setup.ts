import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../ground/config/config';
import { openDatabase, withSystemScope } from '../../ground/database/database';
import { createManualClock } from '../../ground/shared/clock';
import { loadDemoData } from '../demo/demo.seed';
import { TEST_NOW } from './test-app';

// PGlite runs initdb each time it opens an empty in-memory cluster, which costs seconds of CPU per
// test file. This setup builds the database once for the whole run, migrated and once more with the
// demo tenant, and hands the dumps to the test files, which open a copy of the one they need.
export default async function setup(project: TestProject) {
  const config = loadConfig({ env: { NODE_ENV: 'test', DEMO_DATA: 'never' } });
  const connection = await openDatabase({ dataDir: 'memory://' });
  const dir = mkdtempSync(join(tmpdir(), 'digipakket-pglite-'));
  try {
    await connection.migrate();
    const client = (connection.db as unknown as { $client: PGlite }).$client;
    const migrated = join(dir, 'migrated.tar');
    writeFileSync(migrated, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    await withSystemScope({
      work: () =>
        loadDemoData({
          db: connection.db,
          clock: createManualClock({ start: TEST_NOW }),
          password: config.demo.password,
          timeZone: config.timeZone,
        }),
    });
    const demo = join(dir, 'demo.tar');
    writeFileSync(demo, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    project.provide('pgliteSnapshots', {
      migrated,
      demo,
      demoNow: TEST_NOW.toISOString(),
      demoPassword: config.demo.password,
      demoTimeZone: config.timeZone,
    });
  } finally {
    await connection.close();
  }
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshots: {
      migrated: string;
      demo: string;
      demoNow: string;
      demoPassword: string;
      demoTimeZone: string;
    };
  }
}

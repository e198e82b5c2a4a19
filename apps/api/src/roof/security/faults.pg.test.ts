import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../ground/config/config';
import { createLogger } from '../../ground/config/logger';
import { type DatabaseConnection, openDatabase } from '../../ground/database/database';
import { createServer } from '../server/server';
import { createScratchDatabase } from './security.process';

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let connection: DatabaseConnection;
let app: ReturnType<typeof createServer>['app'];

beforeAll(async () => {
  scratch = await createScratchDatabase({ prefix: 'dp_pool' });
  // As in production: the owner migrates, the API serves as a role that row-level security applies to.
  const config = loadConfig({
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: scratch.appUrl,
      DATABASE_OWNER_URL: scratch.url,
      DATABASE_POOL_SIZE: '1',
      DATABASE_ACQUIRE_TIMEOUT_MS: '1000',
      PORTALS_DIR: '/nonexistent-portals',
    },
  });
  connection = await openDatabase({
    url: config.database.url,
    ownerUrl: config.database.ownerUrl,
    poolSize: config.database.poolSize,
    acquireTimeoutMs: config.database.acquireTimeoutMs,
  });
  await connection.migrate();
  ({ app } = createServer({
    config,
    db: connection.db,
    driver: connection.driver,
    logger: createLogger({ level: 'silent' }),
  }));
});
afterAll(async () => {
  await connection?.close();
  await scratch?.drop();
});

describe('the connection the API serves with', () => {
  it('is a role that is no superuser, cannot bypass row-level security and owns no table', async () => {
    const [role] = (await connection.db.execute(sql`
      SELECT current_user AS name, rolsuper AS superuser, rolbypassrls AS "bypassRls",
        EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS "ownsTables"
      FROM pg_roles WHERE rolname = current_user`)) as unknown as {
      name: string;
      superuser: boolean;
      bypassRls: boolean;
      ownsTables: boolean;
    }[];
    expect(role).toEqual({
      name: new URL(scratch.appUrl).username,
      superuser: false,
      bypassRls: false,
      ownsTables: false,
    });
  });
});

describe('an exhausted connection pool', () => {
  it('answers 503 database.busy with Retry-After within a couple of seconds instead of hanging, and recovers after', async () => {
    let letGo: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const holder = connection.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT 1`);
      await held;
    });
    try {
      const started = Date.now();
      const res = await app.request('/api/health');
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; requestId: string } };
      expect(body.error.code).toBe('database.busy');
      expect(body.error.requestId).toBeTruthy();
      expect(res.headers.get('retry-after')).toBe('1');
      expect(elapsed).toBeLessThan(2_500);
    } finally {
      letGo();
      await holder;
    }
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('gives the connection back after a failed query, so the pool of one keeps working', async () => {
    await expect(connection.db.execute(sql`SELECT * FROM no_such_table`)).rejects.toThrow();
    for (let i = 0; i < 3; i += 1) expect((await app.request('/api/health')).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 10 }, () => app.request('/api/health')));
    expect(answers.map((res) => res.status)).toEqual(Array(10).fill(200));
  });
});

import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDatabaseUrl, loadConfig } from '../app/config';
import { type DatabaseConnection, openDatabase } from '../app/database';
import { createLogger } from '../app/logger';
import { createServer } from '../app/server';
import { randomString } from '../shared/ids';

const name = `dp_pool_${randomString({ length: 10 })}`;
let connection: DatabaseConnection;
let app: ReturnType<typeof createServer>['app'];

beforeAll(async () => {
  const serverUrl = getTestDatabaseUrl()!;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const config = loadConfig({
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      DATABASE_POOL_SIZE: '1',
      DATABASE_ACQUIRE_TIMEOUT_MS: '1000',
      PORTALS_DIR: '/nonexistent-portals',
    },
  });
  connection = await openDatabase({
    url: config.database.url,
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
  await connection.close();
  const cleanup = postgres(getTestDatabaseUrl()!, { max: 1, onnotice: () => {} });
  await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await cleanup.end();
});

describe('an exhausted connection pool', () => {
  it('answers 503 database.busy within a couple of seconds instead of hanging, and recovers after', async () => {
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

import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDatabaseUrl } from '../config/config';
import {
  type DatabaseConnection,
  openDatabase,
  queryRows,
  reconnectDelaySeconds,
  withDatabaseScope,
} from './database';

const scope = { kind: 'tenants', tenantIds: ['ten_cut'] } as const;
let connection: DatabaseConnection;
let admin: postgres.Sql;

beforeAll(async () => {
  const url = getTestDatabaseUrl();
  if (!url) throw new Error('TEST_DATABASE_URL is not set (run in the api-pg project)');
  connection = await openDatabase({ url, poolSize: 2, acquireTimeoutMs: 2_000 });
  admin = postgres(url, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await connection.close();
  await admin.end();
});

async function backendPid() {
  const [row] = await queryRows<{ pid: number }>({
    db: connection.db,
    query: sql`SELECT pg_backend_pid() AS pid`,
  });
  return row!.pid;
}

describe('a scoped connection that PostgreSQL closes', () => {
  it('answers the next query of the scope at once with an error instead of never', async () => {
    const error = await withDatabaseScope({
      scope,
      work: async () => {
        await admin`SELECT pg_terminate_backend(${await backendPid()})`;
        // Long enough for the client to see the connection close before it sends the next query.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const started = Date.now();
        const failure = await queryRows({ db: connection.db, query: sql`SELECT 1` }).then(
          () => undefined,
          (reason: unknown) => reason,
        );
        return { failure, ms: Date.now() - started };
      },
    });
    expect(error.failure).toBeInstanceOf(Error);
    expect(error.ms).toBeLessThan(1_000);
  });

  it('is not handed out again: every connection of the pool serves the next scopes', async () => {
    await withDatabaseScope({
      scope,
      work: async () => {
        await admin`SELECT pg_terminate_backend(${await backendPid()})`;
        await new Promise((resolve) => setTimeout(resolve, 300));
        await queryRows({ db: connection.db, query: sql`SELECT 1` }).catch(() => undefined);
      },
    });
    for (let round = 0; round < 3; round += 1) {
      const tenants = await Promise.all(
        [0, 1].map(() =>
          withDatabaseScope({
            scope,
            work: () =>
              queryRows<{ tenants: string }>({
                db: connection.db,
                query: sql`SELECT current_setting('digipakket.tenant_ids', true) AS tenants`,
              }),
          }),
        ),
      );
      expect(tenants.map(([row]) => row?.tenants)).toEqual(['ten_cut', 'ten_cut']);
    }
  });
});

describe('reconnectDelaySeconds', () => {
  it('starts near 50 ms and never waits a second or more, however many attempts failed', () => {
    expect(reconnectDelaySeconds(0)).toBeLessThanOrEqual(0.05);
    for (const failures of [1, 5, 10, 50]) expect(reconnectDelaySeconds(failures)).toBeLessThanOrEqual(1);
  });
});

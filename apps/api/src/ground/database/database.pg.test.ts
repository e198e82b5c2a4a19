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
  withTransaction,
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

async function backendPid({ db = connection.db }: { db?: DatabaseConnection['db'] } = {}) {
  const [row] = await queryRows<{ pid: number }>({
    db,
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

describe('a statement in a transaction that misses the answer deadline', () => {
  const ANSWER_TIMEOUT_SECONDS = 1;
  /** How long the row stays locked: far past the deadline, as a frozen server or a stuck commit would. */
  const LOCKED_MS = 8_000;
  let deadlined: DatabaseConnection;
  let locker: postgres.Sql;

  beforeAll(async () => {
    const url = getTestDatabaseUrl()!;
    await admin`CREATE TABLE deadline_probe (id integer PRIMARY KEY, n integer NOT NULL)`;
    await admin`INSERT INTO deadline_probe VALUES (1, 0)`;
    locker = postgres(url, { max: 1, onnotice: () => {} });
    deadlined = await openDatabase({
      url,
      poolSize: 2,
      acquireTimeoutMs: 2_000,
      answerTimeoutSeconds: ANSWER_TIMEOUT_SECONDS,
    });
  });

  afterAll(async () => {
    await deadlined.close();
    await locker.end();
  });

  /** Holds the probe row's lock from another connection for `ms`; `released` ends when it lets go. */
  async function lockProbeRow(ms: number) {
    let taken!: () => void;
    const locked = new Promise<void>((resolve) => {
      taken = resolve;
    });
    const released = locker.begin(async (tx) => {
      await tx`SELECT n FROM deadline_probe WHERE id = 1 FOR UPDATE`;
      taken();
      await new Promise((resolve) => setTimeout(resolve, ms));
    });
    await locked;
    return { released };
  }

  /** The codes of an error and of its causes (drizzle wraps the driver's and the deadline's errors). */
  function codesOf(error: unknown): string[] {
    const codes: string[] = [];
    for (let current = error; current && typeof current === 'object'; ) {
      const { code, cause } = current as { code?: unknown; cause?: unknown };
      if (typeof code === 'string') codes.push(code);
      current = cause;
    }
    return codes;
  }

  it('answers 503 database.unavailable at the deadline, without waiting for its ROLLBACK, and keeps no connection slot', async () => {
    const { released } = await lockProbeRow(LOCKED_MS);
    try {
      const started = Date.now();
      // Its first run on this connection: postgres.js describes it first, and queues the statements
      // that follow on the connection (the ROLLBACK) until its answer, which the lock holds back.
      const failure = await withDatabaseScope({
        scope,
        work: () =>
          withTransaction({
            db: deadlined.db,
            work: (tx) => tx.execute(sql`UPDATE deadline_probe SET n = n + ${1} WHERE id = ${1}`),
          }),
      }).then(() => undefined, codesOf);
      expect(failure).toContain('database.unavailable');
      expect(Date.now() - started).toBeLessThan(ANSWER_TIMEOUT_SECONDS * 1_000 + 3_000);

      // Both connection slots serve at once while the row is still locked: the scope's connection
      // was handed back without waiting to clear its settings on the ended pool.
      // Each holds its connection until both have one (or 2 s passed): with a slot still held by the
      // dead connection, the second would get the first's connection only after it let go.
      let bothHaveOne: () => void = () => {};
      const together = new Promise<void>((resolve) => {
        bothHaveOne = resolve;
      });
      const seen: number[] = [];
      const pids = await Promise.all(
        [0, 1].map(() =>
          withDatabaseScope({
            scope,
            work: async () => {
              const pid = await backendPid({ db: deadlined.db });
              seen.push(pid);
              if (seen.length === 2) bothHaveOne();
              await Promise.race([together, new Promise((resolve) => setTimeout(resolve, 2_000))]);
              return pid;
            },
          }),
        ),
      );
      expect(new Set(pids).size).toBe(2);
      expect(Date.now() - started).toBeLessThan(LOCKED_MS - 2_000);
    } finally {
      await released;
    }
    const [row] = await admin<{ n: number }[]>`SELECT n FROM deadline_probe WHERE id = 1`;
    expect(row?.n).toBe(0);
  }, 30_000);
});

describe('reconnectDelaySeconds', () => {
  it('starts near 50 ms and never waits a second or more, however many attempts failed', () => {
    expect(reconnectDelaySeconds(0)).toBeLessThanOrEqual(0.05);
    for (const failures of [1, 5, 10, 50]) expect(reconnectDelaySeconds(failures)).toBeLessThanOrEqual(1);
  });
});

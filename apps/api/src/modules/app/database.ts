import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { createErrorFactory, isRetryableTransactionError } from '../shared/errors';

export const createDatabaseBusyError = createErrorFactory({
  code: 'database.busy',
  status: 503,
  message: 'The service is busy; try again in a moment.',
});

type Slots = { acquire: () => Promise<() => void> };

/**
 * A counter of the pool's connections with a waiting line that gives up after `timeoutMs`, so an
 * exhausted pool answers 503 at once instead of letting requests hang until the client gives up.
 */
function createSlots({ size, timeoutMs }: { size: number; timeoutMs: number }): Slots {
  let inUse = 0;
  const waiting: { grant: () => void }[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next.grant();
    else inUse -= 1;
  };
  return {
    acquire: () => {
      if (inUse < size) {
        inUse += 1;
        return Promise.resolve(release);
      }
      return new Promise((resolve, reject) => {
        const entry = {
          grant: () => {
            clearTimeout(timer);
            resolve(release);
          },
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(createDatabaseBusyError());
        }, timeoutMs);
        waiting.push(entry);
      });
    },
  };
}

async function withSlot<T>(slots: Slots, run: () => PromiseLike<T>): Promise<T> {
  const release = await slots.acquire();
  try {
    return await run();
  } finally {
    release();
  }
}

/**
 * The postgres.js client with every pooled query and every transaction passing through `slots`
 * first. Queries inside a transaction use its reserved connection and are not counted again.
 */
function gateClient(client: postgres.Sql, slots: Slots): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (...args: Parameters<postgres.Sql['unsafe']>) => {
          const pending = () => target.unsafe(...args);
          return {
            // biome-ignore lint/suspicious/noThenProperty: drizzle awaits the query object
            then: (onResolved: (value: unknown) => unknown, onRejected: (error: unknown) => unknown) =>
              withSlot(slots, pending).then(onResolved, onRejected),
            values: () => withSlot(slots, () => pending().values()),
          };
        };
      }
      if (property === 'begin') {
        return (...args: unknown[]) =>
          withSlot(slots, () => (target.begin as (...a: unknown[]) => PromiseLike<unknown>)(...args));
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** The database handle every repository takes; a transaction is one too, so repositories work in both. */
export type Database = PgDatabase<PgQueryResultHKT>;

export type DatabaseDriver = 'pglite' | 'postgres';

export type DatabaseConnection = {
  db: Database;
  driver: DatabaseDriver;
  /** Applies the committed migrations that are not applied yet. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

/** The folder of committed SQL migrations, found upwards from this file (works from src and from dist). */
export function findMigrationsFolder({
  from = dirname(fileURLToPath(import.meta.url)),
}: {
  from?: string;
} = {}) {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'drizzle');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The drizzle migrations folder was not found next to the API.');
    dir = parent;
  }
}

type Journal = { entries: { idx: number; when: number; tag: string }[] };

function readJournal({ migrationsFolder }: { migrationsFolder: string }): Journal {
  return JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/**
 * Opens the database: PostgreSQL through postgres.js when a URL is given, else embedded PGlite in
 * `dataDir` (`memory://` for a throwaway one). PGlite is one connection in this process and does not
 * lock its folder, so the folder must never be opened by two processes at once.
 */
export async function openDatabase({
  url,
  dataDir,
  poolSize = 10,
  acquireTimeoutMs = 3_000,
}: {
  url?: string | undefined;
  dataDir?: string;
  poolSize?: number;
  /** PostgreSQL only: how long a query waits for a free connection before answering 503 `database.busy`. */
  acquireTimeoutMs?: number;
}): Promise<DatabaseConnection> {
  const migrationsFolder = findMigrationsFolder();

  if (url) {
    const client = postgres(url, {
      max: poolSize,
      onnotice: () => {},
      connection: { application_name: 'digipakket-api' },
    });
    const db = drizzlePostgres({
      client: gateClient(client, createSlots({ size: poolSize, timeoutMs: acquireTimeoutMs })),
    });
    return {
      db: db as unknown as Database,
      driver: 'postgres',
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }

  const inMemory = !dataDir || dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client });
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

/** Rows of a raw query, whichever driver ran it (PGlite answers `{ rows }`, postgres.js an array). */
export async function queryRows<T extends Record<string, unknown>>({
  db,
  query,
}: {
  db: Database;
  query: SQL;
}) {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** How many migrations are applied, and the name of the newest one. */
export async function getMigrationStatus({ db }: { db: Database }) {
  const journal = readJournal({ migrationsFolder: findMigrationsFolder() });
  const rows = await queryRows<{ created_at: string | number }>({
    db,
    query: sql`SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at`,
  });
  const last = rows.at(-1);
  const latest = last
    ? journal.entries.find((entry) => entry.when === Number(last.created_at))?.tag
    : undefined;
  return { applied: rows.length, latest: latest ?? null, known: journal.entries.length };
}

/**
 * Runs `work` in one transaction, retrying a few times on serialization failures and deadlocks, so
 * callers see either the whole write or a clean error, never half of it.
 */
export async function withTransaction<T>({
  db,
  work,
  retries = 3,
}: {
  db: Database;
  work: (tx: Database) => Promise<T>;
  retries?: number;
}): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.transaction((tx) => work(tx as unknown as Database));
    } catch (error) {
      if (attempt >= retries || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 10));
    }
  }
}

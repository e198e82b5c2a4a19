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
import { isRetryableTransactionError } from '../shared/errors';

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
}: {
  url?: string | undefined;
  dataDir?: string;
  poolSize?: number;
}): Promise<DatabaseConnection> {
  const migrationsFolder = findMigrationsFolder();

  if (url) {
    const client = postgres(url, {
      max: poolSize,
      onnotice: () => {},
      connection: { application_name: 'digipakket-api' },
    });
    const db = drizzlePostgres({ client });
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

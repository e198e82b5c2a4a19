import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from './database';

/**
 * A query built once per database handle (values go in as `sql.placeholder`s) and run as a named
 * prepared statement. Built per call, drizzle spends more time assembling the SQL than PostgreSQL
 * spends running it; unnamed, PostgreSQL parses and plans the statement on every call, and postgres.js
 * waits one extra round trip to learn the parameter types before sending it, which also stops the
 * queries behind it on the connection from being pipelined. Named, each connection parses it once.
 *
 * A transaction is a handle of its own, so a query run through one stays inside that transaction.
 */
export function preparedPerDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const byDatabase = new WeakMap<Database, T>();
  return (db) => {
    let prepared = byDatabase.get(db);
    if (prepared === undefined) {
      prepared = build(db);
      byDatabase.set(db, prepared);
    }
    return prepared;
  };
}

const dialect = new PgDialect();

/**
 * A raw statement (values as `sql.placeholder`s) built once and run as a named prepared statement,
 * like `preparedPerDatabase` does for the query builder.
 */
export function preparedRawPerDatabase({ name, query }: { name: string; query: SQL }) {
  const built = dialect.sqlToQuery(query);
  return preparedPerDatabase((db) => {
    const prepared = db._.session.prepareQuery(built, undefined, name, false);
    return {
      async execute<T extends Record<string, unknown>>(values: Record<string, unknown>): Promise<T[]> {
        const result = (await prepared.execute(values)) as unknown as T[] | { rows: T[] };
        // PGlite answers `{ rows }`, postgres.js an array.
        return Array.isArray(result) ? result : result.rows;
      },
    };
  });
}

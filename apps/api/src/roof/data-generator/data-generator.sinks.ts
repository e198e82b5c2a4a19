import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Database } from '../../ground/database/database';
import type { CellValue } from './data-generator.tables';

/** Where generated rows go: one call per table and batch. */
export type RowSink = {
  write: (args: { table: string; columns: readonly string[]; rows: CellValue[][] }) => Promise<void>;
};

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(',')}}`;
}

/** A cell as PostgreSQL's text form, or null for SQL NULL. */
export function cellText(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return arrayLiteral(value as readonly string[]);
  return JSON.stringify(value);
}

/** One row in COPY's text format: tab separated, `\N` for NULL, backslash escapes. */
export function copyLine(row: readonly CellValue[]): string {
  let line = '';
  for (let index = 0; index < row.length; index += 1) {
    if (index > 0) line += '\t';
    const text = cellText(row[index]!);
    line +=
      text === null
        ? '\\N'
        : text.replace(/[\\\t\n\r]/g, (char) =>
            char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
          );
  }
  return `${line}\n`;
}

function* copyChunks({ rows }: { rows: CellValue[][] }) {
  let chunk = '';
  for (const row of rows) {
    chunk += copyLine(row);
    if (chunk.length >= 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function sqlLiteral(value: CellValue): string {
  const text = cellText(value);
  if (text === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return text;
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Streams rows with `COPY … FROM STDIN` over one postgres.js connection (or transaction), in chunks
 * that respect the socket's back-pressure so memory stays flat.
 */
export function createCopySink({
  sql: client,
  probeAfterMs = 10_000,
}: {
  sql: postgres.Sql | postgres.TransactionSql;
  /**
   * How long after the last chunk a COPY may take to complete before the connection is probed. A
   * probe during a COPY that is still running fails with COPY_IN_PROGRESS, and postgres.js then fails
   * the whole transaction at its end, so a healthy COPY must be left that time.
   */
  probeAfterMs?: number;
}): RowSink {
  return {
    async write({ table, columns, rows }) {
      if (rows.length === 0) return;
      const copy = `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`;
      const query = client.unsafe(copy);
      const stream = await query.writable();
      let sent = false;
      const source = Readable.from(
        (function* () {
          yield* copyChunks({ rows });
          sent = true;
        })(),
      );
      let settled = false;
      // A refused row fails the query, not the stream: wait for both so the error comes out.
      const copied = Promise.all([pipeline(source, stream), query]).finally(() => {
        settled = true;
      });
      await Promise.race([
        copied,
        watchForLostCopyError({ client, table, probeAfterMs, sent: () => sent, settled: () => settled }),
      ]);
    },
  };
}

const COPY_PROBE_MS = 200;

/**
 * postgres.js loses an error PostgreSQL sends after the last chunk of a COPY: the stream then waits
 * for a completion that never comes, and the load would hang. Once everything is sent, a probe on the
 * same connection (the load runs each batch in a transaction) tells: it fails when the COPY aborted
 * the transaction, and it passes only after the COPY completed.
 */
async function watchForLostCopyError({
  client,
  table,
  probeAfterMs,
  sent,
  settled,
}: {
  client: postgres.Sql | postgres.TransactionSql;
  table: string;
  probeAfterMs: number;
  sent: () => boolean;
  settled: () => boolean;
}): Promise<never> {
  let probedOk = 0;
  let sentAt: number | undefined;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, COPY_PROBE_MS));
    if (settled()) return new Promise<never>(() => {});
    if (!sent()) continue;
    sentAt ??= performance.now();
    if (performance.now() - sentAt < probeAfterMs) continue;
    try {
      await client`SELECT 1`;
      probedOk += 1;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'COPY_IN_PROGRESS') continue;
      throw new Error(
        `COPY into ${table} was refused by PostgreSQL and the batch was rolled back (${error instanceof Error ? error.message : String(error)}); the exact row is in the PostgreSQL log.`,
        { cause: error },
      );
    }
    // Outside a transaction the probe cannot see the failure; a completed COPY settles at once.
    if (probedOk >= 5 && !settled())
      throw new Error(`COPY into ${table} did not complete: PostgreSQL refused a row (see its log).`);
  }
}

/**
 * Multi-row INSERTs with literal values, for PGlite (one connection, no COPY from a stream) or any
 * driver; a few thousand rows per statement.
 */
export function createInsertSink({
  db,
  rowsPerStatement = 2000,
}: {
  db: Database;
  rowsPerStatement?: number;
}): RowSink {
  return {
    async write({ table, columns, rows }) {
      const head = `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES `;
      for (let start = 0; start < rows.length; start += rowsPerStatement) {
        const values = rows
          .slice(start, start + rowsPerStatement)
          .map((row) => `(${row.map(sqlLiteral).join(', ')})`)
          .join(',\n');
        await db.execute(sql.raw(head + values));
      }
    },
  };
}

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Database } from '../app/database';
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
export function createCopySink({ sql: client }: { sql: postgres.Sql | postgres.TransactionSql }): RowSink {
  return {
    async write({ table, columns, rows }) {
      if (rows.length === 0) return;
      const copy = `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`;
      const query = client.unsafe(copy);
      const stream = await query.writable();
      // A refused row fails the query, not the stream: wait for both so the error comes out.
      await Promise.all([pipeline(Readable.from(copyChunks({ rows })), stream), query]);
    },
  };
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

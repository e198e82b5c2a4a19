import { type SQL, sql } from 'drizzle-orm';

/** `column IN ('a', 'b')` as text; the values are our own constants, never user input. */
export function inListText(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`;
}

/** `column IN ('a', 'b')` for a CHECK constraint. */
export function sqlIn(column: string, values: readonly string[]): SQL {
  return sql.raw(inListText(column, values));
}

import { and, eq, getTableColumns, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AnyPgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database';

/** A value, or a placeholder (`sql.placeholder`) of a prepared query. */
type Param = string | Placeholder;

type Condition = SQLWrapper | undefined;

/**
 * The rows of the table that belong to the tenant and meet every other condition (an `undefined`
 * condition is left out, as `and` does): the filter every query of a tenant's data starts from.
 */
export function inTenant(table: { tenantId: AnyPgColumn }, tenantId: Param, ...conditions: Condition[]): SQL {
  return and(eq(table.tenantId, tenantId), ...conditions)!;
}

/** The rows of one client of the tenant that meet every other condition. */
export function ofClient(
  table: { tenantId: AnyPgColumn; clientId: AnyPgColumn },
  { tenantId, clientId }: { tenantId: Param; clientId: Param },
  ...conditions: Condition[]
): SQL {
  return inTenant(table, tenantId, eq(table.clientId, clientId), ...conditions);
}

/** A value for some of the table's columns (or a placeholder of a prepared query). */
type ColumnValues<T extends PgTable> = {
  [K in keyof T['_']['columns']]?: T['_']['columns'][K]['_']['data'] | Placeholder;
};

/**
 * The rows whose columns hold these values, compared in the order given, and that meet every other
 * condition: `columnsEqual(usersTable, { id, role: 'teacher' })` is
 * `and(eq(usersTable.id, id), eq(usersTable.role, 'teacher'))`.
 */
export function columnsEqual<T extends PgTable>(
  table: T,
  values: ColumnValues<T>,
  ...conditions: Condition[]
): SQL {
  const columns = getTableColumns(table) as Record<string, AnyPgColumn>;
  const equalities = Object.entries(values).map(([name, value]) => eq(columns[name]!, value));
  return and(...equalities, ...conditions)!;
}

/**
 * The row of the tenant with this id, all its columns; another tenant's row is not found. With
 * `forUpdate` the row stays locked until the transaction ends.
 */
export async function findInTenant<T extends PgTable & { tenantId: AnyPgColumn; id: AnyPgColumn }>(
  db: Database,
  table: T,
  { tenantId, id, forUpdate = false }: { tenantId: string; id: string; forUpdate?: boolean },
): Promise<T['$inferSelect'] | undefined> {
  const query = db
    .select()
    .from(table as PgTable)
    .where(inTenant(table, tenantId, eq(table.id, id)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row as T['$inferSelect'] | undefined;
}

/** Inserts one row and answers it as stored, with its defaults filled in. */
export async function insertOne<T extends PgTable>(
  db: Database,
  table: T,
  values: PgInsertValue<T>,
): Promise<T['$inferSelect']> {
  const [row] = await db.insert(table).values(values).returning();
  return row as T['$inferSelect'];
}

import { and, desc, eq, getTableColumns, is, type Placeholder, SQL, type SQLWrapper } from 'drizzle-orm';
import type {
  AnyPgColumn,
  IndexColumn,
  PgInsertValue,
  PgTable,
  PgUpdateSetSource,
} from 'drizzle-orm/pg-core';
import { getUniqueViolationConstraint } from '../shared/errors';
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
 * The named columns of a table, under their own names, for a `select`: `columnsOf(usersTable,
 * ['id', 'email'])` is `{ id: usersTable.id, email: usersTable.email }`.
 */
export function columnsOf<T extends PgTable, K extends keyof T['_']['columns'] & string>(
  table: T,
  names: readonly K[],
): Pick<T['_']['columns'], NoInfer<K>> {
  const columns = getTableColumns(table) as T['_']['columns'];
  return Object.fromEntries(names.map((name) => [name, columns[name]])) as Pick<T['_']['columns'], K>;
}

/**
 * The values under their columns' names in the database, `{ file_number: … }` for `{ fileNumber: … }`:
 * a row as a statement reading rows from JSON (`jsonb_to_recordset`) takes it.
 */
export function byColumnName<T extends PgTable>(table: T, values: PgInsertValue<T>): Record<string, unknown> {
  const columns = getTableColumns(table) as Record<string, AnyPgColumn>;
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [columns[key]!.name, value]));
}

/**
 * The first row that meets `where` (a condition, or values its columns hold as for `columnsEqual`) in
 * the order given, all its columns; undefined when none does.
 */
export async function findOne<T extends PgTable>(
  db: Database,
  table: T,
  where: SQL | ColumnValues<T>,
  { forUpdate = false, orderBy = [] }: { forUpdate?: boolean; orderBy?: SQL[] } = {},
): Promise<T['$inferSelect'] | undefined> {
  const query = db
    .select()
    .from(table as PgTable)
    .where(is(where, SQL) ? where : columnsEqual(table, where))
    .orderBy(...orderBy)
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row as T['$inferSelect'] | undefined;
}

/**
 * The row of the tenant with this id; another tenant's row is not found. With `forUpdate` the row
 * stays locked until the transaction ends.
 */
export function findInTenant<T extends PgTable & { tenantId: AnyPgColumn; id: AnyPgColumn }>(
  db: Database,
  table: T,
  { tenantId, id, forUpdate = false }: { tenantId: string; id: string; forUpdate?: boolean },
): Promise<T['$inferSelect'] | undefined> {
  return findOne(db, table, inTenant(table, tenantId, eq(table.id, id)), { forUpdate });
}

/**
 * The newest row (by `createdAt`) of one client of the tenant, all its columns; undefined when the
 * client has none. With `forUpdate` the row stays locked until the transaction ends.
 */
export function findLatestOfClient<
  T extends PgTable & { tenantId: AnyPgColumn; clientId: AnyPgColumn; createdAt: AnyPgColumn },
>(
  db: Database,
  table: T,
  client: { tenantId: string; clientId: string },
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<T['$inferSelect'] | undefined> {
  return findOne(db, table, ofClient(table, client), { forUpdate, orderBy: [desc(table.createdAt)] });
}

/** Every row of one client of the tenant, all its columns, in the order given. */
export async function listOfClient<T extends PgTable & { tenantId: AnyPgColumn; clientId: AnyPgColumn }>(
  db: Database,
  table: T,
  client: { tenantId: string; clientId: string },
  ...orderBy: SQL[]
): Promise<T['$inferSelect'][]> {
  return (await db
    .select()
    .from(table as PgTable)
    .where(ofClient(table, client))
    .orderBy(...orderBy)) as T['$inferSelect'][];
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

/**
 * Inserts one row or, where a row with the same `target` (a unique key) is there already, updates that
 * row with `set`; answers the row as stored.
 */
export async function upsertOne<T extends PgTable>(
  db: Database,
  table: T,
  values: PgInsertValue<T>,
  onConflict: { target: IndexColumn | IndexColumn[]; set: PgUpdateSetSource<T> },
): Promise<T['$inferSelect']> {
  const [row] = await db.insert(table).values(values).onConflictDoUpdate(onConflict).returning();
  return row as T['$inferSelect'];
}

/**
 * A `.catch` handler for a write that a unique constraint may refuse: breaking `constraint` becomes
 * the typed refusal (caused by the database's error); any other error is thrown as it was.
 *
 * @example
 * await insertOne(db, enrolmentsTable, values).catch(
 *   refuseDuplicate('enrolments_one_active_per_client_group', createAlreadyOnRosterError),
 * );
 */
export function refuseDuplicate(
  constraint: string,
  refusal: (options: { cause: unknown }) => Error,
): (error: unknown) => never {
  return (error) => {
    if (getUniqueViolationConstraint(error) === constraint) throw refusal({ cause: error });
    throw error;
  };
}

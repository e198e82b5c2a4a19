import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgSelect } from 'drizzle-orm/pg-core';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { usersTable } from './users.tables';

/** Who did it: the user's name and their organisation's, for a select that `joinActor` completes. */
export const actorNames = { actorName: usersTable.displayName, organisationName: organisationsTable.name };

/**
 * Joins the user and the organisation a row names to a select in dynamic mode (`.$dynamic()`); either
 * may be missing, so their names may be null.
 */
export function joinActor<T extends PgSelect>(
  query: T,
  { user, organisation }: { user: AnyPgColumn; organisation: AnyPgColumn },
) {
  return query
    .leftJoin(usersTable, eq(usersTable.id, user))
    .leftJoin(organisationsTable, eq(organisationsTable.id, organisation));
}

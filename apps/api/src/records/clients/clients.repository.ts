import { normaliseNameForSearch } from '@digipakket/domain';
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { preparedPerDatabase } from '../../ground/database/prepared';
import { columnsOf, insertOne, inTenant } from '../../ground/database/query-helpers';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { usersTable } from '../users/users.tables';
import { createDuplicateFileNumberError, createDuplicateNationalNumberError } from './clients.errors';
import type { DuplicateMatch } from './clients.schemas';
import { clientsTable } from './clients.tables';

export type ClientRow = typeof clientsTable.$inferSelect;
export type NewClient = typeof clientsTable.$inferInsert;

/** `%`, `_` and `\` match literally in a LIKE pattern. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

const nameExpression = clientsTable.searchName;

/**
 * Name (typo tolerant through pg_trgm's word similarity, plus substring, both without accents on the
 * trigram-indexed `search_name`), file number prefix, or the digits of a phone number.
 * File numbers and phone numbers are only searched when the query holds a digit: every branch of the
 * OR must be served by the trigram index for the planner to use it, and a query of letters alone
 * names a person (with the file-number branch the plan read every client of the tenant).
 */
export function searchCondition({ q }: { q: string }): SQL {
  const lowered = q.toLowerCase();
  const name = normaliseNameForSearch(q);
  const digits = q.replace(/[^0-9]/g, '');
  const conditions: SQL[] = [
    sql`${name} <% ${nameExpression}`,
    sql`${nameExpression} LIKE ${`%${escapeLike(name)}%`}`,
  ];
  if (digits.length > 0) {
    conditions.push(sql`lower(${clientsTable.fileNumber}) LIKE ${`${escapeLike(lowered)}%`}`);
  }
  if (digits.length >= 4) conditions.push(sql`${clientsTable.phoneDigits} LIKE ${`%${digits}%`}`);
  return or(...conditions)!;
}

/** The unique constraints of a client row as the domain errors a user can act on. */
function toClientConflict(error: unknown): unknown {
  const constraint = getUniqueViolationConstraint(error);
  if (constraint === 'clients_tenant_file_number_unique')
    return createDuplicateFileNumberError({ cause: error });
  if (constraint === 'clients_tenant_national_number_unique') {
    return createDuplicateNationalNumberError({ cause: error });
  }
  return error;
}

const normalisedStreet = sql`regexp_replace(lower(coalesce(${clientsTable.street}, '')), '[^a-z0-9]', '', 'g')`;

// Every read of one client (record, page, documents) starts here.
const clientById = preparedPerDatabase((db) =>
  db
    .select()
    .from(clientsTable)
    .where(
      and(
        eq(clientsTable.tenantId, sql.placeholder('tenantId')),
        eq(clientsTable.id, sql.placeholder('clientId')),
      ),
    )
    .limit(1)
    .prepare('clients_by_id'),
);

/** Where one client is read: the database or transaction, the tenant and the client's id. */
export type ClientScope = { db: Database; tenantId: string; clientId: string };

export function createClientsRepository({ db }: { db: Database }) {
  return {
    async insertClient({ client }: { client: NewClient }) {
      try {
        return { client: await insertOne(db, clientsTable, client) };
      } catch (error) {
        throw toClientConflict(error);
      }
    },

    async updateClient({
      tenantId,
      clientId,
      changes,
    }: {
      tenantId: string;
      clientId: string;
      changes: Partial<NewClient>;
    }) {
      try {
        const [row] = await db
          .update(clientsTable)
          .set(changes)
          .where(inTenant(clientsTable, tenantId, eq(clientsTable.id, clientId)))
          .returning();
        return { client: row };
      } catch (error) {
        throw toClientConflict(error);
      }
    },

    /**
     * People who may be the same person: same national number, same name and birth date (case and
     * accents aside: "Jose Lopez" meets "José López"), or the same street and postcode (punctuation ignored).
     */
    async findDuplicates({
      tenantId,
      excludeClientId,
      nationalNumber,
      firstName,
      lastName,
      birthDate,
      street,
      postcode,
    }: {
      tenantId: string;
      excludeClientId?: string | undefined;
      nationalNumber?: string | undefined;
      firstName?: string | undefined;
      lastName?: string | undefined;
      birthDate?: string | undefined;
      street?: string | undefined;
      postcode?: string | undefined;
    }) {
      const byNationalNumber = nationalNumber
        ? sql`${clientsTable.nationalNumber} = ${nationalNumber}`
        : sql`false`;
      const byName =
        firstName && lastName && birthDate
          ? sql`(${clientsTable.searchName} = ${normaliseNameForSearch(`${firstName} ${lastName}`)} AND ${clientsTable.birthDate} = ${birthDate})`
          : sql`false`;
      const streetKey = (street ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
      const byAddress =
        streetKey && postcode
          ? sql`(${normalisedStreet} = ${streetKey} AND ${clientsTable.postcode} = ${postcode})`
          : sql`false`;
      const rows = await db
        .select({
          ...columnsOf(clientsTable, [
            'id',
            'fileNumber',
            'firstName',
            'lastName',
            'birthDate',
            'street',
            'postcode',
          ]),
          nationalNumberMatch: sql<boolean>`${byNationalNumber}`,
          nameMatch: sql<boolean>`${byName}`,
          addressMatch: sql<boolean>`${byAddress}`,
        })
        .from(clientsTable)
        .where(
          and(
            eq(clientsTable.tenantId, tenantId),
            excludeClientId ? sql`${clientsTable.id} <> ${excludeClientId}` : undefined,
            or(byNationalNumber, byName, byAddress),
          ),
        )
        .orderBy(asc(clientsTable.lastName), asc(clientsTable.firstName))
        .limit(20);
      return {
        candidates: rows.map(({ nationalNumberMatch, nameMatch, addressMatch, ...row }) => {
          const matches: DuplicateMatch[] = [];
          if (nationalNumberMatch) matches.push('national_number');
          if (nameMatch) matches.push('name_birth_date');
          if (addressMatch) matches.push('address');
          return { ...row, matches };
        }),
      };
    },

    async findClient({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const [client] = await clientById(db).execute({ tenantId, clientId });
      return { client };
    },

    /** The organisation's active users who register and follow clients. */
    async listCaseworkers({ organisationId }: { organisationId: string }) {
      const users = await db
        .select({ id: usersTable.id, name: usersTable.displayName, role: usersTable.role })
        .from(usersTable)
        .where(
          and(
            eq(usersTable.organisationId, organisationId),
            inArray(usersTable.role, ['social_worker', 'project_lead']),
            isNull(usersTable.disabledAt),
          ),
        )
        .orderBy(asc(usersTable.displayName), asc(usersTable.id));
      return { users };
    },

    /** The tenant's clients with these ids, in the order of the ids. */
    async findClientsByIds({ tenantId, clientIds }: { tenantId: string; clientIds: string[] }) {
      if (clientIds.length === 0) return { clients: [] as ClientRow[] };
      const rows = await db
        .select()
        .from(clientsTable)
        .where(inTenant(clientsTable, tenantId, inArray(clientsTable.id, clientIds)));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return { clients: clientIds.map((id) => byId.get(id)).filter((row): row is ClientRow => !!row) };
    },
  };
}

export type ClientsRepository = ReturnType<typeof createClientsRepository>;

import { normaliseNameForSearch, type TrajectoryStatus } from '@digipakket/domain';
import { type AnyColumn, and, asc, count, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { preparedPerDatabase, preparedRawPerDatabase } from '../../ground/database/prepared';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { deviceEventsTable, devicesTable } from '../../tracks/devices/devices.tables';
import { buddyPairingsTable } from '../../tracks/guidance/guidance.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { signalsTable } from '../../tracks/signals/signals.tables';
import {
  attendanceTable,
  courseGroupsTable,
  enrolmentsTable,
  referralsTable,
} from '../../tracks/training/training.tables';
import { programmesTable } from '../programmes/programmes.tables';
import { usersTable } from '../users/users.tables';
import { createDuplicateFileNumberError, createDuplicateNationalNumberError } from './clients.errors';
import type { DuplicateMatch } from './clients.schemas';
import { type ClientTrackFacts, NO_TRACK_FACTS } from './clients.status';
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

/** The rows `getTrackFacts` folds into each client's facts, as its one statement returns them. */
type TrackFactRows = {
  intakes: {
    clientId: string;
    decision: NonNullable<ClientTrackFacts['intake']>['decision'];
    skillLevel: NonNullable<ClientTrackFacts['intake']>['skillLevel'];
    purposes: string[];
    verdict: Record<string, unknown> | null;
    settings: Record<string, unknown> | null;
    digipuntInfoGiven: boolean;
    infoSessionAttended: boolean;
    closureKind: 'completed' | 'dropped_out' | 'closed' | null;
    closureReason: string | null;
  }[];
  devices: { clientId: string | null; status: string }[];
  deviceEvents: { clientId: string | null; status: string }[];
  cheques: { clientId: string; status: string; n: number }[];
  enrolments: { clientId: string; status: 'enrolled' | 'waitlisted' | 'withdrawn' }[];
  attendance: { clientId: string; n: number }[];
  referrals: { clientId: string }[];
  buddies: { clientId: string; status: ClientTrackFacts['buddy'] }[];
};

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

/**
 * The one statement `getTrackFacts` runs: eight small aggregates, each a JSON array, instead of eight
 * round trips (it runs for every search page and every client page). `ofClients` picks the clients.
 * Every table is filtered on its own `tenant_id`: a table filtered only through a join gets the
 * row-level-security filter alone, which the planner cannot serve from an index (on 300 centres the
 * attendance count read all 555,000 enrolments: 115 ms instead of under 1 ms).
 */
function trackFactsQuery({ tenant, ofClients }: { tenant: unknown; ofClients: (column: AnyColumn) => SQL }) {
  const rowsOf = (query: SQL, ordered = false) =>
    sql`(SELECT coalesce(json_agg(x${ordered ? sql` ORDER BY x."at"` : sql``}), '[]'::json) FROM (${query}) x)`;
  return sql`SELECT
          ${rowsOf(
            sql`SELECT ${intakesTable.clientId} AS "clientId", ${intakesTable.decision} AS "decision",
              ${intakesTable.skillLevel} AS "skillLevel", ${intakesTable.purposes} AS "purposes",
              ${intakesTable.verdict} AS "verdict", ${programmesTable.settings} AS "settings",
              ${intakesTable.digipuntInfoGivenAt} IS NOT NULL AS "digipuntInfoGiven",
              ${intakesTable.infoSessionAttendedAt} IS NOT NULL AS "infoSessionAttended",
              ${intakesTable.closureKind} AS "closureKind", ${intakesTable.closureReason} AS "closureReason",
              ${intakesTable.createdAt} AS "at"
            FROM ${intakesTable} JOIN ${programmesTable} ON ${programmesTable.id} = ${intakesTable.programmeId}
            WHERE ${intakesTable.tenantId} = ${tenant} AND ${ofClients(intakesTable.clientId)}`,
            true,
          )} AS "intakes",
          ${rowsOf(sql`SELECT ${devicesTable.holderClientId} AS "clientId", ${devicesTable.status} AS "status"
            FROM ${devicesTable}
            WHERE ${devicesTable.tenantId} = ${tenant} AND ${ofClients(devicesTable.holderClientId)}`)} AS "devices",
          ${rowsOf(
            sql`SELECT ${deviceEventsTable.clientId} AS "clientId", ${deviceEventsTable.toStatus} AS "status",
              ${deviceEventsTable.at} AS "at"
            FROM ${deviceEventsTable}
            WHERE ${deviceEventsTable.tenantId} = ${tenant} AND ${ofClients(deviceEventsTable.clientId)}
              AND ${inArray(deviceEventsTable.toStatus, ['returned', 'defective', 'lost'])}`,
            true,
          )} AS "deviceEvents",
          ${rowsOf(sql`SELECT ${chequesTable.clientId} AS "clientId", ${chequesTable.status} AS "status", count(*)::int AS "n"
            FROM ${chequesTable}
            WHERE ${chequesTable.tenantId} = ${tenant} AND ${ofClients(chequesTable.clientId)}
            GROUP BY ${chequesTable.clientId}, ${chequesTable.status}`)} AS "cheques",
          ${rowsOf(sql`SELECT ${enrolmentsTable.clientId} AS "clientId", ${enrolmentsTable.status} AS "status"
            FROM ${enrolmentsTable}
            WHERE ${enrolmentsTable.tenantId} = ${tenant} AND ${ofClients(enrolmentsTable.clientId)}`)} AS "enrolments",
          ${rowsOf(sql`SELECT ${enrolmentsTable.clientId} AS "clientId", count(*)::int AS "n"
            FROM ${attendanceTable}
            JOIN ${enrolmentsTable} ON ${enrolmentsTable.id} = ${attendanceTable.enrolmentId}
            JOIN ${courseGroupsTable} ON ${courseGroupsTable.id} = ${enrolmentsTable.groupId}
            WHERE ${attendanceTable.tenantId} = ${tenant} AND ${enrolmentsTable.tenantId} = ${tenant}
              AND ${ofClients(enrolmentsTable.clientId)}
              AND ${inArray(attendanceTable.status, ['present', 'late'])} AND ${courseGroupsTable.kind} = 'basic'
            GROUP BY ${enrolmentsTable.clientId}`)} AS "attendance",
          ${rowsOf(sql`SELECT DISTINCT ${referralsTable.clientId} AS "clientId"
            FROM ${referralsTable}
            WHERE ${referralsTable.tenantId} = ${tenant} AND ${ofClients(referralsTable.clientId)}`)} AS "referrals",
          ${rowsOf(sql`SELECT ${buddyPairingsTable.clientId} AS "clientId", ${buddyPairingsTable.status} AS "status"
            FROM ${buddyPairingsTable}
            WHERE ${buddyPairingsTable.tenantId} = ${tenant} AND ${ofClients(buddyPairingsTable.clientId)}`)} AS "buddies"`;
}

// A client page asks for one client: that statement is built once and prepared.
const trackFactsOfOneClient = preparedRawPerDatabase({
  name: 'clients_track_facts_one',
  query: trackFactsQuery({
    tenant: sql.placeholder('tenantId'),
    ofClients: (column) => sql`${column} = ${sql.placeholder('clientId')}`,
  }),
});

/** What the client list can be narrowed to, besides a search. */
export type ClientListFilters = {
  status?: TrajectoryStatus | undefined;
  waveId?: string | undefined;
  /** A signal kind, or `any`: clients with an unresolved (open or snoozed) signal. */
  signal?: string | undefined;
  /** The social worker who registered the client. */
  createdBy?: string | undefined;
};

function orderOfList({ q }: { q: string | undefined }) {
  return q
    ? [
        desc(sql`(lower(${clientsTable.fileNumber}) = ${q.toLowerCase()})`),
        desc(sql`word_similarity(${normaliseNameForSearch(q)}, ${nameExpression})`),
        asc(clientsTable.lastName),
        asc(clientsTable.firstName),
        asc(clientsTable.id),
      ]
    : [asc(clientsTable.lastName), asc(clientsTable.firstName), asc(clientsTable.id)];
}

/** The conditions of the filters a query can serve itself (all but the derived status). */
function listFilterConditions({
  tenantId,
  filters,
}: {
  tenantId: string;
  filters: ClientListFilters;
}): SQL[] {
  const conditions: SQL[] = [];
  if (filters.createdBy) conditions.push(eq(clientsTable.createdBy, filters.createdBy));
  if (filters.waveId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${intakesTable} WHERE ${intakesTable.tenantId} = ${tenantId}
      AND ${intakesTable.clientId} = ${clientsTable.id} AND ${intakesTable.waveId} = ${filters.waveId})`);
  }
  if (filters.signal) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${signalsTable} WHERE ${signalsTable.tenantId} = ${tenantId}
      AND ${signalsTable.clientId} = ${clientsTable.id} AND ${signalsTable.status} <> 'resolved'
      ${filters.signal === 'any' ? sql`` : sql`AND ${signalsTable.kind} = ${filters.signal}`})`);
  }
  return conditions;
}

/**
 * Every client who may have the status, and fewer than all when the stored facts allow: a closed
 * trajectory has a closure, a reserved one a reserved laptop, an equipped one a handout. The derived
 * status decides in the end.
 */
function statusCandidates({
  tenantId,
  status,
}: {
  tenantId: string;
  status: TrajectoryStatus;
}): SQL | undefined {
  const intakeWith = (condition: SQL) => sql`EXISTS (SELECT 1 FROM ${intakesTable}
    WHERE ${intakesTable.tenantId} = ${tenantId} AND ${intakesTable.clientId} = ${clientsTable.id} AND ${condition})`;
  const handedOut = sql`EXISTS (SELECT 1 FROM ${deviceEventsTable} WHERE ${deviceEventsTable.tenantId} = ${tenantId}
    AND ${deviceEventsTable.clientId} = ${clientsTable.id} AND ${deviceEventsTable.toStatus} = 'handed_out')`;
  switch (status) {
    case 'dropped_out':
    case 'closed':
      return intakeWith(sql`${intakesTable.closureKind} = ${status}`);
    case 'completed':
      return or(handedOut, intakeWith(sql`${intakesTable.closureKind}::text = 'completed'`));
    case 'equipped':
    case 'in_guidance':
      return handedOut;
    case 'device_reserved':
      return sql`EXISTS (SELECT 1 FROM ${devicesTable} WHERE ${devicesTable.tenantId} = ${tenantId}
        AND ${devicesTable.holderClientId} = ${clientsTable.id} AND ${devicesTable.status} = 'reserved')`;
    case 'approved':
    case 'rejected':
      return intakeWith(sql`${intakesTable.decision} = ${status}`);
    case 'assessed':
    case 'referred':
      return undefined;
    default: {
      const unknown: never = status;
      throw new Error(`Unknown status ${String(unknown)}`);
    }
  }
}

export function createClientsRepository({ db }: { db: Database }) {
  return {
    async insertClient({ client }: { client: NewClient }) {
      try {
        const [row] = await db.insert(clientsTable).values(client).returning();
        return { client: row! };
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
          .where(and(eq(clientsTable.tenantId, tenantId), eq(clientsTable.id, clientId)))
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
          id: clientsTable.id,
          fileNumber: clientsTable.fileNumber,
          firstName: clientsTable.firstName,
          lastName: clientsTable.lastName,
          birthDate: clientsTable.birthDate,
          street: clientsTable.street,
          postcode: clientsTable.postcode,
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

    async searchClients({
      tenantId,
      q,
      filters = {},
      limit,
      offset,
    }: {
      tenantId: string;
      q: string | undefined;
      filters?: ClientListFilters;
      limit: number;
      offset: number;
    }) {
      const where = and(
        eq(clientsTable.tenantId, tenantId),
        q ? searchCondition({ q }) : undefined,
        ...listFilterConditions({ tenantId, filters }),
      )!;
      const order = orderOfList({ q });
      if (filters.status) {
        // The status is derived from every track, so the candidates come back as ids in list order and
        // the caller keeps those whose derived status matches.
        const rows = await db
          .select({ id: clientsTable.id })
          .from(clientsTable)
          .where(and(where, statusCandidates({ tenantId, status: filters.status })))
          .orderBy(...order);
        return { clients: [] as ClientRow[], total: rows.length, candidateIds: rows.map((row) => row.id) };
      }
      const filtered = Object.values(filters).some(Boolean);

      // A search (or a filter) matches fewer rows and sorts all of them anyway, so the page carries the
      // total (one statement); the whole list pages by the name index and counts in parallel.
      const countAll = () => db.select({ n: count() }).from(clientsTable).where(where);
      if (!q && !filtered) {
        const [clients, [total]] = await Promise.all([
          db
            .select()
            .from(clientsTable)
            .where(where)
            .orderBy(...order)
            .limit(limit)
            .offset(offset),
          countAll(),
        ]);
        return { clients, total: total?.n ?? 0 };
      }
      const rows = await db
        .select({ client: clientsTable, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
        .from(clientsTable)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
      if (rows.length === 0 && offset > 0) {
        const [total] = await countAll();
        return { clients: [], total: total?.n ?? 0 };
      }
      return { clients: rows.map((row) => row.client), total: rows[0]?.total ?? 0 };
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
        .where(and(eq(clientsTable.tenantId, tenantId), inArray(clientsTable.id, clientIds)));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return { clients: clientIds.map((id) => byId.get(id)).filter((row): row is ClientRow => !!row) };
    },

    /** The facts that decide each client's trajectory status, for a page of clients at once. */
    async getTrackFacts({ tenantId, clientIds }: { tenantId: string; clientIds: string[] }) {
      const facts = new Map<string, ClientTrackFacts>();
      for (const id of clientIds) {
        facts.set(id, { ...NO_TRACK_FACTS, cheques: { ...NO_TRACK_FACTS.cheques } });
      }
      if (clientIds.length === 0) return { facts };

      const [row] =
        clientIds.length === 1
          ? await trackFactsOfOneClient(db).execute<TrackFactRows>({ tenantId, clientId: clientIds[0] })
          : await queryRows<TrackFactRows>({
              db,
              query: trackFactsQuery({
                tenant: tenantId,
                ofClients: (column) => inArray(column, clientIds),
              }),
            });
      const { intakes, devices, deviceEvents, cheques, enrolments, attendance, referrals, buddies } = row!;

      for (const row of intakes) {
        const entry = facts.get(row.clientId);
        if (!entry) continue;
        entry.intake = {
          decision: row.decision,
          skillLevel: row.skillLevel,
          purposes: row.purposes,
          verdict: row.verdict,
          settings: row.settings,
          digipuntInfoGiven: row.digipuntInfoGiven,
          infoSessionAttended: row.infoSessionAttended,
          closure: row.closureKind ? { kind: row.closureKind, reason: row.closureReason ?? '' } : null,
        };
      }
      for (const row of deviceEvents) {
        const entry = row.clientId ? facts.get(row.clientId) : undefined;
        if (entry && (row.status === 'returned' || row.status === 'defective' || row.status === 'lost')) {
          entry.device = row.status;
        }
      }
      for (const row of devices) {
        const entry = row.clientId ? facts.get(row.clientId) : undefined;
        if (entry && (row.status === 'reserved' || row.status === 'handed_out')) entry.device = row.status;
      }
      for (const row of cheques) {
        const entry = facts.get(row.clientId);
        if (!entry) continue;
        const bucket =
          row.status === 'redeemed' || row.status === 'expired' || row.status === 'cancelled'
            ? row.status
            : 'open';
        entry.cheques = { ...entry.cheques, [bucket]: entry.cheques[bucket] + row.n };
      }
      const enrolmentRank = { none: 0, withdrawn: 1, waitlisted: 2, enrolled: 3 } as const;
      for (const row of enrolments) {
        const entry = facts.get(row.clientId);
        if (entry && enrolmentRank[row.status] > enrolmentRank[entry.enrolment]) entry.enrolment = row.status;
      }
      for (const row of attendance) {
        const entry = facts.get(row.clientId);
        if (entry) entry.basicSessionsAttended = row.n;
      }
      for (const row of referrals) {
        const entry = facts.get(row.clientId);
        if (entry) entry.referralDecided = true;
      }
      for (const row of buddies) {
        const entry = facts.get(row.clientId);
        if (entry && entry.buddy !== 'active') entry.buddy = row.status;
      }
      return { facts };
    },
  };
}

export type ClientsRepository = ReturnType<typeof createClientsRepository>;

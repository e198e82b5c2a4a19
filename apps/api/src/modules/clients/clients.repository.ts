import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../app/database';
import { chequesTable } from '../cheques/cheques.tables';
import { deviceEventsTable, devicesTable } from '../devices/devices.tables';
import { buddyPairingsTable } from '../guidance/guidance.tables';
import { intakesTable } from '../intake/intake.tables';
import { programmesTable } from '../programmes/programmes.tables';
import { getUniqueViolationConstraint } from '../shared/errors';
import {
  attendanceTable,
  courseGroupsTable,
  enrolmentsTable,
  referralsTable,
} from '../training/training.tables';
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

const nameExpression = sql`lower(${clientsTable.firstName} || ' ' || ${clientsTable.lastName})`;

/**
 * Name (typo tolerant through pg_trgm's word similarity, plus substring), file number prefix, or the
 * digits of a phone number. The name expression matches the trigram index in the migrations.
 */
function searchCondition({ q }: { q: string }): SQL {
  const lowered = q.toLowerCase();
  const digits = q.replace(/[^0-9]/g, '');
  const conditions: SQL[] = [
    sql`${lowered} <% ${nameExpression}`,
    sql`${nameExpression} LIKE ${`%${escapeLike(lowered)}%`}`,
    sql`lower(${clientsTable.fileNumber}) LIKE ${`${escapeLike(lowered)}%`}`,
  ];
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
     * accents of the database collation aside), or the same street and postcode (punctuation ignored).
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
          ? sql`(lower(${clientsTable.firstName}) = ${firstName.toLowerCase()} AND lower(${clientsTable.lastName}) = ${lastName.toLowerCase()} AND ${clientsTable.birthDate} = ${birthDate})`
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
      const [client] = await db
        .select()
        .from(clientsTable)
        .where(and(eq(clientsTable.tenantId, tenantId), eq(clientsTable.id, clientId)))
        .limit(1);
      return { client };
    },

    async searchClients({
      tenantId,
      q,
      limit,
      offset,
    }: {
      tenantId: string;
      q: string | undefined;
      limit: number;
      offset: number;
    }) {
      const where = q
        ? and(eq(clientsTable.tenantId, tenantId), searchCondition({ q }))
        : eq(clientsTable.tenantId, tenantId);
      const order = q
        ? [
            desc(sql`(lower(${clientsTable.fileNumber}) = ${q.toLowerCase()})`),
            desc(sql`word_similarity(${q.toLowerCase()}, ${nameExpression})`),
            asc(clientsTable.lastName),
            asc(clientsTable.firstName),
            asc(clientsTable.id),
          ]
        : [asc(clientsTable.lastName), asc(clientsTable.firstName), asc(clientsTable.id)];

      const clients = await db
        .select()
        .from(clientsTable)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
      const [total] = await db.select({ n: count() }).from(clientsTable).where(where);
      return { clients, total: total?.n ?? 0 };
    },

    /** The facts that decide each client's trajectory status, for a page of clients at once. */
    async getTrackFacts({ tenantId, clientIds }: { tenantId: string; clientIds: string[] }) {
      const facts = new Map<string, ClientTrackFacts>();
      for (const id of clientIds) {
        facts.set(id, { ...NO_TRACK_FACTS, cheques: { ...NO_TRACK_FACTS.cheques } });
      }
      if (clientIds.length === 0) return { facts };

      const [intakes, devices, deviceEvents, cheques, enrolments, attendance, referrals, buddies] =
        await Promise.all([
          db
            .select({
              clientId: intakesTable.clientId,
              decision: intakesTable.decision,
              skillLevel: intakesTable.skillLevel,
              purposes: intakesTable.purposes,
              verdict: intakesTable.verdict,
              settings: programmesTable.settings,
              digipuntInfoGivenAt: intakesTable.digipuntInfoGivenAt,
              infoSessionAttendedAt: intakesTable.infoSessionAttendedAt,
              closureKind: intakesTable.closureKind,
              closureReason: intakesTable.closureReason,
            })
            .from(intakesTable)
            .innerJoin(programmesTable, eq(programmesTable.id, intakesTable.programmeId))
            .where(and(eq(intakesTable.tenantId, tenantId), inArray(intakesTable.clientId, clientIds)))
            .orderBy(asc(intakesTable.createdAt)),
          db
            .select({ clientId: devicesTable.holderClientId, status: devicesTable.status })
            .from(devicesTable)
            .where(and(eq(devicesTable.tenantId, tenantId), inArray(devicesTable.holderClientId, clientIds))),
          db
            .select({ clientId: deviceEventsTable.clientId, status: deviceEventsTable.toStatus })
            .from(deviceEventsTable)
            .where(
              and(
                eq(deviceEventsTable.tenantId, tenantId),
                inArray(deviceEventsTable.clientId, clientIds),
                inArray(deviceEventsTable.toStatus, ['returned', 'defective', 'lost']),
              ),
            )
            .orderBy(asc(deviceEventsTable.at)),
          db
            .select({ clientId: chequesTable.clientId, status: chequesTable.status, n: count() })
            .from(chequesTable)
            .where(and(eq(chequesTable.tenantId, tenantId), inArray(chequesTable.clientId, clientIds)))
            .groupBy(chequesTable.clientId, chequesTable.status),
          db
            .select({ clientId: enrolmentsTable.clientId, status: enrolmentsTable.status })
            .from(enrolmentsTable)
            .where(and(eq(enrolmentsTable.tenantId, tenantId), inArray(enrolmentsTable.clientId, clientIds))),
          db
            .select({ clientId: enrolmentsTable.clientId, n: count() })
            .from(attendanceTable)
            .innerJoin(enrolmentsTable, eq(enrolmentsTable.id, attendanceTable.enrolmentId))
            .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
            .where(
              and(
                eq(attendanceTable.tenantId, tenantId),
                inArray(enrolmentsTable.clientId, clientIds),
                inArray(attendanceTable.status, ['present', 'late']),
                eq(courseGroupsTable.kind, 'basic'),
              ),
            )
            .groupBy(enrolmentsTable.clientId),
          db
            .selectDistinct({ clientId: referralsTable.clientId })
            .from(referralsTable)
            .where(and(eq(referralsTable.tenantId, tenantId), inArray(referralsTable.clientId, clientIds))),
          db
            .select({ clientId: buddyPairingsTable.clientId, status: buddyPairingsTable.status })
            .from(buddyPairingsTable)
            .where(
              and(eq(buddyPairingsTable.tenantId, tenantId), inArray(buddyPairingsTable.clientId, clientIds)),
            ),
        ]);

      for (const row of intakes) {
        const entry = facts.get(row.clientId);
        if (!entry) continue;
        entry.intake = {
          decision: row.decision,
          skillLevel: row.skillLevel,
          purposes: row.purposes,
          verdict: row.verdict,
          settings: row.settings,
          digipuntInfoGiven: row.digipuntInfoGivenAt !== null,
          infoSessionAttended: row.infoSessionAttendedAt !== null,
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

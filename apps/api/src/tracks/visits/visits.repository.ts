import { and, asc, count, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../ground/database/database';
import { preparedPerDatabase } from '../../ground/database/prepared';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { sessionsTable } from '../../records/auth/auth.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { intakesTable } from '../intake/intake.tables';
import { createChequeAlreadyRedeemedError } from './visits.errors';
import { visitsTable } from './visits.tables';

const students = alias(usersTable, 'visit_student');
const chequeStudents = alias(usersTable, 'cheque_student');

const chequeColumns = {
  chequeId: chequesTable.id,
  tenantId: chequesTable.tenantId,
  clientId: chequesTable.clientId,
  programmeId: chequesTable.programmeId,
  code: chequesTable.code,
  status: chequesTable.status,
  purpose: chequesTable.purpose,
  validUntil: chequesTable.validUntil,
  homeHelpOrgId: chequesTable.homeHelpOrgId,
  studentUserId: chequesTable.studentUserId,
  studentName: chequeStudents.displayName,
  appointmentAt: chequesTable.appointmentAt,
  issuedAt: chequesTable.issuedAt,
  updatedAt: chequesTable.updatedAt,
  redeemedAt: chequesTable.redeemedAt,
  cancelledReason: chequesTable.cancelledReason,
  tenantName: tenantsTable.name,
  firstName: clientsTable.firstName,
  lastName: clientsTable.lastName,
  street: clientsTable.street,
  postcode: clientsTable.postcode,
  city: clientsTable.city,
  lat: clientsTable.lat,
  lon: clientsTable.lon,
  phone: clientsTable.phone,
  language: clientsTable.preferredLanguage,
  needsInterpreter: clientsTable.needsInterpreter,
  skillLevel: intakesTable.skillLevel,
  programmeSettings: programmesTable.settings,
  visitId: visitsTable.id,
  visitedOn: visitsTable.visitedOn,
  minutes: visitsTable.minutes,
  topics: visitsTable.topics,
  notes: visitsTable.notes,
  needsFollowUp: visitsTable.needsFollowUp,
  followUpReason: visitsTable.followUpReason,
  visitStudentUserId: visitsTable.studentUserId,
  visitStudentName: students.displayName,
};

export type ChequeWithVisitRow = Awaited<
  ReturnType<ReturnType<typeof createVisitsRepository>['findCheque']>
>['cheque'] & {};

function scheduledVisitsQuery({ db, ofStudent }: { db: Database; ofStudent: boolean }) {
  const conditions: SQL[] = [
    eq(chequesTable.homeHelpOrgId, sql.placeholder('homeHelpOrgId')),
    eq(chequesTable.status, 'scheduled'),
    gte(
      chequesTable.appointmentAt,
      sql`(${sql.placeholder('fromDate')}::date::timestamp AT TIME ZONE ${sql.placeholder('timeZone')})`,
    ),
  ];
  if (ofStudent) conditions.push(eq(chequesTable.studentUserId, sql.placeholder('studentUserId')));
  return db
    .select({
      chequeId: chequesTable.id,
      tenantId: chequesTable.tenantId,
      clientId: chequesTable.clientId,
      appointmentAt: chequesTable.appointmentAt,
      purpose: chequesTable.purpose,
      studentId: chequesTable.studentUserId,
      studentName: chequeStudents.displayName,
      firstName: clientsTable.firstName,
      lastName: clientsTable.lastName,
      street: clientsTable.street,
      postcode: clientsTable.postcode,
      city: clientsTable.city,
      phone: clientsTable.phone,
      language: clientsTable.preferredLanguage,
      needsInterpreter: clientsTable.needsInterpreter,
      skillLevel: intakesTable.skillLevel,
    })
    .from(chequesTable)
    .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
    .leftJoin(chequeStudents, eq(chequeStudents.id, chequesTable.studentUserId))
    .leftJoin(
      intakesTable,
      and(
        eq(intakesTable.clientId, chequesTable.clientId),
        eq(intakesTable.programmeId, chequesTable.programmeId),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(chequesTable.appointmentAt), asc(chequesTable.id))
    .limit(500)
    .prepare(ofStudent ? 'visits_scheduled_of_student' : 'visits_scheduled_of_organisation');
}

// A student's visit list runs on every opening of the app: built once and prepared.
const scheduledVisitsQueries = preparedPerDatabase((db) => ({
  ofStudent: scheduledVisitsQuery({ db, ofStudent: true }),
  ofOrganisation: scheduledVisitsQuery({ db, ofStudent: false }),
}));

export function createVisitsRepository({ db }: { db: Database }) {
  const selectCheque = (where: SQL) =>
    db
      .select(chequeColumns)
      .from(chequesTable)
      .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
      .innerJoin(tenantsTable, eq(tenantsTable.id, chequesTable.tenantId))
      .innerJoin(programmesTable, eq(programmesTable.id, chequesTable.programmeId))
      .leftJoin(
        intakesTable,
        and(
          eq(intakesTable.clientId, chequesTable.clientId),
          eq(intakesTable.programmeId, chequesTable.programmeId),
        ),
      )
      .leftJoin(chequeStudents, eq(chequeStudents.id, chequesTable.studentUserId))
      .leftJoin(visitsTable, eq(visitsTable.chequeId, chequesTable.id))
      .leftJoin(students, eq(students.id, visitsTable.studentUserId))
      .where(where)
      .limit(1);

  return {
    /**
     * Scheduled cheques from the start of `fromDate` (a local date in `timeZone`) on: for one student,
     * or for the whole home-help organisation.
     */
    async listScheduledVisits({
      homeHelpOrgId,
      studentUserId,
      fromDate,
      timeZone,
    }: {
      homeHelpOrgId: string;
      studentUserId: string | undefined;
      fromDate: string;
      timeZone: string;
    }) {
      const queries = scheduledVisitsQueries(db);
      const rows = studentUserId
        ? await queries.ofStudent.execute({ homeHelpOrgId, studentUserId, fromDate, timeZone })
        : await queries.ofOrganisation.execute({ homeHelpOrgId, fromDate, timeZone });
      return { rows };
    },

    /** A cheque of the organisation by its code or id, with its client, tenant and visit. */
    async findCheque({
      homeHelpOrgId,
      code,
      chequeId,
    }: {
      homeHelpOrgId: string;
      code?: string;
      chequeId?: string;
    }) {
      const match = code !== undefined ? eq(chequesTable.code, code) : eq(chequesTable.id, chequeId ?? '');
      const [cheque] = await selectCheque(and(match, eq(chequesTable.homeHelpOrgId, homeHelpOrgId))!);
      return { cheque };
    },

    /**
     * Filtered on the tenant too: the (tenant, client) index serves it, where the client alone left
     * only the row-level-security filter and a scan of every cheque (22 ms on 300 centres).
     */
    async isInstallationRedeemed({
      tenantId,
      clientId,
      programmeId,
    }: {
      tenantId: string;
      clientId: string;
      programmeId: string;
    }) {
      const [row] = await db
        .select({ n: count() })
        .from(chequesTable)
        .where(
          and(
            eq(chequesTable.tenantId, tenantId),
            eq(chequesTable.clientId, clientId),
            eq(chequesTable.programmeId, programmeId),
            eq(chequesTable.purpose, 'installation'),
            eq(chequesTable.status, 'redeemed'),
          ),
        );
      return { redeemed: (row?.n ?? 0) > 0 };
    },

    /**
     * The conditional update that makes a redemption win or lose: only a cheque still open turns
     * redeemed, so of any number of concurrent attempts exactly one gets a row back.
     */
    async markRedeemed({
      chequeId,
      studentUserId,
      at,
    }: {
      chequeId: string;
      studentUserId: string;
      at: Date;
    }) {
      const rows = await db
        .update(chequesTable)
        .set({ status: 'redeemed', redeemedAt: at, studentUserId, updatedAt: at })
        .where(
          and(
            eq(chequesTable.id, chequeId),
            inArray(chequesTable.status, ['issued', 'requested', 'scheduled']),
          ),
        )
        .returning({ id: chequesTable.id });
      return { redeemed: rows.length === 1 };
    },

    async insertVisit({ visit }: { visit: typeof visitsTable.$inferInsert }) {
      try {
        const [row] = await db.insert(visitsTable).values(visit).returning({ id: visitsTable.id });
        return { visitId: row!.id };
      } catch (error) {
        if (getUniqueViolationConstraint(error) === 'visits_cheque_unique')
          throw createChequeAlreadyRedeemedError();
        throw error;
      }
    },

    /** Cheques of the organisation waiting for a visit, oldest first. */
    async listQueue({
      homeHelpOrgId,
      tenantId,
      neighbourhood,
      language,
      purpose,
      chequeId,
    }: {
      homeHelpOrgId: string;
      tenantId?: string | undefined;
      neighbourhood?: string | undefined;
      language?: string | undefined;
      purpose?: 'installation' | 'free' | undefined;
      chequeId?: string | undefined;
    }) {
      const waitingSince = sql<Date>`CASE WHEN ${chequesTable.status} = 'requested' THEN ${chequesTable.updatedAt} ELSE ${chequesTable.issuedAt} END`;
      const conditions: SQL[] = [
        eq(chequesTable.homeHelpOrgId, homeHelpOrgId),
        sql`(${chequesTable.status} = 'requested' OR (${chequesTable.status} = 'issued' AND ${chequesTable.purpose} = 'installation'))`,
      ];
      if (tenantId) conditions.push(eq(chequesTable.tenantId, tenantId));
      if (neighbourhood) conditions.push(eq(clientsTable.neighbourhood, neighbourhood));
      if (language) conditions.push(eq(clientsTable.preferredLanguage, language));
      if (purpose) conditions.push(eq(chequesTable.purpose, purpose));
      if (chequeId) conditions.push(eq(chequesTable.id, chequeId));
      const rows = await db
        .select({
          chequeId: chequesTable.id,
          tenantId: chequesTable.tenantId,
          clientId: chequesTable.clientId,
          status: chequesTable.status,
          purpose: chequesTable.purpose,
          validUntil: chequesTable.validUntil,
          tenantName: tenantsTable.name,
          firstName: clientsTable.firstName,
          lastName: clientsTable.lastName,
          neighbourhood: clientsTable.neighbourhood,
          phone: clientsTable.phone,
          language: clientsTable.preferredLanguage,
          needsInterpreter: clientsTable.needsInterpreter,
          waitingSince: sql<string>`${waitingSince}`.mapWith((value) => new Date(value as string)),
        })
        .from(chequesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
        .innerJoin(tenantsTable, eq(tenantsTable.id, chequesTable.tenantId))
        .where(and(...conditions))
        .orderBy(asc(waitingSince), asc(chequesTable.id))
        .limit(500);
      return { rows };
    },

    /** The neighbourhoods of the clients whose cheques wait in the organisation's queue, for its filter. */
    async listQueueNeighbourhoods({ homeHelpOrgId }: { homeHelpOrgId: string }) {
      const rows = await db
        .selectDistinct({ neighbourhood: clientsTable.neighbourhood })
        .from(chequesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
        .where(
          and(
            eq(chequesTable.homeHelpOrgId, homeHelpOrgId),
            sql`(${chequesTable.status} = 'requested' OR (${chequesTable.status} = 'issued' AND ${chequesTable.purpose} = 'installation'))`,
            sql`${clientsTable.neighbourhood} IS NOT NULL`,
          ),
        )
        .orderBy(asc(clientsTable.neighbourhood));
      return { neighbourhoods: rows.flatMap((row) => (row.neighbourhood ? [row.neighbourhood] : [])) };
    },

    async listServedTenants({ homeHelpOrgId }: { homeHelpOrgId: string }) {
      const rows = await db
        .selectDistinct({ id: tenantsTable.id, name: tenantsTable.name })
        .from(chequesTable)
        .innerJoin(tenantsTable, eq(tenantsTable.id, chequesTable.tenantId))
        .where(eq(chequesTable.homeHelpOrgId, homeHelpOrgId))
        .orderBy(asc(tenantsTable.name));
      return { tenants: rows };
    },

    async setSchedule({
      chequeId,
      fromStatuses,
      studentUserId,
      appointmentAt,
      at,
    }: {
      chequeId: string;
      fromStatuses: ('issued' | 'requested' | 'scheduled')[];
      studentUserId: string | null;
      appointmentAt: Date | null;
      at: Date;
    }) {
      const rows = await db
        .update(chequesTable)
        .set({
          status: studentUserId ? 'scheduled' : 'requested',
          studentUserId,
          appointmentAt,
          updatedAt: at,
        })
        .where(and(eq(chequesTable.id, chequeId), inArray(chequesTable.status, fromStatuses)))
        .returning({ id: chequesTable.id });
      return { updated: rows.length === 1 };
    },

    /** The student's planned visits between two instants, with where each client lives. */
    async listStudentVisitsBetween({
      homeHelpOrgId,
      studentUserId,
      from,
      to,
    }: {
      homeHelpOrgId: string;
      studentUserId: string;
      from: Date;
      to: Date;
    }) {
      const rows = await db
        .select({
          chequeId: chequesTable.id,
          clientId: chequesTable.clientId,
          appointmentAt: chequesTable.appointmentAt,
          firstName: clientsTable.firstName,
          lastName: clientsTable.lastName,
          street: clientsTable.street,
          postcode: clientsTable.postcode,
          city: clientsTable.city,
          lat: clientsTable.lat,
          lon: clientsTable.lon,
        })
        .from(chequesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
        .where(
          and(
            eq(chequesTable.homeHelpOrgId, homeHelpOrgId),
            eq(chequesTable.studentUserId, studentUserId),
            eq(chequesTable.status, 'scheduled'),
            gte(chequesTable.appointmentAt, from),
            lte(chequesTable.appointmentAt, to),
          ),
        )
        .orderBy(asc(chequesTable.appointmentAt))
        .limit(100);
      return { rows };
    },

    async listStudents({ homeHelpOrgId, from }: { homeHelpOrgId: string; from: Date }) {
      const upcoming = db
        .select({ studentUserId: chequesTable.studentUserId, n: count().as('n') })
        .from(chequesTable)
        .where(and(eq(chequesTable.status, 'scheduled'), gte(chequesTable.appointmentAt, from)))
        .groupBy(chequesTable.studentUserId)
        .as('upcoming');
      const rows = await db
        .select({
          id: usersTable.id,
          email: usersTable.email,
          displayName: usersTable.displayName,
          disabledAt: usersTable.disabledAt,
          upcomingVisits: sql<number>`coalesce(${upcoming.n}, 0)`.mapWith(Number),
        })
        .from(usersTable)
        .leftJoin(upcoming, eq(upcoming.studentUserId, usersTable.id))
        .where(and(eq(usersTable.organisationId, homeHelpOrgId), eq(usersTable.role, 'student')))
        .orderBy(asc(usersTable.displayName));
      return { students: rows };
    },

    async findActiveStudent({ homeHelpOrgId, studentId }: { homeHelpOrgId: string; studentId: string }) {
      const [student] = await db
        .select({ id: usersTable.id, displayName: usersTable.displayName })
        .from(usersTable)
        .where(
          and(
            eq(usersTable.id, studentId),
            eq(usersTable.organisationId, homeHelpOrgId),
            eq(usersTable.role, 'student'),
            isNull(usersTable.disabledAt),
          ),
        );
      return { student };
    },

    async disableStudent({
      homeHelpOrgId,
      studentId,
      at,
    }: {
      homeHelpOrgId: string;
      studentId: string;
      at: Date;
    }) {
      const rows = await db
        .update(usersTable)
        .set({ disabledAt: at, updatedAt: at })
        .where(
          and(
            eq(usersTable.id, studentId),
            eq(usersTable.organisationId, homeHelpOrgId),
            eq(usersTable.role, 'student'),
          ),
        )
        .returning({ id: usersTable.id });
      if (rows.length === 1) await db.delete(sessionsTable).where(eq(sessionsTable.userId, studentId));
      return { disabled: rows.length === 1 };
    },
  };
}

import { and, asc, count, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../ground/database/database';
import { preparedPerDatabase } from '../../ground/database/prepared';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { intakesTable } from '../intake/intake.tables';
import { createChequeAlreadyRedeemedError } from './visits.errors';
import { createVisitPlanningRepository } from './visits.planning.repository';
import { createVisitStudentsRepository } from './visits.students.repository';
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

/** The cheques a home-help organisation visits and the visits made, with its queue, planning and students. */
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
    ...createVisitPlanningRepository({ db }),
    ...createVisitStudentsRepository({ db }),

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
  };
}

import { and, asc, eq, gte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Database, queryRows } from '../../ground/database/database';
import { preparedPerDatabase } from '../../ground/database/prepared';
import { columnsOf, refuseDuplicate } from '../../ground/database/query-helpers';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { generateId } from '../../ground/shared/ids';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { intakesTable } from '../intake/intake.tables';
import { createChequeAlreadyRedeemedError } from './visits.errors';
import { createVisitPlanningRepository, visitAddressColumns } from './visits.planning.repository';
import { createVisitStudentsRepository } from './visits.students.repository';
import { visitsTable } from './visits.tables';

const students = alias(usersTable, 'visit_student');
const chequeStudents = alias(usersTable, 'cheque_student');

/** What a student reports of a visit: when, how long, what was done, and whether it needs a follow-up. */
export const visitReportColumns = {
  ...columnsOf(visitsTable, ['visitedOn', 'minutes', 'topics', 'notes', 'needsFollowUp', 'followUpReason']),
};

const chequeColumns = {
  chequeId: chequesTable.id,
  ...columnsOf(chequesTable, [
    'tenantId',
    'clientId',
    'programmeId',
    'code',
    'status',
    'purpose',
    'validUntil',
    'homeHelpOrgId',
    'studentUserId',
  ]),
  studentName: chequeStudents.displayName,
  ...columnsOf(chequesTable, ['appointmentAt', 'issuedAt', 'updatedAt', 'redeemedAt', 'cancelledReason']),
  tenantName: tenantsTable.name,
  ...visitAddressColumns,
  phone: clientsTable.phone,
  language: clientsTable.preferredLanguage,
  needsInterpreter: clientsTable.needsInterpreter,
  skillLevel: intakesTable.skillLevel,
  programmeSettings: programmesTable.settings,
  visitId: visitsTable.id,
  ...visitReportColumns,
  visitStudentUserId: visitsTable.studentUserId,
  visitStudentName: students.displayName,
};

export type ChequeWithVisitRow = Awaited<
  ReturnType<ReturnType<typeof createVisitsRepository>['findCheque']>
>['cheque'] & {};

/** The intake of a cheque's client in the cheque's programme, for the client's skill level. */
const chequeIntake = and(
  eq(intakesTable.clientId, chequesTable.clientId),
  eq(intakesTable.programmeId, chequesTable.programmeId),
);

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
      ...columnsOf(chequesTable, ['tenantId', 'clientId', 'appointmentAt', 'purpose']),
      studentId: chequesTable.studentUserId,
      studentName: chequeStudents.displayName,
      ...columnsOf(clientsTable, ['firstName', 'lastName', 'street', 'postcode', 'city', 'phone']),
      language: clientsTable.preferredLanguage,
      needsInterpreter: clientsTable.needsInterpreter,
      skillLevel: intakesTable.skillLevel,
    })
    .from(chequesTable)
    .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
    .leftJoin(chequeStudents, eq(chequeStudents.id, chequesTable.studentUserId))
    .leftJoin(intakesTable, chequeIntake)
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

/**
 * Whether the client's installation cheque of the cheque's programme is redeemed already. Written out:
 * drizzle leaves the table off a column inside a subquery of a select.
 */
const installationRedeemedColumn = sql<boolean>`EXISTS (SELECT 1 FROM cheques installed
  WHERE installed.tenant_id = cheques.tenant_id AND installed.client_id = cheques.client_id
    AND installed.programme_id = cheques.programme_id
    AND installed.purpose = 'installation' AND installed.status = 'redeemed')`;

/** The cheques a home-help organisation visits and the visits made, with its queue, planning and students. */
export function createVisitsRepository({ db }: { db: Database }) {
  const selectCheque = (where: SQL) =>
    db
      .select({ ...chequeColumns, installationRedeemed: installationRedeemedColumn })
      .from(chequesTable)
      .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
      .innerJoin(tenantsTable, eq(tenantsTable.id, chequesTable.tenantId))
      .innerJoin(programmesTable, eq(programmesTable.id, chequesTable.programmeId))
      .leftJoin(intakesTable, chequeIntake)
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

    /**
     * A cheque of the organisation by its code or id, with its client, tenant and visit, and whether the
     * client's installation cheque of the same programme is redeemed already.
     */
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
     * The redemption's write in one statement: the conditional update that makes it win or lose
     * (only a cheque still open turns redeemed, so of any number of concurrent attempts exactly one
     * gets a row back) and, only for the winner, its visit. `redeemed` false: another attempt won.
     */
    async redeemWithVisit({
      chequeId,
      at,
      visit,
    }: {
      chequeId: string;
      at: Date;
      visit: Omit<typeof visitsTable.$inferInsert, 'id' | 'chequeId'>;
    }) {
      const topics = visit.topics ?? [];
      const rows = await queryRows<{ id: string }>({
        db,
        query: sql`
          WITH redeemed AS (
            UPDATE ${chequesTable}
            SET status = 'redeemed', redeemed_at = ${at.toISOString()}::timestamptz,
              student_user_id = ${visit.studentUserId}, updated_at = ${at.toISOString()}::timestamptz
            WHERE id = ${chequeId} AND status IN ('issued', 'requested', 'scheduled')
            RETURNING id
          )
          INSERT INTO ${visitsTable} (id, tenant_id, cheque_id, home_help_org_id, student_user_id,
            visited_on, minutes, topics, notes, needs_follow_up, follow_up_reason)
          SELECT ${generateId({ kind: 'visit' })}, ${visit.tenantId}, redeemed.id, ${visit.homeHelpOrgId},
            ${visit.studentUserId}, ${visit.visitedOn}::date, ${visit.minutes}::int,
            ARRAY[${sql.join(
              topics.map((topic) => sql`${topic}`),
              sql`, `,
            )}]::text[], ${visit.notes ?? null}, ${visit.needsFollowUp ?? false}::boolean,
            ${visit.followUpReason ?? null}
          FROM redeemed
          RETURNING id`,
      }).catch(refuseDuplicate('visits_cheque_unique', createChequeAlreadyRedeemedError));
      return { redeemed: rows.length === 1, visitId: rows[0]?.id };
    },
  };
}

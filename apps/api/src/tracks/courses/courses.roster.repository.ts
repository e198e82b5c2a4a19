import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsOf, findOne, ofClient, upsertOne } from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { selectAttendanceMarks } from '../training/training.facts';
import { learnerClientJoin, learnerColumns } from '../training/training.learners';
import { courseGroupsTable, enrolmentsTable, referralsTable } from '../training/training.tables';
import { firstSessionDate } from './courses.sessions.repository';

/** Where an enrolment stands: its status, place on the waiting list, progress and withdrawal. */
const enrolmentStateColumns = {
  ...columnsOf(enrolmentsTable, [
    'status',
    'position',
    'progressNote',
    'withdrawnAt',
    'withdrawnReason',
    'withdrawnNote',
  ]),
};

/** Who is on the groups' rosters, their attendance marks and referrals, and a client's enrolments. */
export function createCourseRosterRepository({ db }: { db: Database }) {
  return {
    /** Everyone who was ever on the group's roster, with client fields a coordinator may see. */
    async listRoster({ groupIds }: { groupIds: string[] }) {
      if (groupIds.length === 0) return { rows: [] };
      const rows = await db
        .select({
          enrolmentId: enrolmentsTable.id,
          groupId: enrolmentsTable.groupId,
          tenantId: enrolmentsTable.tenantId,
          clientId: enrolmentsTable.clientId,
          ...learnerColumns,
          ...enrolmentStateColumns,
        })
        .from(enrolmentsTable)
        .innerJoin(clientsTable, learnerClientJoin)
        .where(inArray(enrolmentsTable.groupId, groupIds))
        .orderBy(
          sql`CASE ${enrolmentsTable.status} WHEN 'enrolled' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END`,
          sql`${enrolmentsTable.position} ASC NULLS FIRST`,
          asc(clientsTable.lastName),
          asc(clientsTable.firstName),
          asc(enrolmentsTable.id),
        );
      return { rows };
    },

    async listMarks({ enrolmentIds }: { enrolmentIds: string[] }) {
      return { rows: await selectAttendanceMarks(db, { enrolmentIds }) };
    },

    async listReferrals({ enrolmentIds }: { enrolmentIds: string[] }) {
      if (enrolmentIds.length === 0) return { rows: [] };
      const rows = await db
        .select()
        .from(referralsTable)
        .where(inArray(referralsTable.enrolmentId, enrolmentIds));
      return { rows };
    },

    async upsertReferral({ referral }: { referral: typeof referralsTable.$inferInsert }) {
      const row = await upsertOne(db, referralsTable, referral, {
        target: referralsTable.enrolmentId,
        set: {
          decision: referral.decision,
          courseName: referral.courseName,
          reason: referral.reason,
          decidedBy: referral.decidedBy,
          decidedAt: referral.decidedAt,
          updatedAt: referral.decidedAt,
        },
      });
      return { referral: row };
    },

    async findEnrolmentOfOrg({ trainingOrgId, enrolmentId }: { trainingOrgId: string; enrolmentId: string }) {
      return { enrolment: await findOne(db, enrolmentsTable, { id: enrolmentId, trainingOrgId }) };
    },

    /** A client's enrolments in one tenant, for the welfare centre. */
    async listClientEnrolments({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const rows = await db
        .select({
          id: enrolmentsTable.id,
          groupId: courseGroupsTable.id,
          groupName: courseGroupsTable.name,
          settings: programmesTable.settings,
          ...enrolmentStateColumns,
          firstSessionDate,
        })
        .from(enrolmentsTable)
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
        .leftJoin(programmesTable, eq(programmesTable.id, enrolmentsTable.programmeId))
        .where(ofClient(enrolmentsTable, { tenantId, clientId }))
        .orderBy(asc(enrolmentsTable.enrolledAt), asc(enrolmentsTable.id));
      return { rows };
    },
  };
}

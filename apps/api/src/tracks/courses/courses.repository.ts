import { and, asc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { intakesTable } from '../intake/intake.tables';
import {
  attendanceTable,
  courseGroupsTable,
  courseSessionChangesTable,
  courseSessionsTable,
  enrolmentsTable,
  referralsTable,
  trainingLocationsTable,
} from '../training/training.tables';

const activeSessions = sql`${courseSessionsTable.groupId} = ${courseGroupsTable.id} AND ${courseSessionsTable.cancelledAt} IS NULL`;

export function createCoursesRepository({ db }: { db: Database }) {
  return {
    async listLocations({ trainingOrgId }: { trainingOrgId: string }) {
      const rows = await db
        .select()
        .from(trainingLocationsTable)
        .where(eq(trainingLocationsTable.trainingOrgId, trainingOrgId))
        .orderBy(asc(trainingLocationsTable.name), asc(trainingLocationsTable.id));
      return { rows };
    },

    async findLocation({ trainingOrgId, locationId }: { trainingOrgId: string; locationId: string }) {
      const [location] = await db
        .select()
        .from(trainingLocationsTable)
        .where(
          and(
            eq(trainingLocationsTable.id, locationId),
            eq(trainingLocationsTable.trainingOrgId, trainingOrgId),
          ),
        )
        .limit(1);
      return { location };
    },

    async insertLocation({ location }: { location: typeof trainingLocationsTable.$inferInsert }) {
      const [row] = await db.insert(trainingLocationsTable).values(location).returning();
      return { location: row! };
    },

    async updateLocation({
      trainingOrgId,
      locationId,
      values,
    }: {
      trainingOrgId: string;
      locationId: string;
      values: Partial<typeof trainingLocationsTable.$inferInsert>;
    }) {
      const [row] = await db
        .update(trainingLocationsTable)
        .set(values)
        .where(
          and(
            eq(trainingLocationsTable.id, locationId),
            eq(trainingLocationsTable.trainingOrgId, trainingOrgId),
          ),
        )
        .returning();
      return { location: row };
    },

    async listTeachers({ trainingOrgId }: { trainingOrgId: string }) {
      const rows = await db
        .select({
          id: usersTable.id,
          displayName: usersTable.displayName,
          email: usersTable.email,
          disabledAt: usersTable.disabledAt,
        })
        .from(usersTable)
        .where(and(eq(usersTable.organisationId, trainingOrgId), eq(usersTable.role, 'teacher')))
        .orderBy(asc(usersTable.displayName), asc(usersTable.id));
      return { rows };
    },

    async findTeacher({ trainingOrgId, userId }: { trainingOrgId: string; userId: string }) {
      const [teacher] = await db
        .select()
        .from(usersTable)
        .where(
          and(
            eq(usersTable.id, userId),
            eq(usersTable.organisationId, trainingOrgId),
            eq(usersTable.role, 'teacher'),
          ),
        )
        .limit(1);
      return { teacher };
    },

    /** The programmes (of any tenant) that chose this organisation as their training partner. */
    async listProgrammes({ trainingOrgId }: { trainingOrgId: string }) {
      const rows = await db
        .select({
          id: programmesTable.id,
          name: programmesTable.name,
          tenantName: tenantsTable.name,
          settings: programmesTable.settings,
        })
        .from(programmesTable)
        .innerJoin(tenantsTable, eq(tenantsTable.id, programmesTable.tenantId))
        .where(and(eq(programmesTable.trainingOrgId, trainingOrgId), eq(programmesTable.status, 'active')))
        .orderBy(asc(tenantsTable.name), asc(programmesTable.name));
      return { rows };
    },

    async listGroups({ trainingOrgId, groupId }: { trainingOrgId: string; groupId?: string }) {
      const conditions: SQL[] = [eq(courseGroupsTable.trainingOrgId, trainingOrgId)];
      if (groupId) conditions.push(eq(courseGroupsTable.id, groupId));
      const firstSession = sql<
        string | null
      >`(SELECT min(${courseSessionsTable.date}) FROM ${courseSessionsTable} WHERE ${activeSessions})`;
      const rows = await db
        .select({
          id: courseGroupsTable.id,
          name: courseGroupsTable.name,
          programmeId: courseGroupsTable.programmeId,
          programmeName: programmesTable.name,
          settings: programmesTable.settings,
          locationId: courseGroupsTable.locationId,
          locationName: trainingLocationsTable.name,
          teacherUserId: courseGroupsTable.teacherUserId,
          teacherName: usersTable.displayName,
          languageSupport: courseGroupsTable.languageSupport,
          capacity: courseGroupsTable.capacity,
          enrolledCount: courseGroupsTable.enrolledCount,
          waitlistCount: sql<number>`(SELECT count(*)::int FROM ${enrolmentsTable} WHERE ${enrolmentsTable.groupId} = ${courseGroupsTable.id} AND ${enrolmentsTable.status} = 'waitlisted')`,
          sessionCount: sql<number>`(SELECT count(*)::int FROM ${courseSessionsTable} WHERE ${activeSessions})`,
          firstSessionDate: firstSession,
          lastSessionDate: sql<
            string | null
          >`(SELECT max(${courseSessionsTable.date}) FROM ${courseSessionsTable} WHERE ${activeSessions})`,
        })
        .from(courseGroupsTable)
        .leftJoin(programmesTable, eq(programmesTable.id, courseGroupsTable.programmeId))
        .leftJoin(trainingLocationsTable, eq(trainingLocationsTable.id, courseGroupsTable.locationId))
        .leftJoin(usersTable, eq(usersTable.id, courseGroupsTable.teacherUserId))
        .where(and(...conditions))
        .orderBy(sql`${firstSession} DESC NULLS FIRST`, asc(courseGroupsTable.name))
        .limit(500);
      return {
        rows: rows.map((row) => ({
          ...row,
          waitlistCount: Number(row.waitlistCount),
          sessionCount: Number(row.sessionCount),
        })),
      };
    },

    async insertGroup({ group }: { group: typeof courseGroupsTable.$inferInsert }) {
      const [row] = await db.insert(courseGroupsTable).values(group).returning();
      return { group: row! };
    },

    async updateGroup({
      groupId,
      values,
    }: {
      groupId: string;
      values: Partial<typeof courseGroupsTable.$inferInsert>;
    }) {
      await db.update(courseGroupsTable).set(values).where(eq(courseGroupsTable.id, groupId));
    },

    async listSessions({ groupId }: { groupId: string }) {
      const rows = await db
        .select({
          id: courseSessionsTable.id,
          date: courseSessionsTable.date,
          startTime: courseSessionsTable.startTime,
          endTime: courseSessionsTable.endTime,
          locationId: courseSessionsTable.locationId,
          locationName: trainingLocationsTable.name,
          cancelledAt: courseSessionsTable.cancelledAt,
        })
        .from(courseSessionsTable)
        .leftJoin(trainingLocationsTable, eq(trainingLocationsTable.id, courseSessionsTable.locationId))
        .where(eq(courseSessionsTable.groupId, groupId))
        .orderBy(
          asc(courseSessionsTable.date),
          asc(courseSessionsTable.startTime),
          asc(courseSessionsTable.id),
        );
      return { rows };
    },

    async insertSessions({ sessions }: { sessions: (typeof courseSessionsTable.$inferInsert)[] }) {
      if (sessions.length === 0) return;
      await db.insert(courseSessionsTable).values(sessions);
    },

    async findSession({ trainingOrgId, sessionId }: { trainingOrgId: string; sessionId: string }) {
      const [session] = await db
        .select()
        .from(courseSessionsTable)
        .where(
          and(eq(courseSessionsTable.id, sessionId), eq(courseSessionsTable.trainingOrgId, trainingOrgId)),
        )
        .limit(1);
      return { session };
    },

    /**
     * Another live session at an overlapping time on that date, taught by the teacher of this
     * session's group; undefined when the group has no teacher or there is none.
     */
    async findTeacherClash({
      sessionId,
      groupId,
      date,
      startTime,
      endTime,
    }: {
      sessionId: string;
      groupId: string;
      date: string;
      startTime: string;
      endTime: string;
    }) {
      const [clash] = await db
        .select({
          groupName: courseGroupsTable.name,
          startTime: courseSessionsTable.startTime,
          endTime: courseSessionsTable.endTime,
        })
        .from(courseSessionsTable)
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, courseSessionsTable.groupId))
        .where(
          and(
            ne(courseSessionsTable.id, sessionId),
            eq(courseSessionsTable.date, date),
            isNull(courseSessionsTable.cancelledAt),
            sql`${courseSessionsTable.startTime} < ${endTime}::time`,
            sql`${courseSessionsTable.endTime} > ${startTime}::time`,
            sql`${courseGroupsTable.teacherUserId} = (SELECT g.teacher_user_id FROM course_groups g WHERE g.id = ${groupId})`,
          ),
        )
        .limit(1);
      return { clash };
    },

    async updateSession({
      sessionId,
      values,
    }: {
      sessionId: string;
      values: Partial<typeof courseSessionsTable.$inferInsert>;
    }) {
      const [row] = await db
        .update(courseSessionsTable)
        .set(values)
        .where(eq(courseSessionsTable.id, sessionId))
        .returning();
      return { session: row! };
    },

    async insertSessionChange({ change }: { change: typeof courseSessionChangesTable.$inferInsert }) {
      await db.insert(courseSessionChangesTable).values(change);
    },

    /** The moves and cancellations of the groups' sessions, oldest first, with who made them. */
    async listSessionChanges({ groupIds }: { groupIds: string[] }) {
      if (groupIds.length === 0) return { rows: [] };
      const rows = await db
        .select({
          sessionId: courseSessionChangesTable.sessionId,
          groupId: courseSessionChangesTable.groupId,
          kind: courseSessionChangesTable.kind,
          previousDate: courseSessionChangesTable.previousDate,
          previousStartTime: courseSessionChangesTable.previousStartTime,
          date: courseSessionChangesTable.date,
          startTime: courseSessionChangesTable.startTime,
          changedAt: courseSessionChangesTable.changedAt,
        })
        .from(courseSessionChangesTable)
        .where(inArray(courseSessionChangesTable.groupId, groupIds))
        .orderBy(asc(courseSessionChangesTable.changedAt), asc(courseSessionChangesTable.id));
      return { rows };
    },

    /** Everyone who was ever on the group's roster, with client fields a coordinator may see. */
    async listRoster({ groupIds }: { groupIds: string[] }) {
      if (groupIds.length === 0) return { rows: [] };
      const rows = await db
        .select({
          enrolmentId: enrolmentsTable.id,
          groupId: enrolmentsTable.groupId,
          tenantId: enrolmentsTable.tenantId,
          clientId: enrolmentsTable.clientId,
          firstName: clientsTable.firstName,
          lastName: clientsTable.lastName,
          preferredLanguage: clientsTable.preferredLanguage,
          phone: clientsTable.phone,
          skillLevel: sql<
            'none' | 'basic' | 'independent' | null
          >`(SELECT ${intakesTable.skillLevel} FROM ${intakesTable} WHERE ${intakesTable.clientId} = ${clientsTable.id} AND ${intakesTable.tenantId} = ${enrolmentsTable.tenantId} ORDER BY ${intakesTable.createdAt} DESC LIMIT 1)`,
          status: enrolmentsTable.status,
          position: enrolmentsTable.position,
          progressNote: enrolmentsTable.progressNote,
          withdrawnAt: enrolmentsTable.withdrawnAt,
          withdrawnReason: enrolmentsTable.withdrawnReason,
          withdrawnNote: enrolmentsTable.withdrawnNote,
        })
        .from(enrolmentsTable)
        .innerJoin(
          clientsTable,
          and(
            eq(clientsTable.id, enrolmentsTable.clientId),
            eq(clientsTable.tenantId, enrolmentsTable.tenantId),
          ),
        )
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
      if (enrolmentIds.length === 0) return { rows: [] };
      const rows = await db
        .select({
          enrolmentId: attendanceTable.enrolmentId,
          sessionId: attendanceTable.sessionId,
          status: attendanceTable.status,
        })
        .from(attendanceTable)
        .where(inArray(attendanceTable.enrolmentId, enrolmentIds));
      return { rows };
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
      const [row] = await db
        .insert(referralsTable)
        .values(referral)
        .onConflictDoUpdate({
          target: referralsTable.enrolmentId,
          set: {
            decision: referral.decision,
            courseName: referral.courseName,
            reason: referral.reason,
            decidedBy: referral.decidedBy,
            decidedAt: referral.decidedAt,
            updatedAt: referral.decidedAt,
          },
        })
        .returning();
      return { referral: row! };
    },

    async findEnrolmentOfOrg({ trainingOrgId, enrolmentId }: { trainingOrgId: string; enrolmentId: string }) {
      const [enrolment] = await db
        .select()
        .from(enrolmentsTable)
        .where(and(eq(enrolmentsTable.id, enrolmentId), eq(enrolmentsTable.trainingOrgId, trainingOrgId)))
        .limit(1);
      return { enrolment };
    },

    /** A client's enrolments in one tenant, for the welfare centre. */
    async listClientEnrolments({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const rows = await db
        .select({
          id: enrolmentsTable.id,
          groupId: courseGroupsTable.id,
          groupName: courseGroupsTable.name,
          settings: programmesTable.settings,
          status: enrolmentsTable.status,
          position: enrolmentsTable.position,
          progressNote: enrolmentsTable.progressNote,
          withdrawnAt: enrolmentsTable.withdrawnAt,
          withdrawnReason: enrolmentsTable.withdrawnReason,
          withdrawnNote: enrolmentsTable.withdrawnNote,
          firstSessionDate: sql<
            string | null
          >`(SELECT min(${courseSessionsTable.date}) FROM ${courseSessionsTable} WHERE ${activeSessions})`,
        })
        .from(enrolmentsTable)
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
        .leftJoin(programmesTable, eq(programmesTable.id, enrolmentsTable.programmeId))
        .where(and(eq(enrolmentsTable.tenantId, tenantId), eq(enrolmentsTable.clientId, clientId)))
        .orderBy(asc(enrolmentsTable.enrolledAt), asc(enrolmentsTable.id));
      return { rows };
    },
  };
}

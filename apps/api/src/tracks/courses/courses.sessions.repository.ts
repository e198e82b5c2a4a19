import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsOf, findOne } from '../../ground/database/query-helpers';
import {
  courseGroupsTable,
  courseSessionChangesTable,
  courseSessionsTable,
  trainingLocationsTable,
} from '../training/training.tables';

/** The group's sessions that are not cancelled (inside a query on the groups). */
export const activeSessions = sql`${courseSessionsTable.groupId} = ${courseGroupsTable.id} AND ${courseSessionsTable.cancelledAt} IS NULL`;

/** The day of the group's first session that is not cancelled; null while none is planned. */
export const firstSessionDate = sql<
  string | null
>`(SELECT min(${courseSessionsTable.date}) FROM ${courseSessionsTable} WHERE ${activeSessions})`;

/** The sessions of the course groups, their clashes and the record of their moves and cancellations. */
export function createCourseSessionsRepository({ db }: { db: Database }) {
  return {
    async listSessions({ groupId }: { groupId: string }) {
      const rows = await db
        .select({
          ...columnsOf(courseSessionsTable, ['id', 'date', 'startTime', 'endTime', 'locationId']),
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
      return { session: await findOne(db, courseSessionsTable, { id: sessionId, trainingOrgId }) };
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
        .select(
          columnsOf(courseSessionChangesTable, [
            'sessionId',
            'groupId',
            'kind',
            'previousDate',
            'previousStartTime',
            'date',
            'startTime',
            'changedAt',
          ]),
        )
        .from(courseSessionChangesTable)
        .where(inArray(courseSessionChangesTable.groupId, groupIds))
        .orderBy(asc(courseSessionChangesTable.changedAt), asc(courseSessionChangesTable.id));
      return { rows };
    },
  };
}

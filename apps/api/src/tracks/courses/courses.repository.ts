import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { insertOne } from '../../ground/database/query-helpers';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import {
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  trainingLocationsTable,
} from '../training/training.tables';
import { createCourseLocationsRepository } from './courses.locations.repository';
import { createCourseRosterRepository } from './courses.roster.repository';
import {
  activeSessions,
  createCourseSessionsRepository,
  firstSessionDate,
} from './courses.sessions.repository';

/** The course groups of a training organisation, with their places, sessions and rosters. */
export function createCoursesRepository({ db }: { db: Database }) {
  return {
    ...createCourseLocationsRepository({ db }),
    ...createCourseSessionsRepository({ db }),
    ...createCourseRosterRepository({ db }),

    async listGroups({ trainingOrgId, groupId }: { trainingOrgId: string; groupId?: string }) {
      const conditions: SQL[] = [eq(courseGroupsTable.trainingOrgId, trainingOrgId)];
      if (groupId) conditions.push(eq(courseGroupsTable.id, groupId));
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
          firstSessionDate,
          lastSessionDate: sql<
            string | null
          >`(SELECT max(${courseSessionsTable.date}) FROM ${courseSessionsTable} WHERE ${activeSessions})`,
        })
        .from(courseGroupsTable)
        .leftJoin(programmesTable, eq(programmesTable.id, courseGroupsTable.programmeId))
        .leftJoin(trainingLocationsTable, eq(trainingLocationsTable.id, courseGroupsTable.locationId))
        .leftJoin(usersTable, eq(usersTable.id, courseGroupsTable.teacherUserId))
        .where(and(...conditions))
        .orderBy(sql`${firstSessionDate} DESC NULLS FIRST`, asc(courseGroupsTable.name))
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
      return { group: await insertOne(db, courseGroupsTable, group) };
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
  };
}

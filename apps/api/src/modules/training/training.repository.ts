import { and, asc, eq, gte, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../app/database';
import {
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  trainingLocationsTable,
} from './training.tables';

export function createTrainingRepository({ db }: { db: Database }) {
  return {
    /** Sessions on or after `fromDate`: of one teacher's groups, or of the whole training organisation. */
    async listUpcomingSessions({
      trainingOrgId,
      teacherUserId,
      fromDate,
    }: {
      trainingOrgId: string;
      teacherUserId: string | undefined;
      fromDate: string;
    }) {
      const sessionLocation = alias(trainingLocationsTable, 'session_location');
      const groupLocation = alias(trainingLocationsTable, 'group_location');
      const conditions: SQL[] = [
        eq(courseSessionsTable.trainingOrgId, trainingOrgId),
        gte(courseSessionsTable.date, fromDate),
        isNull(courseSessionsTable.cancelledAt),
      ];
      if (teacherUserId) conditions.push(eq(courseGroupsTable.teacherUserId, teacherUserId));
      const rows = await db
        .select({
          id: courseSessionsTable.id,
          groupId: courseGroupsTable.id,
          groupName: courseGroupsTable.name,
          date: courseSessionsTable.date,
          startTime: courseSessionsTable.startTime,
          endTime: courseSessionsTable.endTime,
          locationName: sql<string | null>`coalesce(${sessionLocation.name}, ${groupLocation.name})`,
          enrolledCount: sql<number>`(SELECT count(*)::int FROM ${enrolmentsTable} WHERE ${enrolmentsTable.groupId} = ${courseGroupsTable.id} AND ${enrolmentsTable.status} = 'enrolled')`,
        })
        .from(courseSessionsTable)
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, courseSessionsTable.groupId))
        .leftJoin(sessionLocation, eq(sessionLocation.id, courseSessionsTable.locationId))
        .leftJoin(groupLocation, eq(groupLocation.id, courseGroupsTable.locationId))
        .where(and(...conditions))
        .orderBy(
          asc(courseSessionsTable.date),
          asc(courseSessionsTable.startTime),
          asc(courseSessionsTable.id),
        )
        .limit(500);
      return { rows };
    },
  };
}

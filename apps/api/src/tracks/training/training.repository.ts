import { and, asc, eq, gte, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../ground/database/database';
import { preparedPerDatabase } from '../../ground/database/prepared';
import {
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  trainingLocationsTable,
} from './training.tables';

const sessionLocation = alias(trainingLocationsTable, 'session_location');
const groupLocation = alias(trainingLocationsTable, 'group_location');

function upcomingSessionsQuery({ db, ofTeacher }: { db: Database; ofTeacher: boolean }) {
  const conditions: SQL[] = [
    eq(courseSessionsTable.trainingOrgId, sql.placeholder('trainingOrgId')),
    gte(courseSessionsTable.date, sql.placeholder('fromDate')),
    isNull(courseSessionsTable.cancelledAt),
  ];
  if (ofTeacher) conditions.push(eq(courseGroupsTable.teacherUserId, sql.placeholder('teacherUserId')));
  return db
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
    .orderBy(asc(courseSessionsTable.date), asc(courseSessionsTable.startTime), asc(courseSessionsTable.id))
    .limit(500)
    .prepare(ofTeacher ? 'training_upcoming_sessions_of_teacher' : 'training_upcoming_sessions');
}

// A teacher's session list runs on every opening of the app: built once and prepared.
const upcomingSessionsQueries = preparedPerDatabase((db) => ({
  ofTeacher: upcomingSessionsQuery({ db, ofTeacher: true }),
  ofOrganisation: upcomingSessionsQuery({ db, ofTeacher: false }),
}));

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
      const queries = upcomingSessionsQueries(db);
      const rows = teacherUserId
        ? await queries.ofTeacher.execute({ trainingOrgId, teacherUserId, fromDate })
        : await queries.ofOrganisation.execute({ trainingOrgId, fromDate });
      return { rows };
    },
  };
}

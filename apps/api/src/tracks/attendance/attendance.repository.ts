import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf, findOne, upsertOne } from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { learnerClientJoin, learnerColumns } from '../training/training.learners';
import {
  attendanceTable,
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  trainingLocationsTable,
} from '../training/training.tables';

/** Who is asking: a teacher sees only the sessions of their own groups. */
export type TrainingViewer = { trainingOrgId: string; teacherUserId: string | undefined };

export function createAttendanceRepository({ db }: { db: Database }) {
  return {
    async findSession({ sessionId, viewer }: { sessionId: string; viewer: TrainingViewer }) {
      const sessionLocation = alias(trainingLocationsTable, 'session_location');
      const groupLocation = alias(trainingLocationsTable, 'group_location');
      const conditions: SQL[] = [
        eq(courseSessionsTable.id, sessionId),
        eq(courseSessionsTable.trainingOrgId, viewer.trainingOrgId),
      ];
      if (viewer.teacherUserId) conditions.push(eq(courseGroupsTable.teacherUserId, viewer.teacherUserId));
      const [session] = await db
        .select({
          id: courseSessionsTable.id,
          groupId: courseGroupsTable.id,
          groupName: courseGroupsTable.name,
          programmeId: courseGroupsTable.programmeId,
          settings: programmesTable.settings,
          ...columnsOf(courseSessionsTable, ['date', 'startTime', 'endTime', 'cancelledAt']),
          locationName: sql<string | null>`coalesce(${sessionLocation.name}, ${groupLocation.name})`,
        })
        .from(courseSessionsTable)
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, courseSessionsTable.groupId))
        .leftJoin(programmesTable, eq(programmesTable.id, courseGroupsTable.programmeId))
        .leftJoin(sessionLocation, eq(sessionLocation.id, courseSessionsTable.locationId))
        .leftJoin(groupLocation, eq(groupLocation.id, courseGroupsTable.locationId))
        .where(and(...conditions))
        .limit(1);
      return { session };
    },

    /** The enrolled learners of a group with their mark for one session (none yet: null). */
    async listLearners({ groupId, sessionId }: { groupId: string; sessionId: string }) {
      const rows = await db
        .select({
          enrolmentId: enrolmentsTable.id,
          tenantId: enrolmentsTable.tenantId,
          clientId: clientsTable.id,
          ...learnerColumns,
          status: attendanceTable.status,
          note: attendanceTable.note,
          markedAt: attendanceTable.markedAt,
          progressNote: enrolmentsTable.progressNote,
        })
        .from(enrolmentsTable)
        .innerJoin(clientsTable, learnerClientJoin)
        .leftJoin(
          attendanceTable,
          and(eq(attendanceTable.enrolmentId, enrolmentsTable.id), eq(attendanceTable.sessionId, sessionId)),
        )
        .where(columnsEqual(enrolmentsTable, { groupId, status: 'enrolled' }))
        .orderBy(asc(clientsTable.lastName), asc(clientsTable.firstName), asc(enrolmentsTable.id));
      return { rows };
    },

    async findEnrolmentInGroup({ enrolmentId, groupId }: { enrolmentId: string; groupId: string }) {
      return { enrolment: await findOne(db, enrolmentsTable, { id: enrolmentId, groupId }) };
    },

    async findMark({ sessionId, enrolmentId }: { sessionId: string; enrolmentId: string }) {
      const [mark] = await db
        .select()
        .from(attendanceTable)
        .where(columnsEqual(attendanceTable, { sessionId, enrolmentId }))
        .for('update')
        .limit(1);
      return { mark };
    },

    /** Removes a learner's mark for a session; gives back the removed row, if there was one. */
    async deleteMark({ sessionId, enrolmentId }: { sessionId: string; enrolmentId: string }) {
      const [mark] = await db
        .delete(attendanceTable)
        .where(columnsEqual(attendanceTable, { sessionId, enrolmentId }))
        .returning();
      return { mark };
    },

    /** Sets the one mark of a learner for a session (a second request updates the same row). */
    async upsertMark({ mark }: { mark: typeof attendanceTable.$inferInsert }) {
      const row = await upsertOne(db, attendanceTable, mark, {
        target: [attendanceTable.sessionId, attendanceTable.enrolmentId],
        set: {
          status: mark.status,
          note: mark.note,
          markedBy: mark.markedBy,
          markedAt: mark.markedAt,
          updatedAt: mark.markedAt,
        },
      });
      return { mark: row };
    },

    async setProgressNote({ enrolmentId, note, at }: { enrolmentId: string; note: string; at: Date }) {
      await db
        .update(enrolmentsTable)
        .set({ progressNote: note, progressNoteAt: at, updatedAt: at })
        .where(eq(enrolmentsTable.id, enrolmentId));
    },

    /** An enrolment the viewer may write a progress note for: in their organisation, and their group if a teacher. */
    async findEnrolmentForViewer({ enrolmentId, viewer }: { enrolmentId: string; viewer: TrainingViewer }) {
      const conditions: SQL[] = [
        eq(enrolmentsTable.id, enrolmentId),
        eq(enrolmentsTable.trainingOrgId, viewer.trainingOrgId),
      ];
      if (viewer.teacherUserId) conditions.push(eq(courseGroupsTable.teacherUserId, viewer.teacherUserId));
      const [row] = await db
        .select({ enrolment: enrolmentsTable })
        .from(enrolmentsTable)
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
        .where(and(...conditions))
        .limit(1);
      return { enrolment: row?.enrolment };
    },
  };
}

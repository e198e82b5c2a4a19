import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf, inTenant, ofClient } from '../../ground/database/query-helpers';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { actorNames, joinActor } from '../../records/users/users.actors.repository';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { signalsTable } from '../signals/signals.tables';
import {
  attendanceTable,
  courseGroupsTable,
  courseSessionChangesTable,
  courseSessionsTable,
  enrolmentsTable,
} from '../training/training.tables';
import { visitReportColumns } from '../visits/visits.repository';
import { visitsTable } from '../visits/visits.tables';

/** Every query is filtered on the client's tenant, so another tenant's client has no observations. */
export function createObservationsRepository({ db }: { db: Database }) {
  return {
    async listVisits({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const visits = db
        .select({
          visitId: visitsTable.id,
          chequeCode: chequesTable.code,
          ...visitReportColumns,
          studentName: usersTable.displayName,
          organisationName: organisationsTable.name,
        })
        .from(visitsTable)
        .innerJoin(chequesTable, eq(chequesTable.id, visitsTable.chequeId))
        .$dynamic();
      const rows = await joinActor(visits, {
        user: visitsTable.studentUserId,
        organisation: visitsTable.homeHelpOrgId,
      })
        .where(inTenant(visitsTable, tenantId, ofClient(chequesTable, { tenantId, clientId })))
        .orderBy(asc(visitsTable.visitedOn));
      return { visits: rows };
    },

    /** A student's "not at home": only the audit log records it (`cheque.no_show`). */
    async listNoShows({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const entries = db
        .select({ ...columnsOf(auditLogTable, ['id', 'at', 'resource']), ...actorNames })
        .from(auditLogTable)
        .$dynamic();
      const rows = await joinActor(entries, {
        user: auditLogTable.actorUserId,
        organisation: auditLogTable.actorOrgId,
      })
        .where(
          columnsEqual(auditLogTable, { tenantId, clientId, action: 'cheque.no_show', outcome: 'success' }),
        )
        .orderBy(asc(auditLogTable.at));
      const chequeIds = rows.map((row) => row.resource.replace(/^cheque:/, ''));
      const cheques =
        chequeIds.length === 0
          ? []
          : await db
              .select({ id: chequesTable.id, code: chequesTable.code })
              .from(chequesTable)
              .where(inTenant(chequesTable, tenantId, inArray(chequesTable.id, chequeIds)));
      const codeOf = new Map(cheques.map((cheque) => [cheque.id, cheque.code]));
      return {
        noShows: rows.map((row) => ({
          ...row,
          chequeCode: codeOf.get(row.resource.replace(/^cheque:/, '')) ?? '',
        })),
      };
    },

    /** Every attendance mark of the client, with the teacher's note and the session's day. */
    async listAttendance({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const marks = db
        .select({
          id: attendanceTable.id,
          status: attendanceTable.status,
          note: attendanceTable.note,
          date: courseSessionsTable.date,
          startTime: courseSessionsTable.startTime,
          groupName: courseGroupsTable.name,
          teacherName: usersTable.displayName,
          organisationName: organisationsTable.name,
        })
        .from(attendanceTable)
        .innerJoin(enrolmentsTable, eq(enrolmentsTable.id, attendanceTable.enrolmentId))
        .innerJoin(courseSessionsTable, eq(courseSessionsTable.id, attendanceTable.sessionId))
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, courseSessionsTable.groupId))
        .$dynamic();
      const rows = await joinActor(marks, {
        user: attendanceTable.markedBy,
        organisation: attendanceTable.trainingOrgId,
      })
        .where(inTenant(attendanceTable, tenantId, ofClient(enrolmentsTable, { tenantId, clientId })))
        .orderBy(asc(courseSessionsTable.date));
      return { attendance: rows };
    },

    /** Moved and cancelled lessons of the groups the client is or was enrolled in. */
    async listSessionChanges({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const changes = db
        .select({
          ...columnsOf(courseSessionChangesTable, ['id', 'kind', 'previousDate', 'date', 'changedAt']),
          groupName: courseGroupsTable.name,
          ...actorNames,
        })
        .from(courseSessionChangesTable)
        .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, courseSessionChangesTable.groupId))
        .$dynamic();
      const rows = await joinActor(changes, {
        user: courseSessionChangesTable.changedBy,
        organisation: courseSessionChangesTable.trainingOrgId,
      })
        .where(
          and(
            inArray(courseSessionChangesTable.kind, ['moved', 'cancelled']),
            sql`${courseSessionChangesTable.groupId} IN (SELECT ${enrolmentsTable.groupId} FROM ${enrolmentsTable} WHERE ${enrolmentsTable.tenantId} = ${tenantId} AND ${enrolmentsTable.clientId} = ${clientId})`,
          ),
        )
        .orderBy(asc(courseSessionChangesTable.changedAt));
      return { changes: rows };
    },

    /** The client's unresolved "student asks for follow-up" signals; the key ends in the cheque's code. */
    async listFollowUpSignals({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const rows = await db
        .select({ id: signalsTable.id, subjectId: signalsTable.subjectId })
        .from(signalsTable)
        .where(
          ofClient(
            signalsTable,
            { tenantId, clientId },
            eq(signalsTable.kind, 'visit.needs_follow_up'),
            inArray(signalsTable.status, ['open', 'snoozed']),
          ),
        );
      return { signals: rows };
    },
  };
}

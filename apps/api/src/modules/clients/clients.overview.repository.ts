import { and, asc, desc, eq, inArray, ne, notLike, sql } from 'drizzle-orm';
import type { Database } from '../app/database';
import { auditLogTable } from '../audit/audit.tables';
import { chequesTable, visitsTable } from '../cheques/cheques.tables';
import { deviceEventsTable, devicesTable } from '../devices/devices.tables';
import {
  buddyMeetingsTable,
  buddyPairingsTable,
  digipuntInfoRecordsTable,
} from '../guidance/guidance.tables';
import { intakesTable } from '../intake/intake.tables';
import { organisationsTable } from '../organisations/organisations.tables';
import { wavesTable } from '../programmes/programmes.tables';
import { signalsTable } from '../signals/signals.tables';
import { courseGroupsTable, enrolmentsTable, referralsTable } from '../training/training.tables';
import { usersTable } from '../users/users.tables';

/** Audit actions that no track row records by itself, so the timeline takes them from the audit log. */
export const AUDIT_ONLY_TIMELINE_ACTIONS = [
  'client.update',
  'intake.draft_saved',
  'device.pickup_booked',
  'course_session.moved',
  'course_session.cancelled',
  'course_session.restored',
] as const;

/** Audit actions read only to name who did something a track row records without its actor. */
const ACTOR_ONLY_ACTIONS = ['cheque.cancel'] as const;

/** Every row the client page shows, read in parallel; each query is scoped to the tenant. */
export function createClientOverviewRepository({ db }: { db: Database }) {
  return {
    async getOverviewRows({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const [
        intakes,
        devices,
        deviceEvents,
        cheques,
        enrolments,
        referrals,
        buddies,
        buddyMeetings,
        digipuntInfo,
        signals,
        audit,
      ] = await Promise.all([
        db
          .select({ intake: intakesTable, waveName: wavesTable.name })
          .from(intakesTable)
          .leftJoin(wavesTable, eq(wavesTable.id, intakesTable.waveId))
          .where(and(eq(intakesTable.tenantId, tenantId), eq(intakesTable.clientId, clientId)))
          .orderBy(desc(intakesTable.createdAt))
          .limit(1),
        db
          .select()
          .from(devicesTable)
          .where(and(eq(devicesTable.tenantId, tenantId), eq(devicesTable.holderClientId, clientId))),
        db
          .select({ event: deviceEventsTable, serial: devicesTable.serial, model: devicesTable.model })
          .from(deviceEventsTable)
          .innerJoin(devicesTable, eq(devicesTable.id, deviceEventsTable.deviceId))
          .where(and(eq(deviceEventsTable.tenantId, tenantId), eq(deviceEventsTable.clientId, clientId)))
          .orderBy(asc(deviceEventsTable.at)),
        db
          .select({ cheque: chequesTable, visit: visitsTable })
          .from(chequesTable)
          .leftJoin(visitsTable, eq(visitsTable.chequeId, chequesTable.id))
          .where(and(eq(chequesTable.tenantId, tenantId), eq(chequesTable.clientId, clientId)))
          .orderBy(
            asc(chequesTable.issuedAt),
            desc(sql`${chequesTable.purpose} = 'installation'`),
            asc(chequesTable.id),
          ),
        db
          .select({ enrolment: enrolmentsTable, groupName: courseGroupsTable.name })
          .from(enrolmentsTable)
          .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
          .where(and(eq(enrolmentsTable.tenantId, tenantId), eq(enrolmentsTable.clientId, clientId)))
          .orderBy(asc(enrolmentsTable.enrolledAt)),
        db
          .select()
          .from(referralsTable)
          .where(and(eq(referralsTable.tenantId, tenantId), eq(referralsTable.clientId, clientId))),
        db
          .select()
          .from(buddyPairingsTable)
          .where(and(eq(buddyPairingsTable.tenantId, tenantId), eq(buddyPairingsTable.clientId, clientId)))
          .orderBy(desc(buddyPairingsTable.startedOn), desc(buddyPairingsTable.createdAt)),
        db
          .select()
          .from(buddyMeetingsTable)
          .where(and(eq(buddyMeetingsTable.tenantId, tenantId), eq(buddyMeetingsTable.clientId, clientId)))
          .orderBy(asc(buddyMeetingsTable.metOn)),
        db
          .select()
          .from(digipuntInfoRecordsTable)
          .where(
            and(
              eq(digipuntInfoRecordsTable.tenantId, tenantId),
              eq(digipuntInfoRecordsTable.clientId, clientId),
            ),
          )
          .orderBy(asc(digipuntInfoRecordsTable.givenAt)),
        db
          .select()
          .from(signalsTable)
          .where(
            and(
              eq(signalsTable.tenantId, tenantId),
              eq(signalsTable.clientId, clientId),
              ne(signalsTable.status, 'resolved'),
            ),
          )
          .orderBy(asc(signalsTable.dueAt)),
        db
          .select()
          .from(auditLogTable)
          .where(
            and(
              eq(auditLogTable.tenantId, tenantId),
              eq(auditLogTable.clientId, clientId),
              eq(auditLogTable.outcome, 'success'),
              notLike(auditLogTable.action, '%.read'),
              inArray(auditLogTable.action, [...AUDIT_ONLY_TIMELINE_ACTIONS, ...ACTOR_ONLY_ACTIONS]),
            ),
          )
          .orderBy(asc(auditLogTable.at))
          .limit(200),
      ]);
      return {
        intake: intakes[0],
        devices,
        deviceEvents,
        cheques,
        enrolments,
        referrals,
        buddies,
        buddyMeetings,
        digipuntInfo,
        signals,
        audit,
      };
    },

    /** The names of the users a page mentions and of their organisations. */
    async findActors({ userIds }: { userIds: string[] }) {
      if (userIds.length === 0)
        return { actors: new Map<string, { name: string; organisationName: string }>() };
      const rows = await db
        .select({
          id: usersTable.id,
          name: usersTable.displayName,
          organisationName: organisationsTable.name,
        })
        .from(usersTable)
        .innerJoin(organisationsTable, eq(organisationsTable.id, usersTable.organisationId))
        .where(inArray(usersTable.id, [...new Set(userIds)]));
      return {
        actors: new Map(
          rows.map((row) => [row.id, { name: row.name, organisationName: row.organisationName }]),
        ),
      };
    },
  };
}

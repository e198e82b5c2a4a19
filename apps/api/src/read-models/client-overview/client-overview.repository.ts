import { asc, desc, eq, inArray, ne, notLike, sql } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import type { Database } from '../../ground/database/database';
import { preparedPerDatabase } from '../../ground/database/prepared';
import { inTenant, ofClient } from '../../ground/database/query-helpers';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { wavesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import {
  buddyMeetingsTable,
  buddyPairingsTable,
  digipuntInfoRecordsTable,
} from '../../tracks/guidance/guidance.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { messagesTable } from '../../tracks/messages/messages.tables';
import { signalsTable } from '../../tracks/signals/signals.tables';
import { courseGroupsTable, enrolmentsTable, referralsTable } from '../../tracks/training/training.tables';
import { visitsTable } from '../../tracks/visits/visits.tables';

/**
 * Audit actions that no track row records by itself, so the timeline takes them from the audit log.
 * An intake's saves in between (the form saves a draft at every step) are not among them: the intake
 * shows once, when it started, and again when it is decided.
 */
export const AUDIT_ONLY_TIMELINE_ACTIONS = [
  'client.update',
  'device.pickup_booked',
  'cheque.no_show',
  'course_session.moved',
  'course_session.cancelled',
  'course_session.restored',
  'info_moment.one_to_one',
] as const;

/** Audit actions read only to name who did something a track row records without its actor. */
const ACTOR_ONLY_ACTIONS = ['cheque.cancel'] as const;

/** The client every overview query reads, as placeholders of its prepared statements. */
const clientParams = { tenantId: sql.placeholder('tenantId'), clientId: sql.placeholder('clientId') };

// The client page runs these on every view: built once, and prepared, so they go out pipelined in
// one round trip and PostgreSQL does not plan them again each time.
const overviewQueries = preparedPerDatabase((db) => ({
  intakes: db
    .select({ intake: intakesTable, waveName: wavesTable.name })
    .from(intakesTable)
    .leftJoin(wavesTable, eq(wavesTable.id, intakesTable.waveId))
    .where(ofClient(intakesTable, clientParams))
    .orderBy(desc(intakesTable.createdAt))
    .limit(1)
    .prepare('overview_intakes'),
  devices: db
    .select()
    .from(devicesTable)
    .where(
      inTenant(devicesTable, clientParams.tenantId, eq(devicesTable.holderClientId, clientParams.clientId)),
    )
    .prepare('overview_devices'),
  deviceEvents: db
    .select({ event: deviceEventsTable, serial: devicesTable.serial, model: devicesTable.model })
    .from(deviceEventsTable)
    .innerJoin(devicesTable, eq(devicesTable.id, deviceEventsTable.deviceId))
    .where(ofClient(deviceEventsTable, clientParams))
    .orderBy(asc(deviceEventsTable.at))
    .prepare('overview_device_events'),
  cheques: db
    .select({ cheque: chequesTable, visit: visitsTable })
    .from(chequesTable)
    .leftJoin(visitsTable, eq(visitsTable.chequeId, chequesTable.id))
    .where(ofClient(chequesTable, clientParams))
    .orderBy(
      asc(chequesTable.issuedAt),
      desc(sql`${chequesTable.purpose} = 'installation'`),
      asc(chequesTable.id),
    )
    .prepare('overview_cheques'),
  enrolments: db
    .select({ enrolment: enrolmentsTable, groupName: courseGroupsTable.name })
    .from(enrolmentsTable)
    .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
    .where(ofClient(enrolmentsTable, clientParams))
    .orderBy(asc(enrolmentsTable.enrolledAt))
    .prepare('overview_enrolments'),
  referrals: db
    .select()
    .from(referralsTable)
    .where(ofClient(referralsTable, clientParams))
    .prepare('overview_referrals'),
  buddies: db
    .select()
    .from(buddyPairingsTable)
    .where(ofClient(buddyPairingsTable, clientParams))
    .orderBy(desc(buddyPairingsTable.startedOn), desc(buddyPairingsTable.createdAt))
    .prepare('overview_buddies'),
  buddyMeetings: db
    .select()
    .from(buddyMeetingsTable)
    .where(ofClient(buddyMeetingsTable, clientParams))
    .orderBy(asc(buddyMeetingsTable.metOn))
    .prepare('overview_buddy_meetings'),
  digipuntInfo: db
    .select()
    .from(digipuntInfoRecordsTable)
    .where(ofClient(digipuntInfoRecordsTable, clientParams))
    .orderBy(asc(digipuntInfoRecordsTable.givenAt))
    .prepare('overview_digipunt_info'),
  signals: db
    .select()
    .from(signalsTable)
    .where(ofClient(signalsTable, clientParams, ne(signalsTable.status, 'resolved')))
    .orderBy(asc(signalsTable.dueAt))
    .prepare('overview_signals'),
  messages: db
    .select({ message: messagesTable, organisationName: organisationsTable.name })
    .from(messagesTable)
    .innerJoin(organisationsTable, eq(organisationsTable.id, messagesTable.orgId))
    .where(ofClient(messagesTable, clientParams))
    .orderBy(asc(messagesTable.createdAt))
    .limit(200)
    .prepare('overview_messages'),
  audit: db
    .select()
    .from(auditLogTable)
    .where(
      ofClient(
        auditLogTable,
        clientParams,
        eq(auditLogTable.outcome, 'success'),
        notLike(auditLogTable.action, '%.read'),
        inArray(auditLogTable.action, [...AUDIT_ONLY_TIMELINE_ACTIONS, ...ACTOR_ONLY_ACTIONS]),
      ),
    )
    .orderBy(asc(auditLogTable.at))
    .limit(200)
    .prepare('overview_audit'),
}));

/**
 * Runs every prepared query of `queries` with the same values, all sent at once, and answers their
 * rows under the same names.
 */
async function executeAll<
  Q extends Record<string, { execute: (values: Record<string, unknown>) => Promise<unknown> }>,
>({
  queries,
  values,
}: {
  queries: Q;
  values: Record<string, unknown>;
}): Promise<{ [K in keyof Q]: Awaited<ReturnType<Q[K]['execute']>> }> {
  const entries = Object.entries(queries) as [keyof Q, Q[keyof Q]][];
  const results = await Promise.all(entries.map(([, query]) => query.execute(values)));
  return Object.fromEntries(entries.map(([name], i) => [name, results[i]])) as {
    [K in keyof Q]: Awaited<ReturnType<Q[K]['execute']>>;
  };
}

/** Every row the client page shows, read in parallel; each query is scoped to the tenant. */
export function createClientOverviewRepository({ db }: { db: Database }) {
  return {
    async getOverviewRows({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const { intakes, ...rows } = await executeAll({
        queries: overviewQueries(db),
        values: { tenantId, clientId },
      });
      return { intake: intakes[0], ...rows };
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
        .where(inArray(usersTable.id, [...new Set(userIds)]))
        // Named, so it pipelines with the audit write beside it; a page names few users, so few shapes.
        .prepare('overview_actors')
        .execute();
      return {
        actors: new Map(
          rows.map((row) => [row.id, { name: row.name, organisationName: row.organisationName }]),
        ),
      };
    },
  };
}

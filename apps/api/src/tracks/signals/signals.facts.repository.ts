import {
  type AttendanceMark,
  type ChequePurpose,
  type ChequeStatus,
  type FollowUpFacts,
  type FollowUpThresholds,
  type Referral,
  type SessionChange,
  startOfCalendarDate,
  type TrainingSession,
} from '@digipakket/domain';
import { and, asc, desc, eq, inArray, isNotNull, max, ne, notLike, sql } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { type Database, queryRows } from '../../ground/database/database';
import { columnsEqual, columnsOf } from '../../ground/database/query-helpers';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { devicesTable } from '../../records/devices/devices.tables';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { chequeExpiryInstant } from '../cheques/cheques.mapping';
import { chequesTable } from '../cheques/cheques.tables';
import { intakesTable } from '../intake/intake.tables';
import { enrolledInBasicCourse, selectAttendanceMarks, selectLiveSessions } from '../training/training.facts';
import {
  courseGroupsTable,
  courseSessionChangesTable,
  enrolmentsTable,
  referralsTable,
} from '../training/training.tables';
import { visitsTable } from '../visits/visits.tables';
import { signalsTable } from './signals.tables';

/** Who acts on a client's signals: the welfare centre and the partners of the client's programme. */
export type ClientOwners = {
  tenantId: string;
  programmeId: string | null;
  welfareOrgId: string | null;
  homeHelpOrgId: string | null;
  trainingOrgId: string | null;
  thresholds: FollowUpThresholds;
};

// One query per kind of fact, each for the whole batch of clients.

const selectClients = (db: Database, ids: string[]) =>
  db
    .select({ id: clientsTable.id, tenantId: clientsTable.tenantId, updatedAt: clientsTable.updatedAt })
    .from(clientsTable)
    .where(inArray(clientsTable.id, ids));

/** The clients' intakes with their programme, oldest first (the last one per client counts). */
const selectIntakes = (db: Database, ids: string[]) =>
  db
    .select({
      ...columnsOf(intakesTable, ['clientId', 'programmeId', 'decision', 'closureKind', 'updatedAt']),
      settings: programmesTable.settings,
      homeHelpOrgId: programmesTable.homeHelpOrgId,
      trainingOrgId: programmesTable.trainingOrgId,
    })
    .from(intakesTable)
    .innerJoin(programmesTable, eq(programmesTable.id, intakesTable.programmeId))
    .where(inArray(intakesTable.clientId, ids))
    .orderBy(asc(intakesTable.createdAt));

/** The laptops reserved for or handed out to the clients. */
const selectHeldDevices = (db: Database, ids: string[]) =>
  db
    .select({
      clientId: devicesTable.holderClientId,
      ...columnsOf(devicesTable, ['id', 'status', 'reservedAt', 'handedOutAt', 'updatedAt']),
    })
    .from(devicesTable)
    .where(
      and(
        inArray(devicesTable.holderClientId, ids),
        inArray(devicesTable.status, ['reserved', 'handed_out']),
      ),
    );

const selectCheques = (db: Database, ids: string[]) =>
  db
    .select(
      columnsOf(chequesTable, [
        'clientId',
        'code',
        'purpose',
        'status',
        'validUntil',
        'homeHelpOrgId',
        'issuedAt',
      ]),
    )
    .from(chequesTable)
    .where(inArray(chequesTable.clientId, ids))
    .orderBy(asc(chequesTable.issuedAt), asc(chequesTable.code));

const selectVisits = (db: Database, ids: string[]) =>
  db
    .select({
      clientId: chequesTable.clientId,
      chequeCode: chequesTable.code,
      visitedOn: visitsTable.visitedOn,
      needsFollowUp: visitsTable.needsFollowUp,
    })
    .from(visitsTable)
    .innerJoin(chequesTable, eq(chequesTable.id, visitsTable.chequeId))
    .where(inArray(chequesTable.clientId, ids));

/** The clients' live enrolments in a basic course, oldest first. */
const selectBasicEnrolments = (db: Database, ids: string[]) =>
  db
    .select(columnsOf(enrolmentsTable, ['id', 'clientId', 'groupId', 'trainingOrgId']))
    .from(enrolmentsTable)
    .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, enrolmentsTable.groupId))
    .where(and(inArray(enrolmentsTable.clientId, ids), enrolledInBasicCourse))
    .orderBy(asc(enrolmentsTable.enrolledAt));

/** The time of each client's last successful change in the audit log. */
const selectLastAuditedChange = (db: Database, ids: string[]) =>
  db
    .select({ clientId: auditLogTable.clientId, at: max(auditLogTable.at) })
    .from(auditLogTable)
    .where(
      columnsEqual(
        auditLogTable,
        { outcome: 'success' },
        inArray(auditLogTable.clientId, ids),
        notLike(auditLogTable.action, '%read'),
      ),
    )
    .groupBy(auditLogTable.clientId);

/** The visits' follow-up signals a person answered (not closed by the sweep). */
const selectAnsweredFollowUps = (db: Database, ids: string[]) =>
  db
    .select({ clientId: signalsTable.clientId, subjectId: signalsTable.subjectId })
    .from(signalsTable)
    .where(
      columnsEqual(
        signalsTable,
        { kind: 'visit.needs_follow_up', status: 'resolved' },
        inArray(signalsTable.clientId, ids),
        isNotNull(signalsTable.resolvedBy),
        ne(signalsTable.resolvedBy, SYSTEM_RESOLVER),
      ),
    );

const selectWelfareOrgs = (db: Database, tenantIds: string[]) =>
  db
    .select({ id: organisationsTable.id, tenantId: organisationsTable.tenantId })
    .from(organisationsTable)
    .where(and(inArray(organisationsTable.tenantId, tenantIds), eq(organisationsTable.kind, 'welfare')))
    .orderBy(asc(organisationsTable.createdAt));

/** The tenants' active programmes, newest first: the first per tenant stands in for a client without intake. */
const selectDefaultProgrammes = (db: Database, tenantIds: string[]) =>
  db
    .select(columnsOf(programmesTable, ['id', 'tenantId', 'settings', 'homeHelpOrgId', 'trainingOrgId']))
    .from(programmesTable)
    .where(and(inArray(programmesTable.tenantId, tenantIds), eq(programmesTable.status, 'active')))
    .orderBy(desc(programmesTable.createdAt));

const selectReferrals = async (db: Database, enrolmentIds: string[]) =>
  enrolmentIds.length === 0
    ? []
    : db
        .select(columnsOf(referralsTable, ['enrolmentId', 'decision', 'courseName', 'reason']))
        .from(referralsTable)
        .where(inArray(referralsTable.enrolmentId, enrolmentIds));

const selectSessionChanges = async (db: Database, groupIds: string[]) =>
  groupIds.length === 0
    ? []
    : db
        .select(
          columnsOf(courseSessionChangesTable, [
            'sessionId',
            'groupId',
            'kind',
            'changedAt',
            'previousDate',
            'date',
          ]),
        )
        .from(courseSessionChangesTable)
        .where(inArray(courseSessionChangesTable.groupId, groupIds))
        .orderBy(asc(courseSessionChangesTable.changedAt));

/** The rows one of the queries above resolves to. */
type Rows<Select extends (db: Database, ids: string[]) => unknown> = Awaited<ReturnType<Select>>;

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K) {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** The training facts of one basic-course enrolment: its group's sessions, the marks, referral and changes. */
function trainingFacts({
  enrolment,
  sessions,
  marks,
  referral,
  changes,
  today,
}: {
  enrolment: Rows<typeof selectBasicEnrolments>[number];
  sessions: Rows<typeof selectLiveSessions>;
  marks: Awaited<ReturnType<typeof selectAttendanceMarks>>;
  referral: Rows<typeof selectReferrals>[number] | undefined;
  changes: Rows<typeof selectSessionChanges>;
  today: string;
}): FollowUpFacts['training'] {
  const groupSessions: TrainingSession[] = sessions.map((row) => ({
    id: row.id,
    date: row.date,
    start: row.start.slice(0, 5),
    end: row.end.slice(0, 5),
  }));
  const lastDate = groupSessions.reduce<string | null>(
    (latest, session) => (latest === null || session.date > latest ? session.date : latest),
    null,
  );
  return {
    groupId: enrolment.groupId,
    sessions: groupSessions,
    marks: marks.map((row): AttendanceMark => ({ sessionId: row.sessionId, status: row.status })),
    finishedOn: lastDate !== null && lastDate < today ? lastDate : null,
    referral: referral
      ? referral.decision === 'referred'
        ? ({ decision: 'referred', courseName: referral.courseName ?? '' } satisfies Referral)
        : ({ decision: 'not_referred', reason: referral.reason ?? '' } satisfies Referral)
      : null,
    changes: changes.map(
      (row): SessionChange => ({
        sessionId: row.sessionId,
        // A cancellation undone is, for the learner, one more change of plan.
        kind: row.kind === 'cancelled' ? 'cancelled' : 'moved',
        changedAt: row.changedAt,
        previousDate: row.previousDate,
        date: row.date,
      }),
    ),
  };
}

/** The laptop fact of a client: reserved or handed out, or none. */
function deviceFact(device: Rows<typeof selectHeldDevices>[number] | undefined): FollowUpFacts['device'] {
  if (!device) return null;
  return device.status === 'reserved'
    ? { status: 'reserved', deviceId: device.id, reservedAt: device.reservedAt ?? device.updatedAt }
    : { status: 'handed_out', deviceId: device.id, handedOutAt: device.handedOutAt ?? device.updatedAt };
}

/**
 * Loads the follow-up facts of a batch of clients: one query per kind of fact for the whole batch,
 * never one per client, so a sweep of thousands of clients makes a fixed number of round trips.
 */
export async function loadFollowUpFacts({
  db,
  clientIds,
  today,
  timeZone,
}: {
  db: Database;
  clientIds: readonly string[];
  /** The calendar date of "now", to tell held sessions from planned ones. */
  today: string;
  /** The programmes' time zone, in which a cheque's last day ends. */
  timeZone: string;
}): Promise<{ facts: FollowUpFacts[]; owners: Map<string, ClientOwners> }> {
  if (clientIds.length === 0) return { facts: [], owners: new Map() };
  const ids = [...clientIds];

  const [clients, intakes, devices, cheques, visits, enrolments, activity, answered, unreachable] =
    await Promise.all([
      selectClients(db, ids),
      selectIntakes(db, ids),
      selectHeldDevices(db, ids),
      selectCheques(db, ids),
      selectVisits(db, ids),
      selectBasicEnrolments(db, ids),
      selectLastAuditedChange(db, ids),
      selectAnsweredFollowUps(db, ids),
      selectUnreachable(db, ids),
    ]);

  const tenantIds = [...new Set(clients.map((client) => client.tenantId))];
  const enrolmentIds = enrolments.map((enrolment) => enrolment.id);
  const groupIds = [...new Set(enrolments.map((enrolment) => enrolment.groupId))];
  const [welfareOrgs, defaultProgrammes, sessions, marks, referrals, sessionChanges] = await Promise.all([
    selectWelfareOrgs(db, tenantIds),
    selectDefaultProgrammes(db, tenantIds),
    selectLiveSessions(db, groupIds),
    selectAttendanceMarks(db, { enrolmentIds }),
    selectReferrals(db, enrolmentIds),
    selectSessionChanges(db, groupIds),
  ]);

  const welfareByTenant = new Map<string, string>();
  for (const org of welfareOrgs)
    if (org.tenantId && !welfareByTenant.has(org.tenantId)) welfareByTenant.set(org.tenantId, org.id);
  const programmeByTenant = new Map<string, (typeof defaultProgrammes)[number]>();
  for (const programme of defaultProgrammes)
    if (!programmeByTenant.has(programme.tenantId)) programmeByTenant.set(programme.tenantId, programme);
  const latestIntake = new Map<string, (typeof intakes)[number]>();
  for (const intake of intakes) latestIntake.set(intake.clientId, intake);
  const lastActivity = new Map(activity.map((row) => [row.clientId, row.at]));
  const answeredKeys = new Set(answered.map((row) => row.subjectId));

  const devicesByClient = groupBy(devices, (row) => row.clientId);
  const chequesByClient = groupBy(cheques, (row) => row.clientId);
  const visitsByClient = groupBy(visits, (row) => row.clientId);
  const enrolmentsByClient = groupBy(enrolments, (row) => row.clientId);
  const sessionsByGroup = groupBy(sessions, (row) => row.groupId);
  const changesByGroup = groupBy(sessionChanges, (row) => row.groupId);
  const marksByEnrolment = groupBy(marks, (row) => row.enrolmentId);
  const referralByEnrolment = new Map(referrals.map((row) => [row.enrolmentId, row]));
  const unreachableByClient = groupBy(unreachable, (row) => row.clientId);

  const owners = new Map<string, ClientOwners>();
  const facts: FollowUpFacts[] = clients.map((client) => {
    const intake = latestIntake.get(client.id);
    const fallback = programmeByTenant.get(client.tenantId);
    const settings = readProgrammeSettings({ stored: intake?.settings ?? fallback?.settings });
    const enrolment = enrolmentsByClient.get(client.id)?.at(-1);
    const clientCheques = chequesByClient.get(client.id) ?? [];
    owners.set(client.id, {
      tenantId: client.tenantId,
      programmeId: intake?.programmeId ?? fallback?.id ?? null,
      welfareOrgId: welfareByTenant.get(client.tenantId) ?? null,
      homeHelpOrgId:
        clientCheques[0]?.homeHelpOrgId ?? intake?.homeHelpOrgId ?? fallback?.homeHelpOrgId ?? null,
      trainingOrgId: enrolment?.trainingOrgId ?? intake?.trainingOrgId ?? fallback?.trainingOrgId ?? null,
      thresholds: settings.followUp,
    });

    const device = devicesByClient.get(client.id)?.[0];
    const training = enrolment
      ? trainingFacts({
          enrolment,
          sessions: sessionsByGroup.get(enrolment.groupId) ?? [],
          marks: marksByEnrolment.get(enrolment.id) ?? [],
          referral: referralByEnrolment.get(enrolment.id),
          changes: changesByGroup.get(enrolment.groupId) ?? [],
          today,
        })
      : null;

    // The audit log names every change; the rows' own times cover data that came in without it (imports, the demo).
    const activity = [
      lastActivity.get(client.id),
      client.updatedAt,
      intake?.updatedAt,
      device?.updatedAt,
      ...clientCheques.map((cheque) => cheque.issuedAt),
      ...(visitsByClient.get(client.id) ?? []).map((visit) => startOfCalendarDate(visit.visitedOn)),
    ].filter((at): at is Date => at instanceof Date);
    const lastActivityAt = new Date(Math.max(...activity.map((at) => at.getTime())));
    const intakeOpen = !intake || (intake.closureKind === null && intake.decision !== 'rejected');
    return {
      clientId: client.id,
      open: intakeOpen,
      lastActivityAt,
      device: deviceFact(device),
      cheques: clientCheques.map((cheque) => ({
        code: cheque.code,
        purpose: cheque.purpose as ChequePurpose,
        status: cheque.status as ChequeStatus,
        validUntil: chequeExpiryInstant({ validUntil: cheque.validUntil, timeZone }),
      })),
      visits: (visitsByClient.get(client.id) ?? []).map((visit) => ({
        chequeCode: visit.chequeCode,
        date: visit.visitedOn,
        needsFollowUp: visit.needsFollowUp,
        followUpResolved: answeredKeys.has(`visit.needs_follow_up:${client.id}:${visit.chequeCode}`),
      })),
      training,
      unreachable: (unreachableByClient.get(client.id) ?? []).map(({ channel, failedAt }) => ({
        channel,
        failedAt,
      })),
    };
  });
  return { facts, owners };
}

/**
 * Per client and channel (SMS, e-mail), whether the last message that reached an end failed for good
 * while the client record still holds the number or address it went to.
 */
async function selectUnreachable(db: Database, clientIds: string[]) {
  const rows = await queryRows<{ client_id: string; channel: 'sms' | 'email'; failed_at: Date | string }>({
    db,
    query: sql`
      SELECT last.client_id, last.channel, last.failed_at FROM (
        SELECT DISTINCT ON (m.client_id, m.channel) m.client_id, m.channel, m.status, m.failed_at, m.recipient
        FROM messages m
        WHERE m.client_id IN (${sql.join(
          clientIds.map((id) => sql`${id}`),
          sql`, `,
        )})
          AND m.channel IN ('sms', 'email') AND m.status IN ('sent', 'delivered', 'failed')
        ORDER BY m.client_id, m.channel, coalesce(m.failed_at, m.delivered_at, m.sent_at) DESC, m.id DESC
      ) AS last
      JOIN clients c ON c.id = last.client_id
      WHERE last.status = 'failed'
        AND last.recipient = CASE last.channel WHEN 'sms' THEN c.phone ELSE c.email END`,
  });
  return rows.map((row) => ({
    clientId: row.client_id,
    channel: row.channel,
    failedAt: new Date(row.failed_at),
  }));
}

/** `resolved_by` of a signal the sweep closed because its cause went away (not a person's answer). */
export const SYSTEM_RESOLVER = 'system';

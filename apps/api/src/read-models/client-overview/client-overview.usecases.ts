import { type ChequeCode, deriveTrajectoryStatus, formatChequeCode } from '@digipakket/domain';
import type { ClientArgs } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { createClientsRepository } from '../../records/clients/clients.repository';
import type { Package } from '../../records/clients/clients.schemas';
import { auditClientRead } from '../../records/clients/clients.usecases';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { createInfoMomentsRepository } from '../../tracks/info-moments/info-moments.repository';
import { createTrackFactsRepository } from '../../tracks/trajectory/trajectory.facts.repository';
import { createTrajectoryRepository } from '../../tracks/trajectory/trajectory.repository';
import { NO_TRACK_FACTS, toTrajectoryFacts } from '../../tracks/trajectory/trajectory.status';
import { toClient } from './client-overview.clients.usecases';
import { AUDIT_ONLY_TIMELINE_ACTIONS, createClientOverviewRepository } from './client-overview.repository';
import type { ClientOverview, TimelineEntry } from './client-overview.schemas';

type IntakeVerdict = {
  eligible?: boolean;
  /** Older verdicts (and the demo data) say `ok` for eligible. */
  ok?: boolean;
  reasons?: { code: string }[];
  package?: Package;
  packageChangeReason?: string | null;
};

// Codes in the table were made by the domain's generator, so they are cheque codes already.
const displayCode = (code: string) => formatChequeCode(code as ChequeCode);

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : null);

// Buddy facts are calendar days; the timeline orders instants, so each day is placed mid-morning.
const buddyDay = (date: string) => new Date(`${date}T09:00:00.000Z`);

type OverviewRows = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createClientOverviewRepository>['getOverviewRows']>>
>;
type ClientRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createClientsRepository>['findClient']>>['client']
>;
type TrajectoryEvents = Awaited<
  ReturnType<ReturnType<typeof createTrajectoryRepository>['listEvents']>
>['events'];
type InfoInvitations = Awaited<
  ReturnType<ReturnType<typeof createInfoMomentsRepository>['listClientInvitations']>
>['rows'];
type Actors = Awaited<ReturnType<ReturnType<typeof createClientOverviewRepository>['findActors']>>['actors'];

/** What the client page is made of, as read from every track. */
type OverviewSources = {
  client: ClientRow;
  rows: OverviewRows;
  trajectoryEvents: TrajectoryEvents;
  infoInvitations: InfoInvitations;
  /** Who cancelled each cancelled cheque, by cheque id, from the audit log. */
  chequeCancellers: Map<string, string | null>;
};

/** Everyone named on the client page, to read their names at once. */
function actorIdsOf({
  client,
  rows,
  trajectoryEvents,
  infoInvitations,
  chequeCancellers,
}: OverviewSources): string[] {
  const intake = rows.intake?.intake;
  return [
    client.createdBy,
    intake?.createdBy,
    intake?.decidedBy,
    ...rows.deviceEvents.map((row) => row.event.actorUserId),
    ...rows.cheques.map((row) => row.visit?.studentUserId),
    ...chequeCancellers.values(),
    ...rows.referrals.map((row) => row.decidedBy),
    ...rows.audit.map((row) => row.actorUserId),
    ...rows.digipuntInfo.map((row) => row.givenBy),
    ...rows.buddies.flatMap((row) => [row.createdBy, row.endedBy]),
    ...rows.buddyMeetings.map((row) => row.createdBy),
    ...trajectoryEvents.map((row) => row.event.actorUserId),
    ...infoInvitations.flatMap(({ invitation }) => [invitation.invitedBy, invitation.recordedBy]),
  ].filter((id): id is string => typeof id === 'string');
}

/** What happened to the client, newest first, each with who did it and for which organisation. */
function buildTimeline({ sources, actors }: { sources: OverviewSources; actors: Actors }): TimelineEntry[] {
  const { client, rows, trajectoryEvents, infoInvitations, chequeCancellers } = sources;
  const intake = rows.intake?.intake;
  const entry = (
    at: Date | null | undefined,
    kind: string,
    actorId: string | null | undefined,
    detail: string | null = null,
  ): TimelineEntry[] => {
    if (!at) return [];
    const actor = actorId ? actors.get(actorId) : undefined;
    return [
      {
        at: at.toISOString(),
        kind,
        actorName: actor?.name ?? null,
        organisationName: actor?.organisationName ?? null,
        detail,
      },
    ];
  };

  return [
    ...entry(client.createdAt, 'client.created', client.createdBy),
    ...(intake
      ? [
          ...entry(intake.createdAt, 'intake.started', intake.createdBy),
          ...(intake.decision !== 'draft'
            ? entry(intake.decidedAt, `intake.${intake.decision}`, intake.decidedBy, intake.overrideReason)
            : []),
          ...(rows.digipuntInfo.length === 0
            ? entry(intake.digipuntInfoGivenAt, 'guidance.digipunt_info', null)
            : []),
          // Info given before moments and one-to-one sessions were recorded: the intake still tells it.
          ...(infoInvitations.some(({ invitation }) => invitation.attendance === 'attended') ||
          rows.audit.some((row) => row.action === 'info_moment.one_to_one')
            ? []
            : entry(intake.infoSessionAttendedAt, 'guidance.info_session', null)),
          // A closure recorded before its history was kept has no event: the intake still tells it.
          ...(intake.closureKind && trajectoryEvents.length === 0
            ? entry(intake.closedAt, `trajectory.${intake.closureKind}`, null, intake.closureReason)
            : []),
        ]
      : []),
    ...rows.deviceEvents.flatMap(({ event, serial, model }) =>
      entry(
        event.at,
        `device.${event.toStatus}`,
        event.actorUserId,
        [`${model} (${serial})`, event.reason].filter(Boolean).join(' — '),
      ),
    ),
    ...rows.cheques.flatMap(({ cheque, visit }) => [
      ...entry(cheque.issuedAt, 'cheque.issued', null, displayCode(cheque.code)),
      ...(visit
        ? entry(cheque.redeemedAt, 'cheque.redeemed', visit.studentUserId, displayCode(cheque.code))
        : []),
      ...(cheque.status === 'cancelled'
        ? entry(
            cheque.updatedAt,
            'cheque.cancelled',
            chequeCancellers.get(cheque.id),
            `${displayCode(cheque.code)} — ${cheque.cancelledReason ?? ''}`,
          )
        : []),
    ]),
    ...rows.enrolments.flatMap(({ enrolment, groupName }) => [
      ...entry(
        enrolment.enrolledAt,
        `training.${enrolment.status === 'waitlisted' ? 'waitlisted' : 'enrolled'}`,
        null,
        groupName,
      ),
      ...entry(enrolment.withdrawnAt, 'training.withdrawn', null, groupName),
    ]),
    ...rows.referrals.flatMap((referral) =>
      entry(
        referral.decidedAt,
        `training.${referral.decision}`,
        referral.decidedBy,
        referral.courseName ?? referral.reason,
      ),
    ),
    ...rows.digipuntInfo.flatMap((record) =>
      entry(
        record.givenAt,
        'guidance.digipunt_info',
        record.givenBy,
        record.points.map((point) => point.name).join(', '),
      ),
    ),
    ...rows.buddies.flatMap((buddy) => [
      ...entry(buddyDay(buddy.startedOn), 'guidance.buddy_started', buddy.createdBy, buddy.buddyName),
      ...(buddy.endedOn
        ? entry(buddyDay(buddy.endedOn), 'guidance.buddy_ended', buddy.endedBy, buddy.buddyName)
        : []),
    ]),
    ...rows.buddyMeetings.flatMap((meeting) =>
      entry(buddyDay(meeting.metOn), 'guidance.buddy_meeting', meeting.createdBy, meeting.note),
    ),
    ...infoInvitations.flatMap(({ invitation, moment }) => {
      const where = moment.place;
      return [
        ...entry(invitation.invitedAt, 'info_moment.invited', invitation.invitedBy, where),
        ...(invitation.attendance === 'invited'
          ? []
          : entry(
              invitation.recordedAt,
              `info_moment.${invitation.attendance}`,
              invitation.recordedBy,
              where,
            )),
      ];
    }),
    // Each message to the client once, at its latest step: `message.<kind>`, with `<channel>:<status>`
    // (and the reason of a failure or withdrawal) for the portal to put in words.
    ...rows.messages.map(({ message, organisationName }) => ({
      at: (
        message.deliveredAt ??
        message.failedAt ??
        message.withdrawnAt ??
        message.sentAt ??
        message.createdAt
      ).toISOString(),
      kind: `message.${message.kind}`,
      actorName: null,
      organisationName,
      detail: [message.channel, message.status, message.reason].filter(Boolean).join(':'),
    })),
    ...trajectoryEvents.flatMap(({ event }) =>
      entry(event.at, `trajectory.${event.kind}`, event.actorUserId, event.note || null),
    ),
    ...rows.audit
      .filter((row) => (AUDIT_ONLY_TIMELINE_ACTIONS as readonly string[]).includes(row.action))
      .flatMap((row) => entry(row.at, row.action, row.actorUserId)),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** The client's laptop: the one they hold, else the last one they had (returned, lost, cancelled). */
function deviceOverview({ rows }: { rows: OverviewRows }): ClientOverview['device'] {
  const handout = [...rows.deviceEvents].reverse().find((row) => row.event.toStatus === 'handed_out');
  const device = rows.devices[0] ?? null;
  const lastDevice = rows.deviceEvents.at(-1);
  return device
    ? {
        id: device.id,
        serial: device.serial,
        model: device.model,
        status: device.status,
        reservedAt: iso(device.reservedAt),
        handedOutAt: iso(device.handedOutAt),
        pickupAt: iso(device.pickupAt),
        signatureMethod: device.status === 'handed_out' ? (handout?.event.signatureMethod ?? null) : null,
      }
    : lastDevice
      ? {
          id: lastDevice.event.deviceId,
          serial: lastDevice.serial,
          model: lastDevice.model,
          status:
            lastDevice.event.toStatus === 'in_stock' ? 'reservation_cancelled' : lastDevice.event.toStatus,
          reservedAt: null,
          handedOutAt: iso(handout?.event.at),
          pickupAt: null,
          signatureMethod: null,
        }
      : null;
}

/** The client's cheques, each with its visit and the student's name. */
function chequesOverview({
  rows,
  actors,
}: {
  rows: OverviewRows;
  actors: Actors;
}): ClientOverview['cheques'] {
  return rows.cheques.map(({ cheque, visit }) => ({
    id: cheque.id,
    code: displayCode(cheque.code),
    purpose: cheque.purpose,
    status: cheque.status,
    validUntil: cheque.validUntil,
    issuedAt: cheque.issuedAt.toISOString(),
    appointmentAt: iso(cheque.appointmentAt),
    cancelledReason: cheque.cancelledReason,
    visit: visit
      ? {
          visitedOn: visit.visitedOn,
          minutes: visit.minutes,
          topics: visit.topics,
          studentName: actors.get(visit.studentUserId)?.name ?? null,
          needsFollowUp: visit.needsFollowUp,
        }
      : null,
  }));
}

/**
 * The client page: the derived status, every track, a timeline of what happened (newest first) and
 * the open signals. The read is audited like every read of a client's record.
 */
export async function getClientOverview({
  ctx,
  clientId,
}: ClientArgs): Promise<{ overview: ClientOverview }> {
  const { db, tenantId } = ctx;
  const clients = createClientsRepository({ db });
  const repository = createClientOverviewRepository({ db });
  const knownShape = isIdOf({ kind: 'client', value: clientId });
  // The record and its tracks are read together: every query is scoped to the caller's tenant, so for
  // another tenant's or a missing client they find nothing, and nothing is answered before the audit.
  const [{ client }, { facts }, rows, { events: trajectoryEvents }, { rows: infoInvitations }] = knownShape
    ? await Promise.all([
        clients.findClient({ tenantId, clientId }),
        createTrackFactsRepository({ db }).getTrackFacts({ tenantId, clientIds: [clientId] }),
        repository.getOverviewRows({ tenantId, clientId }),
        createTrajectoryRepository({ db }).listEvents({ tenantId, clientId }),
        createInfoMomentsRepository({ db }).listClientInvitations({ tenantId, clientId }),
      ])
    : [{ client: undefined }, { facts: undefined }, undefined, { events: [] }, { rows: [] }];
  const audit = auditClientRead({
    ctx,
    clientId,
    found: client !== undefined,
    action: 'client.read',
    purpose: 'client_page',
  });
  if (!client || !facts || !rows) {
    await audit;
    throw createClientNotFoundError();
  }
  const trackFacts = facts.get(client.id) ?? NO_TRACK_FACTS;
  const trajectoryFacts = toTrajectoryFacts({ facts: trackFacts });
  const derived = deriveTrajectoryStatus({ facts: trajectoryFacts });

  const intake = rows.intake?.intake;
  const verdict = (intake?.verdict ?? null) as IntakeVerdict | null;
  const chequeCancellers = new Map(
    rows.audit
      .filter((entry) => entry.action === 'cheque.cancel')
      .map((entry) => [entry.resource.replace(/^cheque:/, ''), entry.actorUserId]),
  );

  const sources: OverviewSources = { client, rows, trajectoryEvents, infoInvitations, chequeCancellers };
  // The audit row and the actors' names are written and read at once; the answer waits for both.
  const [{ actors }] = await Promise.all([repository.findActors({ userIds: actorIdsOf(sources) }), audit]);

  const settings = readProgrammeSettings({ stored: trackFacts.intake?.settings });

  return {
    overview: {
      client: toClient({ client, status: derived.status }),
      status: derived.status,
      pendingTracks: [...derived.pendingTracks],
      closureReason: derived.closureReason ?? null,
      intake: intake
        ? {
            id: intake.id,
            decision: intake.decision,
            purposes: intake.purposes,
            skillLevel: intake.skillLevel,
            eligible: verdict?.eligible ?? verdict?.ok ?? null,
            reasons: (verdict?.reasons ?? []).map((reason) => reason.code),
            overrideReason: intake.overrideReason,
            package: trajectoryFacts.package,
            packageChangeReason: verdict?.packageChangeReason ?? null,
            waveName: rows.intake?.waveName ?? null,
            decidedAt: iso(intake.decidedAt),
            decidedBy: intake.decidedBy ? (actors.get(intake.decidedBy)?.name ?? null) : null,
            updatedAt: intake.updatedAt.toISOString(),
          }
        : null,
      device: deviceOverview({ rows }),
      cheques: chequesOverview({ rows, actors }),
      training: {
        enrolments: rows.enrolments.map(({ enrolment, groupName }) => ({
          id: enrolment.id,
          groupName,
          status: enrolment.status,
          position: enrolment.position,
          enrolledAt: enrolment.enrolledAt.toISOString(),
        })),
        sessionsAttended: trackFacts.basicSessionsAttended,
        completed: trackFacts.basicSessionsAttended >= settings.sessionsToComplete,
        referralDecided: trackFacts.referralDecided,
      },
      guidance: {
        digipuntInfoGivenAt: iso(intake?.digipuntInfoGivenAt),
        digipuntenTold: (rows.digipuntInfo.at(-1)?.points ?? []).map((point) => point.name),
        infoSessionAttendedAt: iso(intake?.infoSessionAttendedAt),
        buddy: rows.buddies[0]
          ? {
              name: rows.buddies[0].buddyName,
              status: rows.buddies[0].status,
              startedOn: rows.buddies[0].startedOn,
            }
          : null,
      },
      timeline: buildTimeline({ sources, actors }),
      signals: rows.signals.map((signal) => ({
        id: signal.id,
        kind: signal.kind,
        severity: signal.severity,
        status: signal.status,
        dueAt: signal.dueAt.toISOString(),
      })),
    },
  };
}

import {
  decideAttendance,
  decideInvitations,
  infoTrackState,
  mayReceiveInfo,
  type Refusal,
  type TrajectoryFacts,
} from '@digipakket/domain';
import type { Database } from '../../ground/database/database';
import type { ClientArgs, TenantArgs, TenantContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { type ClientScope, createClientsRepository } from '../../records/clients/clients.repository';
import { requireTenantClient } from '../../records/clients/clients.usecases';
import { createTrackFactsRepository } from '../trajectory/trajectory.facts.repository';
import { createTrajectoryRepository } from '../trajectory/trajectory.repository';
import { NO_TRACK_FACTS, toTrajectoryFacts } from '../trajectory/trajectory.status';
import {
  createInfoMomentNotFoundError,
  createInvitationNotFoundError,
  INFO_MOMENT_ERRORS,
} from './info-moments.errors';
import { createInfoMomentsRepository, type InfoMomentRow } from './info-moments.repository';
import type {
  ClientInfoMoments,
  InfoMoment,
  InfoMomentAttendanceRecord,
  InfoMomentCreate,
  InfoMomentDetail,
  InfoMomentEligibleList,
  InfoMomentInvite,
  InfoMomentList,
} from './info-moments.schemas';

/** The arguments of a use case about one info moment of the tenant (the path's `id`). */
type MomentArgs<A extends object = object> = TenantArgs<{ momentId: string } & A>;

/** At most this many clients are offered for inviting at once, by name. */
const ELIGIBLE_LIMIT = 200;

function throwRefusal(refusal: Refusal): never {
  const [reason] = refusal.reasons;
  const { code, ...details } = reason!;
  throw INFO_MOMENT_ERRORS[code as keyof typeof INFO_MOMENT_ERRORS]({ details });
}

function toMoment(row: InfoMomentRow & { invited: number; attended: number }): InfoMoment {
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    place: row.place,
    language: row.language,
    capacity: row.capacity,
    invited: row.invited,
    attended: row.attended,
  };
}

async function factsOf({ db, tenantId, clientIds }: { db: Database; tenantId: string; clientIds: string[] }) {
  const { facts } = await createTrackFactsRepository({ db }).getTrackFacts({ tenantId, clientIds });
  return (clientId: string): TrajectoryFacts =>
    toTrajectoryFacts({ facts: facts.get(clientId) ?? NO_TRACK_FACTS });
}

async function findMomentOrFail({
  db,
  tenantId,
  momentId,
  forUpdate,
}: {
  db: Database;
  tenantId: string;
  momentId: string;
  forUpdate?: boolean;
}) {
  const { moment } = isIdOf({ kind: 'infoMoment', value: momentId })
    ? await createInfoMomentsRepository({ db }).findMoment({ tenantId, momentId, forUpdate })
    : { moment: undefined };
  if (!moment) throw createInfoMomentNotFoundError();
  return { moment };
}

/** Plans an info moment of the user's welfare centre. */
export async function planInfoMoment({
  ctx,
  input,
}: TenantArgs<{ input: InfoMomentCreate }>): Promise<{ moment: InfoMoment }> {
  const { clock, tenantId } = ctx;
  return ctx.transaction(async ({ tx, audit }) => {
    const now = clock.now();
    const { moment } = await createInfoMomentsRepository({ db: tx }).insertMoment({
      tenantId,
      startsAt: new Date(input.startsAt),
      place: input.place,
      language: input.language,
      capacity: input.capacity,
      createdBy: ctx.actor.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await audit({
      clientId: null,
      action: 'info_moment.plan',
      resource: `info_moment:${moment.id}`,
    });
    return { moment: toMoment({ ...moment, invited: 0, attended: 0 }) };
  });
}

/** The welfare centre's info moments, the latest first. */
export async function listInfoMoments({ ctx }: { ctx: TenantContext }): Promise<InfoMomentList> {
  const { db, tenantId } = ctx;
  const { rows } = await createInfoMomentsRepository({ db }).listMoments({ tenantId, limit: 200 });
  return {
    moments: rows.map((row) => toMoment({ ...row.moment, invited: row.invited, attended: row.attended })),
  };
}

/** One info moment with the clients invited and whether they came. */
export async function getInfoMoment({ ctx, momentId }: MomentArgs): Promise<InfoMomentDetail> {
  const { db, tenantId } = ctx;
  const { moment } = await findMomentOrFail({ db, tenantId, momentId });
  const { rows } = await createInfoMomentsRepository({ db }).listInvitations({
    tenantId,
    momentId: moment.id,
  });
  return {
    moment: toMoment(moment),
    invitations: rows.map(({ invitation, client }) => ({
      clientId: client.id,
      fileNumber: client.fileNumber,
      firstName: client.firstName,
      lastName: client.lastName,
      preferredLanguage: client.preferredLanguage,
      attendance: invitation.attendance,
      invitedAt: invitation.invitedAt.toISOString(),
      recordedAt: invitation.recordedAt?.toISOString() ?? null,
    })),
  };
}

/** The clients who may still be invited to the moment: their package includes the info part, not given yet. */
export async function listEligibleClients({ ctx, momentId }: MomentArgs): Promise<InfoMomentEligibleList> {
  const { db, tenantId } = ctx;
  const { moment } = await findMomentOrFail({ db, tenantId, momentId });
  const { rows } = await createInfoMomentsRepository({ db }).listCandidates({
    tenantId,
    momentId: moment.id,
    limit: ELIGIBLE_LIMIT,
  });
  const facts = await factsOf({ db, tenantId, clientIds: rows.map((row) => row.id) });
  return {
    clients: rows
      .filter((row) => mayReceiveInfo({ facts: facts(row.id) }).ok)
      .map((row) => ({
        id: row.id,
        fileNumber: row.file_number,
        firstName: row.first_name,
        lastName: row.last_name,
        preferredLanguage: row.preferred_language,
      })),
  };
}

/**
 * Invites clients to a moment, in one transaction holding the moment's lock: every client must be of
 * the tenant and may receive the info (the domain), those invited already are left as they are, and
 * the rest fit in the free places (the domain, and the insert itself). One audit row per client.
 */
export async function inviteClients({
  ctx,
  momentId,
  input,
}: MomentArgs<{ input: InfoMomentInvite }>): Promise<InfoMomentDetail> {
  const { clock, tenantId } = ctx;
  await ctx.transaction(async ({ tx, audit }) => {
    const { moment } = await findMomentOrFail({ db: tx, tenantId, momentId, forUpdate: true });
    const requested = [...new Set(input.clientIds)];
    const known = requested.filter((id) => isIdOf({ kind: 'client', value: id }));
    const { clients } = await createClientsRepository({ db: tx }).findClientsByIds({
      tenantId,
      clientIds: known,
    });
    const found = new Set(clients.map((client) => client.id));
    const missing = requested.filter((id) => !found.has(id));
    if (missing.length > 0) throw createClientNotFoundError({ details: { clientIds: missing } });
    const repository = createInfoMomentsRepository({ db: tx });
    const { invited } = await repository.findInvited({
      tenantId,
      momentId: moment.id,
      clientIds: requested,
    });
    const fresh = requested.filter((id) => !invited.has(id));
    const facts = await factsOf({ db: tx, tenantId, clientIds: fresh });
    const outcome = decideInvitations({
      capacity: moment.capacity,
      invited: moment.invited,
      candidates: fresh.map((clientId) => ({ clientId, facts: facts(clientId) })),
    });
    if (!outcome.ok) throwRefusal(outcome);
    const now = clock.now();
    if (outcome.clientIds.length > 0) {
      const { intakes } = await repository.findLatestIntakes({ tenantId, clientIds: outcome.clientIds });
      const { inserted } = await repository.insertInvitationsWithinCapacity({
        tenantId,
        momentId: moment.id,
        invitations: outcome.clientIds.map((clientId) => ({ clientId, intakeId: intakes.get(clientId)! })),
        invitedAt: now,
        invitedBy: ctx.actor.user.id,
      });
      if (inserted !== outcome.clientIds.length)
        throw INFO_MOMENT_ERRORS['info_moment.full']({
          details: { free: Math.max(0, moment.capacity - moment.invited) },
        });
    }
    for (const clientId of requested)
      await audit({
        clientId,
        action: 'info_moment.invite',
        resource: `info_moment:${moment.id}`,
      });
  });
  return getInfoMoment({ ctx, momentId });
}

/**
 * Records whether an invited client came. Present closes the info track of their trajectory (the
 * intake's `info_session_attended_at`), in the same transaction as the mark and its audit row.
 */
export async function recordAttendance({
  ctx,
  momentId,
  clientId,
  input,
}: ClientArgs<{ momentId: string; input: InfoMomentAttendanceRecord }>): Promise<InfoMomentDetail> {
  const { clock, tenantId } = ctx;
  await ctx.transaction(async ({ tx, audit }) => {
    const { moment } = await findMomentOrFail({ db: tx, tenantId, momentId });
    const repository = createInfoMomentsRepository({ db: tx });
    const { invitation } = isIdOf({ kind: 'client', value: clientId })
      ? await repository.findInvitationForUpdate({ tenantId, momentId: moment.id, clientId })
      : { invitation: undefined };
    if (!invitation) throw createInvitationNotFoundError();
    const outcome = decideAttendance({ current: invitation.attendance, next: input.attendance });
    if (!outcome.ok) throwRefusal(outcome);
    const now = clock.now();
    if (outcome.changed)
      await repository.setAttendance({
        tenantId,
        momentId: moment.id,
        clientId: invitation.clientId,
        attendance: input.attendance,
        at: now,
        by: ctx.actor.user.id,
      });
    if (outcome.closesInfoTrack)
      await repository.markInfoGiven({ tenantId, intakeId: invitation.intakeId, at: now });
    await audit({
      clientId: invitation.clientId,
      action: 'info_moment.attendance',
      resource: `info_moment:${moment.id}`,
    });
  });
  return getInfoMoment({ ctx, momentId });
}

/** The info part of a client's package as the client page shows it; the caller audits the read. */
async function readClientInfo({ db, tenantId, clientId }: ClientScope): Promise<ClientInfoMoments> {
  const repository = createInfoMomentsRepository({ db });
  const facts = (await factsOf({ db, tenantId, clientIds: [clientId] }))(clientId);
  const { rows } = await repository.listClientInvitations({ tenantId, clientId });
  const { intake } = await repository.findLatestIntake({ tenantId, clientId });
  const givenAt = intake?.infoSessionAttendedAt ?? null;
  return {
    state: infoTrackState({ facts }),
    givenAt: givenAt?.toISOString() ?? null,
    oneToOne: givenAt !== null && !rows.some(({ invitation }) => invitation.attendance === 'attended'),
    invitations: rows.map(({ invitation, moment }) => ({
      momentId: moment.id,
      startsAt: moment.startsAt.toISOString(),
      place: moment.place,
      language: moment.language,
      attendance: invitation.attendance,
    })),
  };
}

/** The info part of a client's package: its state, the moments they were invited to, how it was given. */
export async function getClientInfoMoments({ ctx, clientId }: ClientArgs): Promise<ClientInfoMoments> {
  const { db, tenantId } = ctx;
  const { client } = await requireTenantClient({ db, tenantId, clientId });
  const info = await readClientInfo({ db, tenantId, clientId: client.id });
  await ctx.audit({
    clientId: client.id,
    action: 'info_moment.read',
    resource: `client:${client.id}`,
  });
  return info;
}

/**
 * Records that the client was given the info one to one instead of at a moment: the domain checks
 * that their package includes it and it was not given yet; the intake's time and the audit row (which
 * the timeline shows) are written in one transaction holding the intake's lock.
 */
export async function recordOneToOneInfo({ ctx, clientId }: ClientArgs): Promise<ClientInfoMoments> {
  const { db, clock, tenantId } = ctx;
  await ctx.transaction(async ({ tx, audit }) => {
    const { client } = await requireTenantClient({ db: tx, tenantId, clientId });
    const { intake } = await createTrajectoryRepository({ db: tx }).findLatestIntakeForUpdate({
      tenantId,
      clientId: client.id,
    });
    const facts = (await factsOf({ db: tx, tenantId, clientIds: [client.id] }))(client.id);
    const outcome = mayReceiveInfo({ facts });
    if (!outcome.ok) throwRefusal(outcome);
    const now = clock.now();
    await createInfoMomentsRepository({ db: tx }).markInfoGiven({
      tenantId,
      intakeId: intake!.id,
      at: now,
    });
    await audit({
      clientId: client.id,
      action: 'info_moment.one_to_one',
      resource: `intake:${intake!.id}`,
    });
  });
  return readClientInfo({ db, tenantId, clientId });
}

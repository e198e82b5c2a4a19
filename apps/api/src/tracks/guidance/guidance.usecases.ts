import {
  checkBuddyEndDate,
  checkBuddyMeetingDate,
  checkBuddyPairingDates,
  mayPairWithBuddy,
  type RecommendedPackage,
  type Refusal,
  toCalendarDate,
} from '@digipakket/domain';
import type { Database } from '../../ground/database/database';
import type { ClientArgs, TenantContext, TransactionScope } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import type { ClientRow } from '../../records/clients/clients.repository';
import { requireTenantClient } from '../../records/clients/clients.usecases';
import { createDigipuntenRepository } from '../../records/digipunten/digipunten.repository';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import {
  BUDDY_DATE_ERRORS,
  createBuddyNotOfferedError,
  createBuddyPairingEndedError,
  createBuddyPairingNotFoundError,
  createNoIntakeError,
  createUnknownDigipuntError,
} from './guidance.errors';
import { type BuddyPairingRow, createGuidanceRepository } from './guidance.repository';
import type {
  BuddyMeetingCreate,
  BuddyPairing,
  BuddyPairingCreate,
  BuddyPairingEnd,
  BuddyPairingList,
  DigipuntInfo,
  DigipuntInfoResult,
} from './guidance.schemas';

type GuidanceRepository = ReturnType<typeof createGuidanceRepository>;

/**
 * Runs `work` in one transaction with the client of the tenant and their latest intake, as `find`
 * reads it: 404 `client.not_found` for a missing client or another tenant's, 409 `guidance.no_intake`
 * when the client has no intake yet.
 */
async function inClientIntake<I, R>(
  {
    ctx,
    clientId,
    find,
  }: {
    ctx: TenantContext;
    clientId: string;
    find: (
      guidance: GuidanceRepository,
      where: { tenantId: string; clientId: string },
    ) => Promise<{ intake: I | undefined }>;
  },
  work: (
    scope: TransactionScope & { client: ClientRow; guidance: GuidanceRepository; intake: I },
  ) => Promise<R>,
): Promise<R> {
  const { tenantId } = ctx;
  return ctx.transaction(async (scope) => {
    const { client } = await requireTenantClient({ db: scope.tx, tenantId, clientId });
    const guidance = createGuidanceRepository({ db: scope.tx });
    const { intake } = await find(guidance, { tenantId, clientId: client.id });
    if (!intake) throw createNoIntakeError();
    return work({ ...scope, client, guidance, intake });
  });
}

/**
 * Records that the client was told about these Digipunten of the tenant's directory: the points as
 * told, the time on the intake (so the trajectory sees it) and the audit row, in one transaction.
 */
export async function recordDigipuntInfo({
  ctx,
  clientId,
  input,
}: ClientArgs<{ input: DigipuntInfo }>): Promise<{ result: DigipuntInfoResult }> {
  const { clock, tenantId } = ctx;
  return inClientIntake(
    { ctx, clientId, find: (repository, where) => repository.findLatestIntake(where) },
    async ({ tx, audit, client, guidance, intake }) => {
      const { points: directory } = await createDigipuntenRepository({ db: tx }).listDirectory({ tenantId });
      const byName = new Map(directory.map((point) => [point.name, point]));
      const unknown = input.names.filter((name) => !byName.has(name));
      if (unknown.length > 0) throw createUnknownDigipuntError({ details: { names: unknown } });
      const givenAt = clock.now();
      const points = input.names.map((name) => {
        const point = byName.get(name)!;
        return { name, street: point.street, postcode: point.postcode, city: point.city };
      });
      await guidance.recordDigipuntInfo({
        tenantId,
        clientId: client.id,
        intakeId: intake.id,
        points,
        givenAt,
        givenBy: ctx.actor.user.id,
      });
      await audit({
        clientId: client.id,
        action: 'guidance.digipunt_info',
        resource: `intake:${intake.id}`,
        at: givenAt,
      });
      return { result: { givenAt: givenAt.toISOString(), names: input.names } };
    },
  );
}

function throwDateRefusal(refusal: Refusal): never {
  const code = refusal.reasons[0]?.code as keyof typeof BUDDY_DATE_ERRORS;
  throw BUDDY_DATE_ERRORS[code]();
}

/** Whether the client's programme offers a Digibuddy, or their package was changed to include one. */
function buddyOffered(intake: { verdict: unknown; settings: Record<string, unknown> } | undefined): boolean {
  if (!intake) return false;
  const settings = readProgrammeSettings({ stored: intake.settings });
  const stored = (intake.verdict as { package?: Partial<RecommendedPackage> | null } | null)?.package;
  return mayPairWithBuddy({
    variations: settings.variations,
    package: typeof stored?.digibuddy === 'boolean' ? { digibuddy: stored.digibuddy } : null,
  });
}

function toPairing(
  pairing: BuddyPairingRow,
  meetings: {
    meeting: { id: string; pairingId: string; metOn: string; note: string };
    recordedBy: string | null;
  }[],
): BuddyPairing {
  return {
    id: pairing.id,
    buddyName: pairing.buddyName,
    buddyPhone: pairing.buddyPhone,
    buddyEmail: pairing.buddyEmail,
    frequency: pairing.frequency,
    status: pairing.status,
    startedOn: pairing.startedOn,
    agreedEndOn: pairing.agreedEndOn,
    endedOn: pairing.endedOn,
    meetings: meetings
      .filter((row) => row.meeting.pairingId === pairing.id)
      .map((row) => ({
        id: row.meeting.id,
        metOn: row.meeting.metOn,
        note: row.meeting.note,
        recordedBy: row.recordedBy,
      })),
  };
}

/** A client's Digibuddy pairings with their meetings; the read is audited like every read of a client's data. */
export async function listBuddyPairings({ ctx, clientId }: ClientArgs): Promise<{ list: BuddyPairingList }> {
  const { db, tenantId } = ctx;
  const { client } = await requireTenantClient({ db, tenantId, clientId });
  const guidance = createGuidanceRepository({ db });
  const [{ intake }, { pairings, meetings }] = await Promise.all([
    guidance.findIntakeWithSettings({ tenantId, clientId: client.id }),
    guidance.listBuddyPairings({ tenantId, clientId: client.id }),
  ]);
  await ctx.audit({
    clientId: client.id,
    action: 'buddy_pairing.read',
    resource: `client:${client.id}`,
  });
  return {
    list: {
      offered: buddyOffered(intake),
      pairings: pairings.map((pairing) => toPairing(pairing, meetings)),
    },
  };
}

/**
 * Pairs the client with a Digibuddy, when their programme or package has one. One active pairing
 * per client is held by the database: a second one, also from a concurrent request, is a 409.
 */
export async function pairWithBuddy({
  ctx,
  clientId,
  input,
}: ClientArgs<{ input: BuddyPairingCreate }>): Promise<{ pairing: BuddyPairing }> {
  const { clock, tenantId } = ctx;
  return inClientIntake(
    { ctx, clientId, find: (repository, where) => repository.findIntakeWithSettings(where) },
    async ({ audit, client, guidance, intake }) => {
      if (!buddyOffered(intake)) throw createBuddyNotOfferedError();
      const now = clock.now();
      const dates = checkBuddyPairingDates({
        startedOn: input.startedOn,
        agreedEndOn: input.agreedEndOn,
        today: toCalendarDate({ instant: now }),
      });
      if (!dates.ok) throwDateRefusal(dates);
      const { pairing } = await guidance.insertBuddyPairing({
        tenantId,
        clientId: client.id,
        programmeId: intake.programmeId,
        buddyName: input.buddyName,
        buddyPhone: input.buddyPhone ?? null,
        buddyEmail: input.buddyEmail ?? null,
        frequency: input.frequency,
        startedOn: input.startedOn,
        agreedEndOn: input.agreedEndOn,
        createdBy: ctx.actor.user.id,
        createdAt: now,
        updatedAt: now,
      });
      await audit({
        clientId: client.id,
        action: 'guidance.buddy_paired',
        resource: `buddy_pairing:${pairing.id}`,
      });
      return { pairing: toPairing(pairing, []) };
    },
  );
}

/** The pairing of this client, locked, or a 404 for another client's or tenant's pairing; refused once ended. */
async function activePairing({
  db,
  tenantId,
  clientId,
  pairingId,
}: {
  db: Database;
  tenantId: string;
  clientId: string;
  pairingId: string;
}) {
  const { pairing } = isIdOf({ kind: 'buddyPairing', value: pairingId })
    ? await createGuidanceRepository({ db }).findBuddyPairingForUpdate({ tenantId, clientId, pairingId })
    : { pairing: undefined };
  if (!pairing) throw createBuddyPairingNotFoundError();
  if (pairing.status !== 'active') throw createBuddyPairingEndedError();
  return { pairing };
}

type ActivePairingRow = Awaited<ReturnType<typeof activePairing>>['pairing'];

/**
 * The frame of every change to an active pairing, in one transaction: the client of the tenant, the
 * active pairing (locked), the day checked by the domain rule, the change itself, its audit row, and
 * the pairing with its meetings as the answer.
 */
async function changeActivePairing({
  ctx,
  clientId,
  pairingId,
  checkDay,
  change,
}: ClientArgs<{
  pairingId: string;
  checkDay: (args: { pairing: ActivePairingRow; today: string }) => ReturnType<typeof checkBuddyEndDate>;
  change: (args: {
    guidance: GuidanceRepository;
    tenantId: string;
    clientId: string;
    pairing: ActivePairingRow;
    now: Date;
  }) => Promise<{ pairing: ActivePairingRow; action: string; resource: string }>;
}>): Promise<{ pairing: BuddyPairing }> {
  const { clock, tenantId } = ctx;
  return ctx.transaction(async ({ tx, audit }) => {
    const { client } = await requireTenantClient({ db: tx, tenantId, clientId });
    const { pairing } = await activePairing({ db: tx, tenantId, clientId: client.id, pairingId });
    const now = clock.now();
    const date = checkDay({ pairing, today: toCalendarDate({ instant: now }) });
    if (!date.ok) throwDateRefusal(date);
    const guidance = createGuidanceRepository({ db: tx });
    const changed = await change({ guidance, tenantId, clientId: client.id, pairing, now });
    await audit({
      tenantId,
      clientId: client.id,
      action: changed.action,
      resource: changed.resource,
    });
    const { meetings } = await guidance.listBuddyPairings({ tenantId, clientId: client.id });
    return { pairing: toPairing(changed.pairing, meetings) };
  });
}

/** A change to one of the client's pairings, with what the request sends. */
type PairingChange<Input> = ClientArgs<{ pairingId: string; input: Input }>;

/** Records a meeting of the client with their buddy during an active pairing. */
export async function recordBuddyMeeting({
  input,
  ...frame
}: PairingChange<BuddyMeetingCreate>): Promise<{ pairing: BuddyPairing }> {
  return changeActivePairing({
    ...frame,
    checkDay: ({ pairing, today }) =>
      checkBuddyMeetingDate({ startedOn: pairing.startedOn, metOn: input.metOn, today }),
    change: async ({ guidance, tenantId, clientId, pairing, now }) => {
      const { meeting } = await guidance.insertBuddyMeeting({
        tenantId,
        pairingId: pairing.id,
        clientId,
        metOn: input.metOn,
        note: input.note,
        createdBy: frame.ctx.actor.user.id,
        createdAt: now,
        updatedAt: now,
      });
      return { pairing, action: 'guidance.buddy_meeting', resource: `buddy_meeting:${meeting.id}` };
    },
  });
}

/** Ends an active pairing on the given day. */
export async function endBuddyPairing({
  input,
  ...frame
}: PairingChange<BuddyPairingEnd>): Promise<{ pairing: BuddyPairing }> {
  return changeActivePairing({
    ...frame,
    checkDay: ({ pairing, today }) =>
      checkBuddyEndDate({ startedOn: pairing.startedOn, endedOn: input.endedOn, today }),
    change: async ({ guidance, tenantId, pairing, now }) => {
      const { pairing: ended } = await guidance.endBuddyPairing({
        tenantId,
        pairingId: pairing.id,
        endedOn: input.endedOn,
        endedBy: frame.ctx.actor.user.id,
        at: now,
      });
      if (!ended) throw createBuddyPairingEndedError();
      return { pairing: ended, action: 'guidance.buddy_ended', resource: `buddy_pairing:${pairing.id}` };
    },
  });
}

import {
  ANSWERS,
  type Answer,
  baselineFromIntake,
  dueOutcomeRounds,
  mayTakeOutcomeRound,
  type OutcomeMeasureSettings,
  type OutcomeOccasion,
  type OutcomeRound,
  type OutcomeSchedule,
  outcomeChange,
  outcomeItemsAsked,
  outcomeRoundStatuses,
  parseOutcomeAnswers,
  QUESTION_IDS,
  type QuestionId,
  resolveOutcomeMeasureSettings,
  type SkillAnswers,
  scoreOutcomeAnswers,
  visibleOutcomeRounds,
} from '@digipakket/domain';
import type { ClientArgs, RequestArgs, TenantArgs, TenantContext } from '../../ground/http/request-context';
import { toLocalDate } from '../../ground/shared/clock';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { createProgrammesRepository } from '../../records/programmes/programmes.repository';
import { readOutcomeMeasureSettings } from '../../records/programmes/programmes.settings';
import { requireProgramme } from '../../records/programmes/programmes.usecases';
import { withdrawQueuedMessages } from '../messages/messages.outbox';
import {
  createOutcomeAnswersInvalidError,
  createOutcomeNoIntakeError,
  createOutcomeOccasionNotFoundError,
  createOutcomeRoundAlreadyTakenError,
  createOutcomeRoundNotAllowedError,
  createOutcomeRoundNotOpenError,
  createOutcomeSettingsInvalidError,
} from './outcomes.errors';
import { createOutcomesRepository, type OutcomeIntakeRow, type OutcomeRoundRow } from './outcomes.repository';
import type { OutcomeClientRounds, OutcomeRoundTaken, RecordOutcomeRound } from './outcomes.schemas';

function scheduleOf(intake: Pick<OutcomeIntakeRow, 'intake_on' | 'end_on'>): OutcomeSchedule {
  return { intakeOn: intake.intake_on, endOn: intake.end_on };
}

function toRoundView(row: OutcomeRoundRow): OutcomeRoundTaken {
  return {
    id: row.id,
    clientId: row.client_id,
    round: row.round,
    mode: row.mode,
    takenOn: row.taken_on,
    takenBy: { userId: row.taken_by_user_id, name: row.taken_by_name, orgKind: row.taken_by_org_kind },
    answers: row.answers as OutcomeRoundTaken['answers'],
    score: scoreOutcomeAnswers({ answers: row.answers }).score,
  };
}

function itemsAskedView(settings: OutcomeMeasureSettings) {
  return outcomeItemsAsked({ settings }).map((item) => ({
    itemId: item.id,
    version: item.version,
    kind: item.kind,
    foundation: item.foundation,
    pictogram: item.pictogram,
  }));
}

/**
 * The client's intake the rounds hang on. A welfare actor looks in its own tenant; a partner only at a
 * client its organisation works with. Anything else answers 404 `client.not_found`, whichever tenant
 * the client is in.
 */
async function loadClient({ ctx, clientId, timeZone }: RequestArgs<{ clientId: string; timeZone: string }>) {
  const repository = createOutcomesRepository({ db: ctx.db });
  const { actor } = ctx;
  const { client } = await repository.findClient({ clientId, tenantId: ctx.tenantId });
  if (!client) throw createClientNotFoundError();
  if (actor.organisation.kind !== 'welfare') {
    const served = await repository.partnerServesClient({
      clientId,
      orgId: actor.organisation.id,
      orgKind: actor.organisation.kind,
    });
    if (!served) throw createClientNotFoundError();
  }
  const { intake } = await repository.findIntake({ clientId, tenantId: client.tenant_id, timeZone });
  return { client, intake, repository };
}

/** Where the round is being taken, from what the partner named; the social worker needs none. */
async function occasionOf({
  ctx,
  clientId,
  occasion,
  repository,
}: RequestArgs<{
  clientId: string;
  occasion: RecordOutcomeRound['occasion'];
  repository: ReturnType<typeof createOutcomesRepository>;
}>): Promise<OutcomeOccasion> {
  const { actor } = ctx;
  if (actor.organisation.kind === 'welfare' || occasion === undefined) return { kind: 'welfare' };
  if (occasion.kind === 'training_session' && actor.organisation.kind === 'training') {
    const { session } = await repository.findTeacherSession({
      sessionId: occasion.sessionId,
      clientId,
      teacherUserId: actor.user.id,
      trainingOrgId: actor.organisation.id,
    });
    if (!session) throw createOutcomeOccasionNotFoundError();
    return {
      kind: 'training_session',
      sessionDate: session.session_date,
      lastSessionDate: session.last_session_date,
    };
  }
  if (occasion.kind === 'home_visit' && actor.organisation.kind === 'home_help') {
    const { visit } = await repository.findStudentVisit({
      chequeId: occasion.chequeId,
      clientId,
      studentUserId: actor.user.id,
      homeHelpOrgId: actor.organisation.id,
    });
    if (!visit) throw createOutcomeOccasionNotFoundError();
    return { kind: 'home_visit', visitNumber: visit.visit_number };
  }
  throw createOutcomeOccasionNotFoundError();
}

/**
 * Records one round of the measure for a client. The social worker may take any round (in person, by
 * phone, or typed in from paper); a teacher or student only the end round, at the occasion the
 * programme chose (`mayTakeOutcomeRound`). The round must be open on the day it was answered: due or
 * overdue, or for the end round also while the trajectory has no end yet (the last half-day or the
 * second visit often comes before the formal end). Answers are checked against the catalogue and the
 * items the programme asks; the database keeps one round of each kind.
 */
export async function recordOutcomeRound({
  ctx,
  clientId,
  input,
  timeZone,
}: RequestArgs<{
  clientId: string;
  input: RecordOutcomeRound;
  timeZone: string;
}>): Promise<OutcomeRoundTaken> {
  const { actor, clock } = ctx;
  const { client, intake, repository } = await loadClient({ ctx, clientId, timeZone });
  if (!intake) throw createOutcomeNoIntakeError();
  const settings = readOutcomeMeasureSettings({ stored: intake.settings });
  const occasion = await occasionOf({ ctx, clientId, occasion: input.occasion, repository });
  const allowed = mayTakeOutcomeRound({
    taker: { orgKind: actor.organisation.kind, role: actor.user.role },
    round: input.round,
    settings,
    occasion,
  });
  if (!allowed.ok) throw createOutcomeRoundNotAllowedError({ details: { reasons: allowed.reasons } });

  const now = clock.now();
  const today = toLocalDate({ instant: now, timeZone });
  const takenOn = input.takenOn ?? today;
  const { rounds: taken } = await repository.listRounds({ clientId, programmeId: intake.programme_id });
  if (taken.some((round) => round.round === input.round)) throw createOutcomeRoundAlreadyTakenError();
  const status = outcomeRoundStatuses({
    schedule: scheduleOf(intake),
    taken: [],
    today: takenOn,
    windows: settings.windows,
  }).rounds.find((round) => round.round === input.round)!;
  const open =
    status.status === 'due' ||
    status.status === 'overdue' ||
    (status.status === 'waiting' && input.round === 'end');
  if (!open || takenOn > today) {
    throw createOutcomeRoundNotOpenError({
      details: { status: takenOn > today ? 'in_future' : status.status, window: status.window },
    });
  }

  const parsed = parseOutcomeAnswers({ answers: input.answers });
  if (!parsed.ok) throw createOutcomeAnswersInvalidError({ details: { reasons: parsed.reasons } });
  const asked = new Set(outcomeItemsAsked({ settings }).map((item) => item.id));
  const notAsked = parsed.answers.filter((answer) => !asked.has(answer.itemId));
  if (notAsked.length > 0) {
    throw createOutcomeAnswersInvalidError({
      details: {
        reasons: notAsked.map((answer) => ({ code: 'outcomes.answer.not_asked', itemId: answer.itemId })),
      },
    });
  }

  const { id } = await ctx.transaction(async ({ tx, audit }) => {
    const written = await createOutcomesRepository({ db: tx }).insertRound({
      tenantId: client.tenant_id,
      clientId,
      programmeId: intake.programme_id,
      round: input.round,
      mode: input.mode,
      takenOn,
      takenBy: {
        userId: actor.user.id,
        orgId: actor.organisation.id,
        orgKind: actor.organisation.kind,
        role: actor.user.role,
      },
      answers: parsed.answers,
      now,
    });
    // The message that announced this round's call has done its work once the round is in.
    await withdrawQueuedMessages({
      db: tx,
      clientId,
      kind: 'outcome_follow_up',
      subject: `outcome:${intake.programme_id}:${input.round}`,
      reason: 'outcome.recorded',
      now,
    });
    await audit({
      action: 'outcome_round.record',
      resource: `outcome_round:${written.id}`,
      clientId,
      tenantId: client.tenant_id,
      at: now,
    });
    return written;
  });
  const { rounds } = await repository.listRounds({ clientId, programmeId: intake.programme_id });
  return toRoundView(rounds.find((round) => round.id === id)!);
}

/**
 * A client's rounds as the viewer may see them (see `OutcomeClientRoundsSchema`): the welfare centre
 * everything, with the status of every round and the change from the baseline; a partner only the
 * rounds its own people took (`visibleOutcomeRounds`), without statuses, so a round someone else took
 * looks exactly like one nobody took. Audited as a read of the client.
 */
export async function getClientOutcomeRounds({
  ctx,
  clientId,
  timeZone,
}: RequestArgs<{ clientId: string; timeZone: string }>): Promise<OutcomeClientRounds> {
  const { actor, clock } = ctx;
  const { client, intake, repository } = await loadClient({ ctx, clientId, timeZone });
  const settings = readOutcomeMeasureSettings({ stored: intake?.settings });
  const { rounds: rows } = intake
    ? await repository.listRounds({ clientId, programmeId: intake.programme_id })
    : { rounds: [] };
  const { rounds: visible } = visibleOutcomeRounds({
    viewer: {
      userId: actor.user.id,
      orgId: actor.organisation.id,
      orgKind: actor.organisation.kind,
      role: actor.user.role,
    },
    rounds: rows.map((row) => ({
      row,
      takenBy: {
        userId: row.taken_by_user_id,
        orgId: row.taken_by_org_id,
        orgKind: row.taken_by_org_kind,
        role: row.taken_by_role as typeof actor.user.role,
      },
    })),
  });
  const welfare = actor.organisation.kind === 'welfare';
  const today = toLocalDate({ instant: clock.now(), timeZone });
  const statuses =
    welfare && intake
      ? outcomeRoundStatuses({
          schedule: scheduleOf(intake),
          taken: rows.map((row) => row.round),
          today,
          windows: settings.windows,
        }).rounds
      : [];
  const baseline = rows.find((row) => row.round === 'baseline');
  const changes =
    welfare && baseline
      ? rows
          .filter((row) => row.round !== 'baseline')
          .map((row) => ({
            from: 'baseline' as OutcomeRound,
            to: row.round,
            ...outcomeChange({ from: baseline.answers, to: row.answers }).change,
          }))
      : [];
  await ctx.audit({
    action: 'outcome_round.read',
    resource: `client:${clientId}`,
    clientId,
    tenantId: client.tenant_id,
  });
  return {
    clientId,
    programmeId: intake?.programme_id ?? null,
    language: client.preferred_language,
    endRoundTakenBy: settings.endRoundTakenBy,
    itemsAsked: itemsAskedView(settings),
    rounds: visible.map(({ row }) => toRoundView(row)),
    statuses,
    changes: changes.map((change) => ({ ...change, comparedTasks: [...change.comparedTasks] })),
  };
}

/** The intake's skills answers as a first set of baseline answers, and the items still to ask. */
export async function getBaselineFromIntake({ ctx, clientId, timeZone }: ClientArgs<{ timeZone: string }>) {
  const { intake } = await loadClient({ ctx, clientId, timeZone });
  if (!intake) throw createOutcomeNoIntakeError();
  await ctx.audit({ action: 'outcome_round.baseline_from_intake', resource: `client:${clientId}`, clientId });
  const answers: Partial<Record<QuestionId, Answer>> = {};
  for (const id of QUESTION_IDS) {
    const value = intake.answers[id];
    if ((ANSWERS as readonly unknown[]).includes(value)) answers[id] = value as Answer;
  }
  const settings = readOutcomeMeasureSettings({ stored: intake.settings });
  const mapped = baselineFromIntake({ answers: answers as SkillAnswers, settings });
  return { clientId, intakeId: intake.intake_id, answers: mapped.answers, stillToAsk: mapped.stillToAsk };
}

/**
 * The rounds due or overdue today in the active programme, for the follow-up page: a list of its own
 * beside the follow-up signals, computed when asked from the rounds taken and the trajectories' dates.
 */
export async function listDueOutcomeRounds({
  ctx,
  scope,
  timeZone,
}: TenantArgs<{ scope: 'mine' | 'all'; timeZone: string }>) {
  const { db, tenantId, clock, actor } = ctx;
  const today = toLocalDate({ instant: clock.now(), timeZone });
  const { programme } = await createProgrammesRepository({ db }).findProgramme({ tenantId });
  if (!programme) return { today, rounds: [] };
  const settings = readOutcomeMeasureSettings({ stored: programme.settings });
  const { intakes } = await createOutcomesRepository({ db }).listIntakes({
    tenantId,
    programmeId: programme.id,
    createdBy: scope === 'mine' ? actor.user.id : undefined,
    timeZone,
  });
  const byClient = new Map(intakes.map((intake) => [intake.client_id, intake]));
  const { due } = dueOutcomeRounds({
    clients: intakes.map((intake) => ({
      clientId: intake.client_id,
      schedule: scheduleOf(intake),
      taken: intake.taken,
    })),
    today,
    windows: settings.windows,
  });
  return {
    today,
    rounds: due.map((round) => {
      const intake = byClient.get(round.clientId)!;
      return {
        ...round,
        clientName: `${intake.first_name} ${intake.last_name}`,
        phone: intake.phone,
      };
    }),
  };
}

/** A programme's settings for the measure, over the defaults. */
export async function getOutcomeSettings({ ctx, programmeId }: { ctx: TenantContext; programmeId: string }) {
  const { programme } = await requireProgramme({ db: ctx.db, tenantId: ctx.tenantId, programmeId });
  const settings = readOutcomeMeasureSettings({ stored: programme.settings });
  return { ...settings, optionalItems: [...settings.optionalItems] };
}

/**
 * Changes a programme's settings for the measure: the parts sent over the current ones, checked by the
 * domain (every problem at once), stored under `outcomes` in the programme's settings.
 */
export async function updateOutcomeSettings({
  ctx,
  programmeId,
  input,
}: TenantArgs<{
  programmeId: string;
  input: {
    optionalItems?: readonly string[] | undefined;
    endRoundTakenBy?: string | undefined;
    windows?: Record<string, number | undefined> | undefined;
  };
}>) {
  const { programme } = await requireProgramme({ db: ctx.db, tenantId: ctx.tenantId, programmeId });
  const current = readOutcomeMeasureSettings({ stored: programme.settings });
  const resolved = resolveOutcomeMeasureSettings({
    input: {
      optionalItems: input.optionalItems ?? current.optionalItems,
      endRoundTakenBy: input.endRoundTakenBy ?? current.endRoundTakenBy,
      windows: {
        ...current.windows,
        ...Object.fromEntries(Object.entries(input.windows ?? {}).filter(([, value]) => value !== undefined)),
      },
    },
  });
  if (!resolved.ok) throw createOutcomeSettingsInvalidError({ details: { reasons: resolved.reasons } });
  const now = ctx.clock.now();
  await ctx.transaction(async ({ tx, audit }) => {
    await createProgrammesRepository({ db: tx }).updateOutcomeSettings({
      tenantId: ctx.tenantId,
      programmeId,
      outcomes: resolved.settings as unknown as Record<string, unknown>,
      now,
    });
    await audit({
      action: 'programme.outcome_settings_update',
      resource: `programme:${programmeId}`,
    });
  });
  return { ...resolved.settings, optionalItems: [...resolved.settings.optionalItems] };
}

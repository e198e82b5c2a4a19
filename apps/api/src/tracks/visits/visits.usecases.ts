import {
  type ChequeReasonCode,
  findVisitClashes,
  PLANNED_VISIT_MINUTES,
  type PlannedVisit,
  parseChequeCode,
  type Reason,
  redeemCheque,
  requestCheque,
  scheduleCheque,
  unscheduleCheque,
  type VisitTopic,
} from '@digipakket/domain';
import type { Config } from '../../ground/config/config';
import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import { runIdempotent } from '../../ground/idempotency/idempotency.transaction';
import { shiftDate, toLocalDate } from '../../ground/shared/clock';
import { type AppError, isAppError } from '../../ground/shared/errors';
import { isIdOf } from '../../ground/shared/ids';
import type { SignInLink } from '../../records/users/users.schemas';
import { inviteMember, issueMemberLink } from '../accounts/accounts.links.usecases';
import { toDomainCheque } from '../cheques/cheques.mapping';
import { planAppointmentMessages } from '../messages/messages.outbox';
import {
  createChequeAlreadyRedeemedError,
  createChequeCancelledError,
  createChequeCodeMalformedError,
  createChequeCodeMistypedError,
  createChequeExpiredError,
  createChequeInstallationFirstError,
  createChequeNotFoundError,
  createChequeOtherStudentError,
  createChequeWrongStatusError,
  createScheduleInPastError,
  createStudentEmailTakenError,
  createStudentNotFoundError,
  createVisitClashError,
  createVisitInvalidError,
  createVisitNotFoundError,
} from './visits.errors';
import { type ChequeWithVisitRow, createVisitsRepository } from './visits.repository';
import type {
  AssignRequest,
  CodeCheck,
  QueueItem,
  QueueQuery,
  RedeemRequest,
  Student,
  StudentInvite,
  StudentInvited,
  VisitClashView,
  VisitDetail,
  VisitQueue,
  VisitSummary,
} from './visits.schemas';

export const REDEEM_ROUTE = 'POST /api/visits/redeem';

export function formatAddress(row: {
  street: string | null;
  postcode: string | null;
  city: string | null;
}): string | null {
  const place = [row.postcode, row.city].filter(Boolean).join(' ');
  const address = [row.street, place].filter(Boolean).join(', ');
  return address || null;
}

type ScheduledVisitRow = Awaited<
  ReturnType<ReturnType<typeof createVisitsRepository>['listScheduledVisits']>
>['rows'][number];

/** A scheduled visit as a student's list and the planner show it. */
function toVisitSummary(row: ScheduledVisitRow): VisitSummary {
  return {
    chequeId: row.chequeId,
    appointmentAt: row.appointmentAt!.toISOString(),
    clientName: `${row.firstName} ${row.lastName}`,
    address: formatAddress(row),
    phone: row.phone,
    language: row.language,
    needsInterpreter: row.needsInterpreter,
    purpose: row.purpose,
    skillLevel: row.skillLevel,
  };
}

/**
 * The visits scheduled from today on: a student's own, or all of the organisation's for a
 * coordinator. The list and its audit row go out together; the answer waits for both.
 */
export async function listMyVisits({
  ctx,
  timeZone,
}: RequestArgs<{ timeZone: string }>): Promise<{ items: VisitSummary[] }> {
  const { actor } = ctx;
  const [{ rows }] = await Promise.all([
    createVisitsRepository({ db: ctx.db }).listScheduledVisits({
      homeHelpOrgId: actor.organisation.id,
      studentUserId: actor.user.role === 'coordinator' ? undefined : actor.user.id,
      fromDate: toLocalDate({ instant: ctx.clock.now(), timeZone }),
      timeZone,
    }),
    ctx.audit({
      tenantId: null,
      action: 'visit.list_read',
      resource: `user:${actor.user.id}`,
      purpose: 'home_help_visit',
    }),
  ]);
  return { items: rows.map(toVisitSummary) };
}

/** The domain's refusal as the API error a portal can explain. */
function refusalError(reasons: readonly Reason<ChequeReasonCode>[]): AppError {
  const visitReasons = reasons.filter((reason) => reason.code.startsWith('visit.'));
  if (visitReasons.length > 0) return createVisitInvalidError({ details: { reasons: visitReasons } });
  const [first] = reasons;
  switch (first?.code) {
    case 'cheque.already_redeemed':
      return createChequeAlreadyRedeemedError();
    case 'cheque.expired':
      return createChequeExpiredError();
    case 'cheque.cancelled':
      return createChequeCancelledError();
    case 'cheque.installation_first':
      return createChequeInstallationFirstError();
    case 'cheque.schedule_in_past':
      return createScheduleInPastError();
    default:
      return createChequeWrongStatusError({ details: { reasons } });
  }
}

export function toVisitDetail(row: ChequeWithVisitRow): VisitDetail {
  return {
    chequeId: row.chequeId,
    clientId: row.clientId,
    status: row.status,
    purpose: row.purpose,
    appointmentAt: row.appointmentAt?.toISOString() ?? null,
    validUntil: row.validUntil,
    tenantName: row.tenantName,
    studentName: row.studentName,
    clientName: `${row.firstName} ${row.lastName}`,
    address: formatAddress(row),
    phone: row.phone,
    language: row.language,
    needsInterpreter: row.needsInterpreter,
    skillLevel: row.skillLevel,
    visit: row.visitId
      ? {
          id: row.visitId,
          visitedOn: row.visitedOn!,
          minutes: row.minutes!,
          topics: row.topics ?? [],
          notes: row.notes,
          needsFollowUp: row.needsFollowUp ?? false,
          followUpReason: row.followUpReason,
          studentName: row.visitStudentName ?? '',
        }
      : null,
  };
}

type VisitsRepository = ReturnType<typeof createVisitsRepository>;

/** A cheque of the student's organisation by its code. */
function findByCode({ ctx, repository, code }: RequestArgs<{ repository: VisitsRepository; code: string }>) {
  return repository.findCheque({ homeHelpOrgId: ctx.actor.organisation.id, code });
}

/** A cheque planned with another student of the organisation: not this student's to redeem. */
function plannedWithOther({ ctx, row }: RequestArgs<{ row: ChequeWithVisitRow }>): boolean {
  return row.status === 'scheduled' && row.studentUserId !== ctx.actor.user.id;
}

/** The code as stored, from the code as typed (400 `cheque_code.mistyped` or `cheque_code.malformed`). */
function storedCodeOf(typed: string): string {
  const parsed = parseChequeCode(typed);
  if (parsed.ok) return parsed.code;
  throw parsed.reason === 'cheque_code.mistyped'
    ? createChequeCodeMistypedError()
    : createChequeCodeMalformedError();
}

/** A visit with nothing in it: the decision on it names only what stops the cheque itself. */
const NO_VISIT = { date: '', minutes: 0, topics: [], notes: '', needsFollowUp: false };

/** The domain's decision on the student redeeming the cheque with this visit. */
function redeemDecision({
  ctx,
  row,
  timeZone,
  now,
  visit,
}: RequestArgs<{
  row: ChequeWithVisitRow;
  timeZone: string;
  now: Date;
  visit: Omit<Parameters<typeof redeemCheque>[0]['visit'], 'studentId'>;
}>) {
  return redeemCheque({
    cheque: toDomainCheque({ row, timeZone }),
    now,
    installationRedeemed: row.installationRedeemed,
    visit: { studentId: ctx.actor.user.id, ...visit },
  });
}

/**
 * Redeems a cheque by its code and logs the visit, once. A student redeems a cheque planned with them,
 * or an unplanned open cheque of their organisation on the spot; a cheque planned with another student
 * is refused. The cheque turns redeemed by a conditional update and the visit is inserted in the same
 * transaction, under UNIQUE(visits.cheque_id).
 */
export async function redeemVisit({
  ctx,
  timeZone,
  input,
  idempotencyKey,
}: RequestArgs<{ timeZone: string; input: RedeemRequest; idempotencyKey: string }>): Promise<{
  status: number;
  body: { visit: VisitDetail };
  replayed: boolean;
}> {
  const { db, clock } = ctx;
  let seen: { tenantId: string; clientId: string; chequeId: string } | undefined;
  try {
    const code = storedCodeOf(input.code);
    return await runIdempotent({
      db,
      key: idempotencyKey,
      userId: ctx.actor.user.id,
      route: REDEEM_ROUTE,
      body: input,
      status: 201,
      at: clock.now(),
      work: async (tx) => {
        const now = clock.now();
        const repository = createVisitsRepository({ db: tx });
        const { cheque: row } = await findByCode({ ctx, repository, code });
        if (!row) throw createChequeNotFoundError();
        seen = { tenantId: row.tenantId, clientId: row.clientId, chequeId: row.chequeId };
        if (plannedWithOther({ ctx, row })) throw createChequeOtherStudentError();
        const notes = input.notes?.trim() ?? '';
        const followUpReason = input.followUpReason?.trim();
        const decision = redeemDecision({
          ctx,
          row,
          timeZone,
          now,
          visit: {
            date: input.visitedOn,
            minutes: input.minutes,
            topics: input.topics as VisitTopic[],
            notes,
            needsFollowUp: input.needsFollowUp,
            ...(followUpReason ? { followUpReason } : {}),
          },
        });
        if (!decision.ok) throw refusalError(decision.reasons);
        const visit = {
          tenantId: row.tenantId,
          homeHelpOrgId: ctx.actor.organisation.id,
          studentUserId: ctx.actor.user.id,
          visitedOn: input.visitedOn,
          minutes: input.minutes,
          topics: input.topics,
          notes: notes || null,
          needsFollowUp: input.needsFollowUp,
          followUpReason: input.needsFollowUp ? (followUpReason ?? null) : null,
        };
        // The cheque turns redeemed and its visit is written in one statement.
        const { redeemed, visitId } = await repository.redeemWithVisit({
          chequeId: row.chequeId,
          at: now,
          visit,
        });
        if (!redeemed || !visitId) throw createChequeAlreadyRedeemedError();
        await ctx.audit({
          db: tx,
          tenantId: row.tenantId,
          clientId: row.clientId,
          action: 'cheque.redeem',
          resource: `cheque:${row.chequeId}`,
          purpose: 'home_help_visit',
        });
        // The answer is the cheque as read, now redeemed by this student with this visit: no second read.
        const studentName = ctx.actor.user.displayName;
        return {
          visit: toVisitDetail({
            ...row,
            status: 'redeemed',
            studentUserId: ctx.actor.user.id,
            studentName,
            visitId,
            visitedOn: visit.visitedOn,
            minutes: visit.minutes,
            topics: visit.topics,
            notes: visit.notes,
            needsFollowUp: visit.needsFollowUp,
            followUpReason: visit.followUpReason,
            visitStudentName: studentName,
          }),
        };
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      await ctx.audit({
        tenantId: seen?.tenantId ?? null,
        clientId: seen?.clientId ?? null,
        action: 'cheque.redeem',
        resource: seen ? `cheque:${seen.chequeId}` : 'cheque:unknown',
        outcome: 'denied',
        purpose: error.code,
      });
    }
    throw error;
  }
}

/**
 * Whether a code can be redeemed now by this student, by the same rules as redeeming it, before the
 * visit is written down: answers like the redeem route (404 not found, 409 expired, cancelled, already
 * redeemed, installation first; 403 planned with another student), and changes nothing.
 */
export async function checkChequeCode({
  ctx,
  timeZone,
  code,
}: RequestArgs<{ timeZone: string; code: string }>): Promise<CodeCheck> {
  const { db, clock } = ctx;
  const stored = storedCodeOf(code);
  const now = clock.now();
  const repository = createVisitsRepository({ db });
  const { cheque: row } = await findByCode({ ctx, repository, code: stored });
  let refusal: AppError | undefined;
  if (!row) refusal = createChequeNotFoundError();
  else if (plannedWithOther({ ctx, row })) refusal = createChequeOtherStudentError();
  else {
    // The cheque's own rules come before the visit's: an empty visit shows them alone.
    const decision = redeemDecision({ ctx, row, timeZone, now, visit: NO_VISIT });
    const chequeReasons = decision.ok
      ? []
      : decision.reasons.filter((reason) => !reason.code.startsWith('visit.'));
    if (chequeReasons.length > 0) refusal = refusalError(chequeReasons);
  }
  await ctx.audit({
    tenantId: row?.tenantId ?? null,
    clientId: row?.clientId ?? null,
    action: 'cheque.check',
    resource: row ? `cheque:${row.chequeId}` : 'cheque:unknown',
    outcome: refusal ? 'denied' : 'success',
    purpose: refusal ? refusal.code : 'home_help_visit',
  });
  if (refusal || !row) throw refusal ?? createChequeNotFoundError();
  return {
    redeemable: true,
    purpose: row.purpose,
    validUntil: row.validUntil,
    plannedWithYou: row.status === 'scheduled' && row.studentUserId === ctx.actor.user.id,
  };
}

/** One cheque with its visit: a student sees the ones planned with or redeemed by them. */
export async function getVisit({
  ctx,
  chequeId,
}: RequestArgs<{ chequeId: string }>): Promise<{ visit: VisitDetail }> {
  const { db } = ctx;
  const { cheque: row } = isIdOf({ kind: 'cheque', value: chequeId })
    ? await createVisitsRepository({ db }).findCheque({ homeHelpOrgId: ctx.actor.organisation.id, chequeId })
    : { cheque: undefined };
  const visible =
    row &&
    (ctx.actor.user.role === 'coordinator' ||
      row.studentUserId === ctx.actor.user.id ||
      row.visitStudentUserId === ctx.actor.user.id);
  await ctx.audit({
    tenantId: visible ? row.tenantId : null,
    clientId: visible ? row.clientId : null,
    action: 'visit.read',
    resource: `cheque:${chequeId.slice(0, 64)}`,
    outcome: visible ? 'success' : 'denied',
    purpose: 'home_help_visit',
  });
  if (!visible) throw createVisitNotFoundError();
  return { visit: toVisitDetail(row) };
}

/** Cheques waiting for a visit across every tenant the organisation serves, oldest first. */
export async function listQueue({
  ctx,
  timeZone,
  query,
}: RequestArgs<{ timeZone: string; query: QueueQuery }>): Promise<VisitQueue> {
  const { db, clock } = ctx;
  const now = clock.now();
  const repository = createVisitsRepository({ db });
  const { rows } = await repository.listQueue({ homeHelpOrgId: ctx.actor.organisation.id, ...query });
  const { tenants } = await repository.listServedTenants({ homeHelpOrgId: ctx.actor.organisation.id });
  const { neighbourhoods } = await repository.listQueueNeighbourhoods({
    homeHelpOrgId: ctx.actor.organisation.id,
  });
  const { rows: scheduled } = await repository.listScheduledVisits({
    homeHelpOrgId: ctx.actor.organisation.id,
    studentUserId: undefined,
    fromDate: shiftDate({ date: toLocalDate({ instant: now, timeZone }), days: -7 }),
    timeZone,
  });
  await ctx.audit({
    tenantId: null,
    action: 'visit.queue_read',
    resource: `organisation:${ctx.actor.organisation.id}`,
    purpose: 'home_help_planning',
  });
  const items: QueueItem[] = rows.map((row) => ({
    chequeId: row.chequeId,
    status: row.status as 'issued' | 'requested',
    purpose: row.purpose,
    tenantId: row.tenantId,
    tenantName: row.tenantName,
    clientName: `${row.firstName} ${row.lastName}`,
    neighbourhood: row.neighbourhood,
    phone: row.phone,
    language: row.language,
    needsInterpreter: row.needsInterpreter,
    waitingSince: row.waitingSince.toISOString(),
    daysWaiting: Math.max(0, Math.floor((now.getTime() - row.waitingSince.getTime()) / 86_400_000)),
    validUntil: row.validUntil,
  }));
  return {
    items,
    tenants,
    neighbourhoods,
    scheduled: scheduled
      .filter((row) => row.studentId !== null)
      .map((row) => ({ ...toVisitSummary(row), studentId: row.studentId, studentName: row.studentName })),
  };
}

type PlanAction = 'assign' | 'reschedule' | 'no_show';

/** Wider than any visit plus travel, so every visit that could clash is read. */
const CLASH_WINDOW_MS = 6 * 3_600_000;

function plannedVisit(
  row: {
    chequeId: string;
    clientId: string;
    street: string | null;
    postcode: string | null;
    city: string | null;
    lat: number | null;
    lon: number | null;
  },
  start: Date,
): PlannedVisit {
  return {
    chequeId: row.chequeId,
    clientId: row.clientId,
    start,
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    address: formatAddress(row),
  };
}

/** The student's other visits that leave no room for the proposed one (same time, or no time to travel). */
async function findStudentClashes({
  repository,
  homeHelpOrgId,
  studentId,
  proposed,
}: {
  repository: ReturnType<typeof createVisitsRepository>;
  homeHelpOrgId: string;
  studentId: string;
  proposed: { row: ChequeWithVisitRow; start: Date };
}): Promise<{ clashes: VisitClashView[] }> {
  const { rows } = await repository.listStudentVisitsBetween({
    homeHelpOrgId,
    studentUserId: studentId,
    from: new Date(proposed.start.getTime() - CLASH_WINDOW_MS),
    to: new Date(proposed.start.getTime() + CLASH_WINDOW_MS),
  });
  const byCheque = new Map(rows.map((row) => [row.chequeId, row]));
  const found = findVisitClashes({
    proposed: plannedVisit(proposed.row, proposed.start),
    others: rows.map((row) => plannedVisit(row, row.appointmentAt!)),
    visitMinutes: PLANNED_VISIT_MINUTES,
  });
  return {
    clashes: found.map((clash) => {
      const other = byCheque.get(clash.chequeId)!;
      return {
        ...clash,
        clientName: `${other.firstName} ${other.lastName}`,
        appointmentAt: other.appointmentAt!.toISOString(),
      };
    }),
  };
}

/**
 * Plans, re-plans or un-plans a cheque's visit. The domain decides whether the move is allowed; the
 * conditional update on the status it read keeps two coordinators from planning the same cheque twice.
 */
export async function planVisit({
  ctx,
  timeZone,
  chequeId,
  action,
  input,
}: RequestArgs<{ timeZone: string; chequeId: string; action: PlanAction; input?: AssignRequest }>): Promise<{
  visit: VisitDetail;
}> {
  const { clock } = ctx;
  return ctx.transaction(async ({ tx, audit }) => {
    const now = clock.now();
    const repository = createVisitsRepository({ db: tx });
    const { cheque: row } = isIdOf({ kind: 'cheque', value: chequeId })
      ? await repository.findCheque({ homeHelpOrgId: ctx.actor.organisation.id, chequeId })
      : { cheque: undefined };
    if (!row) throw createChequeNotFoundError();
    let cheque = toDomainCheque({ row, timeZone });
    let student: { id: string } | undefined;
    if (input) {
      ({ student } = await repository.findActiveStudent({
        homeHelpOrgId: ctx.actor.organisation.id,
        studentId: input.studentId,
      }));
      if (!student) throw createStudentNotFoundError();
    }
    if (action === 'assign' && cheque.status === 'issued') {
      const requested = requestCheque({ cheque, now });
      if (!requested.ok) throw refusalError(requested.reasons);
      cheque = requested.cheque;
    }
    if (action === 'reschedule' || action === 'no_show') {
      const unscheduled = unscheduleCheque({ cheque, now });
      if (!unscheduled.ok) throw refusalError(unscheduled.reasons);
      cheque = unscheduled.cheque;
    }
    if (input && student) {
      const scheduled = scheduleCheque({
        cheque,
        now,
        studentId: student.id,
        scheduledFor: new Date(input.appointmentAt),
      });
      if (!scheduled.ok) throw refusalError(scheduled.reasons);
      if (input.confirmClash !== true) {
        const { clashes } = await findStudentClashes({
          repository,
          homeHelpOrgId: ctx.actor.organisation.id,
          studentId: student.id,
          proposed: { row, start: new Date(input.appointmentAt) },
        });
        if (clashes.length > 0) throw createVisitClashError({ details: { clashes } });
      }
    }
    const { updated } = await repository.setSchedule({
      chequeId: row.chequeId,
      fromStatuses: [row.status as 'issued' | 'requested' | 'scheduled'],
      studentUserId: input ? input.studentId : null,
      appointmentAt: input ? new Date(input.appointmentAt) : null,
      at: now,
    });
    if (!updated) throw createChequeWrongStatusError();
    // The client's reminders and notices, in this transaction: they exist exactly when the plan does.
    const startsAt = input ? new Date(input.appointmentAt) : null;
    const previous = row.status === 'scheduled' ? row.appointmentAt : null;
    await planAppointmentMessages({
      db: tx,
      kind: 'visit',
      subject: `cheque:${row.chequeId}`,
      orgId: ctx.actor.organisation.id,
      orgName: ctx.actor.organisation.name,
      programmeId: row.programmeId,
      clientIds: [row.clientId],
      startsAt,
      change:
        previous && action === 'reschedule' && startsAt?.getTime() !== previous.getTime()
          ? { kind: startsAt ? 'moved' : 'cancelled', previousStartsAt: previous }
          : undefined,
      now,
      timeZone,
    });
    await audit({
      tenantId: row.tenantId,
      clientId: row.clientId,
      action: action === 'no_show' ? 'cheque.no_show' : `cheque.${action}`,
      resource: `cheque:${row.chequeId}`,
      purpose: 'home_help_planning',
    });
    const { cheque: after } = await repository.findCheque({
      homeHelpOrgId: ctx.actor.organisation.id,
      chequeId: row.chequeId,
    });
    return { visit: toVisitDetail(after!) };
  });
}

export async function listStudents({ ctx }: { ctx: RequestContext }): Promise<{ items: Student[] }> {
  const { db, clock } = ctx;
  const { students } = await createVisitsRepository({ db }).listStudents({
    homeHelpOrgId: ctx.actor.organisation.id,
    from: clock.now(),
  });
  return {
    items: students.map((student) => ({
      id: student.id,
      email: student.email,
      displayName: student.displayName,
      active: student.disabledAt === null,
      upcomingVisits: student.upcomingVisits,
    })),
  };
}

/**
 * Creates a student account and its invitation link, shown once to the coordinator to hand over (as
 * a link or QR code): the student opens it on their phone and chooses their own password.
 */
export async function inviteStudent({
  ctx,
  config,
  input,
}: RequestArgs<{ config: Config; input: StudentInvite }>): Promise<StudentInvited> {
  let invited: Awaited<ReturnType<typeof inviteMember>>;
  try {
    invited = await inviteMember({
      ctx,
      config,
      user: { email: input.email, displayName: input.displayName, role: 'student' },
      sendEmail: input.sendEmail,
    });
  } catch (error) {
    if (isAppError(error) && error.status === 409) throw createStudentEmailTakenError();
    throw error;
  }
  return {
    student: {
      id: invited.user.id,
      email: invited.user.email,
      displayName: input.displayName,
      active: true,
      upcomingVisits: 0,
    },
    link: invited.link,
  };
}

/** A new sign-in link for an active student (to invite again, or for a forgotten password). */
export async function issueStudentLink({
  ctx,
  config,
  studentId,
}: RequestArgs<{ config: Config; studentId: string }>): Promise<SignInLink> {
  return issueMemberLink({
    ctx,
    config,
    userId: studentId,
    role: 'student',
    notFound: () => createStudentNotFoundError(),
  });
}

/** Disables a student of the organisation and ends every session they have, in one transaction. */
export async function deactivateStudent({
  ctx,
  studentId,
}: RequestArgs<{ studentId: string }>): Promise<void> {
  const { clock } = ctx;
  await ctx.transaction(async ({ tx, audit }) => {
    const now = clock.now();
    const { disabled } = isIdOf({ kind: 'user', value: studentId })
      ? await createVisitsRepository({ db: tx }).disableStudent({
          homeHelpOrgId: ctx.actor.organisation.id,
          studentId,
          at: now,
        })
      : { disabled: false };
    if (!disabled) throw createStudentNotFoundError();
    await audit({
      tenantId: null,
      action: 'user.disable',
      resource: `user:${studentId}`,
    });
  });
}

import type { OrgKind, Role } from '../organisations/organisations';
import type { Outcome, Reason } from '../shared/result';
import type { CalendarDate } from '../shared/time';
import { addDays, addMonths, startOfCalendarDate } from '../shared/time';
import type { OutcomeMeasureSettings, OutcomeRoundWindows } from './outcome-measure';

/**
 * The rounds of the measure, in order: at intake (the baseline), at the end of the trajectory, and three
 * and six months after the end.
 *
 * @example
 * OUTCOME_ROUNDS[0]; // 'baseline'
 */
export const OUTCOME_ROUNDS = ['baseline', 'end', 'follow_up_3m', 'follow_up_6m'] as const;

/** One of {@link OUTCOME_ROUNDS}. @example const round: OutcomeRound = 'follow_up_3m'; */
export type OutcomeRound = (typeof OUTCOME_ROUNDS)[number];

/**
 * Months after the trajectory's end at which each follow-up round is due.
 *
 * @example
 * OUTCOME_FOLLOW_UP_MONTHS.follow_up_6m; // 6
 */
export const OUTCOME_FOLLOW_UP_MONTHS = { follow_up_3m: 3, follow_up_6m: 6 } as const;

/**
 * The home visit at which a student may take the end round (where the programme says so).
 *
 * @example
 * OUTCOME_STUDENT_VISIT_NUMBER; // 2
 */
export const OUTCOME_STUDENT_VISIT_NUMBER = 2;

/**
 * The two dates a client's rounds hang on: the intake, and the end of the trajectory (`null` while it
 * runs; a client who dropped out has the day it ended).
 *
 * @example
 * const schedule: OutcomeSchedule = { intakeOn: '2025-09-08', endOn: '2025-11-28' };
 */
export interface OutcomeSchedule {
  readonly intakeOn: CalendarDate;
  readonly endOn: CalendarDate | null;
}

/**
 * When one round may be taken: from `opensOn`, due on `dueOn`, overdue from `overdueFrom`, missing for
 * good after `closesOn` (all inclusive calendar days).
 *
 * @example
 * const window: OutcomeRoundWindow = { opensOn: '2026-02-14', dueOn: '2026-02-28', overdueFrom: '2026-03-14', closesOn: '2026-04-11' };
 */
export interface OutcomeRoundWindow {
  readonly opensOn: CalendarDate;
  readonly dueOn: CalendarDate;
  readonly overdueFrom: CalendarDate;
  readonly closesOn: CalendarDate;
}

function plusDays(date: CalendarDate, days: number): CalendarDate {
  return addDays({ instant: startOfCalendarDate(date), days })
    .toISOString()
    .slice(0, 10);
}

function plusMonths(date: CalendarDate, months: number): CalendarDate {
  return addMonths({ instant: startOfCalendarDate(date), months })
    .toISOString()
    .slice(0, 10);
}

/**
 * The window of one round. The baseline is due on the intake day and overdue the day after; it may be
 * completed until `baselineClosesAfterDays` later. The end round is due on the trajectory's end, the
 * follow-ups 3 and 6 months later (a day missing in the month is clamped to its last day); each opens
 * `opensDaysBefore`, is overdue `overdueAfterDays` after and closes `closesAfterDays` after its due day.
 * Rounds after the baseline have no window (`null`) while the trajectory has no end.
 *
 * @example
 * outcomeRoundWindow({ round: 'follow_up_3m', schedule: { intakeOn: '2025-09-08', endOn: '2025-11-30' },
 *   windows: defaultOutcomeMeasureSettings().windows });
 * // { window: { opensOn: '2026-02-14', dueOn: '2026-02-28', overdueFrom: '2026-03-14', closesOn: '2026-04-11' } }
 */
export function outcomeRoundWindow({
  round,
  schedule,
  windows,
}: {
  round: OutcomeRound;
  schedule: OutcomeSchedule;
  windows: OutcomeRoundWindows;
}): { window: OutcomeRoundWindow | null } {
  if (round === 'baseline') {
    const dueOn = schedule.intakeOn;
    return {
      window: {
        opensOn: dueOn,
        dueOn,
        overdueFrom: plusDays(dueOn, 1),
        closesOn: plusDays(dueOn, windows.baselineClosesAfterDays),
      },
    };
  }
  if (schedule.endOn === null) return { window: null };
  const dueOn =
    round === 'end' ? schedule.endOn : plusMonths(schedule.endOn, OUTCOME_FOLLOW_UP_MONTHS[round]);
  return {
    window: {
      opensOn: plusDays(dueOn, -windows.opensDaysBefore),
      dueOn,
      overdueFrom: plusDays(dueOn, windows.overdueAfterDays),
      closesOn: plusDays(dueOn, windows.closesAfterDays),
    },
  };
}

/**
 * Where a round stands on a day:
 * - `done`: taken;
 * - `waiting`: the trajectory has no end yet, so the round has no date;
 * - `not_yet`: its window has not opened;
 * - `due`: open and not yet overdue;
 * - `overdue`: past `overdueFrom`, still worth asking;
 * - `missing`: its window closed without an answer (a non-respondent of that round).
 *
 * @example
 * OUTCOME_ROUND_STATUSES.includes('overdue'); // true
 */
export const OUTCOME_ROUND_STATUSES = ['done', 'waiting', 'not_yet', 'due', 'overdue', 'missing'] as const;

/** One of {@link OUTCOME_ROUND_STATUSES}. @example const status: OutcomeRoundStatus = 'due'; */
export type OutcomeRoundStatus = (typeof OUTCOME_ROUND_STATUSES)[number];

/**
 * The status of each round of one client on `today` (the clock is passed in).
 *
 * @example
 * outcomeRoundStatuses({ schedule: { intakeOn: '2025-09-08', endOn: null }, taken: ['baseline'], today: '2025-10-01',
 *   windows: defaultOutcomeMeasureSettings().windows });
 * // { rounds: [{ round: 'baseline', status: 'done', window: {...} }, { round: 'end', status: 'waiting', window: null }, ...] }
 */
export function outcomeRoundStatuses({
  schedule,
  taken,
  today,
  windows,
}: {
  schedule: OutcomeSchedule;
  taken: readonly OutcomeRound[];
  today: CalendarDate;
  windows: OutcomeRoundWindows;
}): { rounds: { round: OutcomeRound; status: OutcomeRoundStatus; window: OutcomeRoundWindow | null }[] } {
  return {
    rounds: OUTCOME_ROUNDS.map((round) => {
      const { window } = outcomeRoundWindow({ round, schedule, windows });
      const status: OutcomeRoundStatus = taken.includes(round)
        ? 'done'
        : window === null
          ? 'waiting'
          : today < window.opensOn
            ? 'not_yet'
            : today > window.closesOn
              ? 'missing'
              : today >= window.overdueFrom
                ? 'overdue'
                : 'due';
      return { round, status, window };
    }),
  };
}

/**
 * The rounds a client was expected to answer by `today`: taken, or past their due day. Response rates
 * are counted against these, so a round that is not due yet never lowers a rate.
 *
 * @example
 * expectedOutcomeRounds({ schedule: { intakeOn: '2025-09-08', endOn: '2025-11-28' }, taken: ['baseline'], today: '2025-12-01',
 *   windows: defaultOutcomeMeasureSettings().windows });
 * // { rounds: ['baseline', 'end'] }
 */
export function expectedOutcomeRounds(input: {
  schedule: OutcomeSchedule;
  taken: readonly OutcomeRound[];
  today: CalendarDate;
  windows: OutcomeRoundWindows;
}): { rounds: OutcomeRound[] } {
  return {
    rounds: outcomeRoundStatuses(input)
      .rounds.filter(
        ({ status, window }) =>
          status === 'done' || status === 'missing' || (window !== null && input.today > window.dueOn),
      )
      .map(({ round }) => round),
  };
}

/**
 * A round to ask in the social worker's follow-up list. The follow-up rounds may be asked by phone.
 * `key` is stable while the round is open, like a follow-up signal's.
 *
 * @example
 * const due: OutcomeRoundDue = { key: 'outcome.round_due:cli_1:follow_up_3m', clientId: 'cli_1', round: 'follow_up_3m',
 *   dueOn: '2026-02-28', status: 'due', byPhone: true };
 */
export interface OutcomeRoundDue {
  readonly key: string;
  readonly clientId: string;
  readonly round: OutcomeRound;
  readonly dueOn: CalendarDate;
  readonly status: 'due' | 'overdue';
  readonly byPhone: boolean;
}

/**
 * The rounds that are due or overdue on `today` for a set of clients, earliest due first (then by
 * client and round), for the social worker's follow-up list.
 *
 * @example
 * dueOutcomeRounds({ clients: [{ clientId: 'cli_1', schedule: { intakeOn: '2025-09-08', endOn: '2025-11-30' }, taken: ['baseline', 'end'] }],
 *   today: '2026-03-01', windows: defaultOutcomeMeasureSettings().windows });
 * // { due: [{ key: 'outcome.round_due:cli_1:follow_up_3m', round: 'follow_up_3m', dueOn: '2026-02-28', status: 'due', byPhone: true, ... }] }
 */
export function dueOutcomeRounds({
  clients,
  today,
  windows,
}: {
  clients: readonly { clientId: string; schedule: OutcomeSchedule; taken: readonly OutcomeRound[] }[];
  today: CalendarDate;
  windows: OutcomeRoundWindows;
}): { due: OutcomeRoundDue[] } {
  const due = clients.flatMap(({ clientId, schedule, taken }) =>
    outcomeRoundStatuses({ schedule, taken, today, windows }).rounds.flatMap(({ round, status, window }) =>
      (status === 'due' || status === 'overdue') && window !== null
        ? [
            {
              key: `outcome.round_due:${clientId}:${round}`,
              clientId,
              round,
              dueOn: window.dueOn,
              status,
              byPhone: round === 'follow_up_3m' || round === 'follow_up_6m',
            },
          ]
        : [],
    ),
  );
  return {
    due: due.sort(
      (a, b) =>
        a.dueOn.localeCompare(b.dueOn) ||
        a.clientId.localeCompare(b.clientId) ||
        OUTCOME_ROUNDS.indexOf(a.round) - OUTCOME_ROUNDS.indexOf(b.round),
    ),
  };
}

/**
 * Where the answers are being taken: at the welfare centre or by phone, at a training session (a
 * half-day of the client's group), or at a home visit (its number among the client's visits).
 *
 * @example
 * const occasion: OutcomeOccasion = { kind: 'training_session', sessionDate: '2025-11-28', lastSessionDate: '2025-11-28' };
 */
export type OutcomeOccasion =
  | { readonly kind: 'welfare' }
  | {
      readonly kind: 'training_session';
      readonly sessionDate: CalendarDate;
      readonly lastSessionDate: CalendarDate;
    }
  | { readonly kind: 'home_visit'; readonly visitNumber: number };

/**
 * Codes {@link mayTakeOutcomeRound} can return.
 *
 * @example
 * const code: OutcomeTakeReasonCode = 'outcomes.round.not_last_half_day';
 */
export type OutcomeTakeReasonCode =
  | 'outcomes.round.role_not_allowed'
  | 'outcomes.round.end_round_only'
  | 'outcomes.round.partner_not_chosen'
  | 'outcomes.round.not_last_half_day'
  | 'outcomes.round.not_second_visit';

/**
 * Whether someone may take a round for a client:
 * - a social worker may take any round, at the centre or by phone;
 * - a teacher only the end round, at the group's last half-day, where the programme chose the training
 *   partner for it;
 * - a student only the end round, at the client's second visit, where the programme chose the home-help
 *   partner for it;
 * - nobody else (coordinators, the project lead, the admin).
 * Whether the round is open is a separate question: see {@link outcomeRoundStatuses}.
 *
 * @example
 * mayTakeOutcomeRound({ taker: { orgKind: 'training', role: 'teacher' }, round: 'end',
 *   settings: { endRoundTakenBy: 'training' }, occasion: { kind: 'training_session', sessionDate: '2025-11-21', lastSessionDate: '2025-11-28' } });
 * // { ok: false, reasons: [{ code: 'outcomes.round.not_last_half_day', lastSessionDate: '2025-11-28' }] }
 */
export function mayTakeOutcomeRound({
  taker,
  round,
  settings,
  occasion,
}: {
  taker: { orgKind: OrgKind; role: Role };
  round: OutcomeRound;
  settings: Pick<OutcomeMeasureSettings, 'endRoundTakenBy'>;
  occasion: OutcomeOccasion;
}): Outcome<object, OutcomeTakeReasonCode> {
  if (taker.orgKind === 'welfare' && taker.role === 'social_worker') return { ok: true };
  const partner =
    taker.orgKind === 'training' && taker.role === 'teacher'
      ? 'training'
      : taker.orgKind === 'home_help' && taker.role === 'student'
        ? 'home_help'
        : null;
  if (partner === null) return { ok: false, reasons: [{ code: 'outcomes.round.role_not_allowed' }] };
  const reasons: Reason<OutcomeTakeReasonCode>[] = [];
  if (round !== 'end') reasons.push({ code: 'outcomes.round.end_round_only', round });
  if (settings.endRoundTakenBy !== partner) {
    reasons.push({ code: 'outcomes.round.partner_not_chosen', endRoundTakenBy: settings.endRoundTakenBy });
  }
  if (
    partner === 'training' &&
    !(occasion.kind === 'training_session' && occasion.sessionDate === occasion.lastSessionDate)
  ) {
    reasons.push({
      code: 'outcomes.round.not_last_half_day',
      lastSessionDate: occasion.kind === 'training_session' ? occasion.lastSessionDate : null,
    });
  }
  if (
    partner === 'home_help' &&
    !(occasion.kind === 'home_visit' && occasion.visitNumber === OUTCOME_STUDENT_VISIT_NUMBER)
  ) {
    reasons.push({ code: 'outcomes.round.not_second_visit', visitNumber: OUTCOME_STUDENT_VISIT_NUMBER });
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

/**
 * Who took a round: the user and their organisation.
 *
 * @example
 * const takenBy: OutcomeTaker = { userId: 'usr_9', orgId: 'org_ligo', orgKind: 'training', role: 'teacher' };
 */
export interface OutcomeTaker {
  readonly userId: string;
  readonly orgId: string;
  readonly orgKind: OrgKind;
  readonly role: Role;
}

/**
 * The rounds of one client a viewer may see (a filter: the caller has already checked that the viewer
 * may see the client at all):
 * - the social worker and the project lead see every round;
 * - a partner sees only the rounds it took, never the client's other answers: a coordinator those taken
 *   by their organisation, a teacher or student only those they took themselves;
 * - the admin sees none.
 *
 * @example
 * visibleOutcomeRounds({ viewer: { userId: 'usr_9', orgId: 'org_ligo', orgKind: 'training', role: 'teacher' }, rounds });
 * // { rounds: [the end round usr_9 took] }
 */
export function visibleOutcomeRounds<T extends { readonly takenBy: OutcomeTaker }>({
  viewer,
  rounds,
}: {
  viewer: OutcomeTaker;
  rounds: readonly T[];
}): { rounds: T[] } {
  if (viewer.orgKind === 'welfare') {
    return { rounds: viewer.role === 'social_worker' || viewer.role === 'project_lead' ? [...rounds] : [] };
  }
  if (viewer.role === 'coordinator') {
    return {
      rounds: rounds.filter(
        ({ takenBy }) => takenBy.orgId === viewer.orgId && takenBy.orgKind === viewer.orgKind,
      ),
    };
  }
  return {
    rounds: rounds.filter(
      ({ takenBy }) => takenBy.userId === viewer.userId && takenBy.orgId === viewer.orgId,
    ),
  };
}

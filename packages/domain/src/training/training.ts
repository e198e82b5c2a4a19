import type { ClientLanguage } from '../languages/languages';
import type { ProgrammeSettings } from '../programme/programme';
import type { Outcome, Reason } from '../shared/result';
import { refuse } from '../shared/result';
import type { CalendarDate } from '../shared/time';

/**
 * One half-day session of a course group.
 *
 * @example
 * const session: TrainingSession = { id: 'ses_1', date: '2025-04-14', start: '09:00', end: '12:00' };
 */
export interface TrainingSession {
  readonly id: string;
  readonly date: CalendarDate;
  /** `HH:MM`, local time. */
  readonly start: string;
  /** `HH:MM`, local time. */
  readonly end: string;
}

/**
 * A course group of the training partner.
 *
 * @example
 * const group: TrainingGroup = { id: 'grp_1', location: 'Ligo Gent, Oudenaardsesteenweg', teacherId: 'usr_9',
 *   capacity: 12, languageSupport: ['nl', 'ar'], sessions: [session] };
 */
export interface TrainingGroup {
  readonly id: string;
  readonly location: string;
  readonly teacherId: string;
  readonly capacity: number;
  readonly languageSupport: readonly ClientLanguage[];
  readonly sessions: readonly TrainingSession[];
}

/**
 * The states of a client's enrolment in a group.
 *
 * @example
 * ENROLMENT_STATUSES; // ['enrolled', 'waitlisted', 'withdrawn']
 */
export const ENROLMENT_STATUSES = ['enrolled', 'waitlisted', 'withdrawn'] as const;

/** One of {@link ENROLMENT_STATUSES}. @example const status: EnrolmentStatus = 'waitlisted'; */
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * One client's place in a group's roster. `since` is when the client joined the roster (the waitlist
 * is first come, first served by it).
 *
 * @example
 * const entry: RosterEntry = { clientId: 'cli_1', status: 'enrolled', since: now };
 */
export interface RosterEntry {
  readonly clientId: string;
  readonly status: EnrolmentStatus;
  readonly since: Date;
}

/**
 * A group's enrolments. Entries keep the order in which clients joined; waitlisted clients are
 * promoted in that order.
 *
 * @example
 * const roster: Roster = { capacity: 12, entries: [] };
 */
export interface Roster {
  readonly capacity: number;
  readonly entries: readonly RosterEntry[];
}

/**
 * Codes an enrolment change can refuse with.
 *
 * @example
 * const code: EnrolmentReasonCode = 'enrolment.already_on_roster';
 */
export type EnrolmentReasonCode =
  | 'enrolment.already_on_roster'
  | 'enrolment.not_on_roster'
  | 'enrolment.capacity_below_enrolled'
  | 'enrolment.capacity_invalid';

/**
 * Counts of a roster.
 *
 * @example
 * rosterCounts({ roster }); // { enrolled: 12, waitlisted: 3, freeSeats: 0 }
 */
export function rosterCounts({ roster }: { roster: Roster }): {
  enrolled: number;
  waitlisted: number;
  freeSeats: number;
} {
  const enrolled = roster.entries.filter((entry) => entry.status === 'enrolled').length;
  const waitlisted = roster.entries.filter((entry) => entry.status === 'waitlisted').length;
  return { enrolled, waitlisted, freeSeats: Math.max(0, roster.capacity - enrolled) };
}

function promote(entries: RosterEntry[], capacity: number): string[] {
  const promoted: string[] = [];
  let enrolled = entries.filter((entry) => entry.status === 'enrolled').length;
  for (let index = 0; index < entries.length && enrolled < capacity; index += 1) {
    const entry = entries[index]!;
    if (entry.status === 'waitlisted') {
      entries[index] = { ...entry, status: 'enrolled' };
      promoted.push(entry.clientId);
      enrolled += 1;
    }
  }
  return promoted;
}

/**
 * Enrols a client, or puts them on the waitlist when the group is full. A client who withdrew earlier
 * joins again at the end of the line.
 *
 * @example
 * enrol({ roster: { capacity: 1, entries: [] }, clientId: 'cli_1', now });
 * // { ok: true, roster: {...}, status: 'enrolled' }
 */
export function enrol({
  roster,
  clientId,
  now,
}: {
  roster: Roster;
  clientId: string;
  now: Date;
}): Outcome<{ roster: Roster; status: 'enrolled' | 'waitlisted' }, EnrolmentReasonCode> {
  const current = roster.entries.find((entry) => entry.clientId === clientId);
  if (current && current.status !== 'withdrawn') {
    return refuse({ code: 'enrolment.already_on_roster', status: current.status });
  }
  const status: 'enrolled' | 'waitlisted' =
    rosterCounts({ roster }).freeSeats > 0 ? 'enrolled' : 'waitlisted';
  const entries = [
    ...roster.entries.filter((entry) => entry.clientId !== clientId),
    { clientId, status, since: now },
  ];
  return { ok: true, roster: { capacity: roster.capacity, entries }, status };
}

/**
 * Why a learner leaves a group; `other` needs a note in the withdrawer's words. The API validates a
 * withdrawal against this list and the portals offer it.
 *
 * @example
 * WITHDRAWAL_REASONS.includes('moved_away'); // true
 */
export const WITHDRAWAL_REASONS = [
  'health',
  'work_or_study',
  'schedule',
  'moved_away',
  'no_longer_interested',
  'other',
] as const;

/** One of {@link WITHDRAWAL_REASONS}. @example const reason: WithdrawalReason = 'schedule'; */
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/**
 * Withdraws a client; when that frees a seat, the first waitlisted client is enrolled.
 *
 * @example
 * withdraw({ roster, clientId: 'cli_1' }); // { ok: true, roster: {...}, promoted: ['cli_9'] }
 */
export function withdraw({
  roster,
  clientId,
}: {
  roster: Roster;
  clientId: string;
}): Outcome<{ roster: Roster; promoted: string[] }, EnrolmentReasonCode> {
  const index = roster.entries.findIndex(
    (entry) => entry.clientId === clientId && entry.status !== 'withdrawn',
  );
  if (index < 0) return refuse({ code: 'enrolment.not_on_roster' });
  const entries = [...roster.entries];
  entries[index] = { ...entries[index]!, status: 'withdrawn' };
  const promoted = promote(entries, roster.capacity);
  return { ok: true, roster: { capacity: roster.capacity, entries }, promoted };
}

/**
 * Changes a group's capacity: more seats promote waitlisted clients; fewer seats than enrolled clients
 * are refused (withdraw someone first).
 *
 * @example
 * changeCapacity({ roster, capacity: 14 }); // { ok: true, roster: {...}, promoted: ['cli_9', 'cli_10'] }
 */
export function changeCapacity({
  roster,
  capacity,
}: {
  roster: Roster;
  capacity: number;
}): Outcome<{ roster: Roster; promoted: string[] }, EnrolmentReasonCode> {
  if (!Number.isInteger(capacity) || capacity < 0)
    return refuse({ code: 'enrolment.capacity_invalid', capacity });
  const { enrolled } = rosterCounts({ roster });
  if (capacity < enrolled) return refuse({ code: 'enrolment.capacity_below_enrolled', capacity, enrolled });
  const entries = [...roster.entries];
  const promoted = promote(entries, capacity);
  return { ok: true, roster: { capacity, entries }, promoted };
}

/**
 * How a client attended one session; `present` and `late` count as attended.
 *
 * @example
 * ATTENDANCE_STATUSES; // ['present', 'late', 'excused', 'absent']
 */
export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;

/** One of {@link ATTENDANCE_STATUSES}. @example const status: AttendanceStatus = 'late'; */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * A teacher's mark for one client at one session.
 *
 * @example
 * const mark: AttendanceMark = { sessionId: 'ses_1', status: 'present' };
 */
export interface AttendanceMark {
  readonly sessionId: string;
  readonly status: AttendanceStatus;
}

function attended(status: AttendanceStatus): boolean {
  return status === 'present' || status === 'late';
}

/**
 * Whether a client completed the basic course: attended (present or late) at least the programme's
 * threshold. `stillPossible` says whether the sessions not yet marked could still get them there.
 *
 * @example
 * courseCompletion({ sessions, marks: [{ sessionId: 'ses_1', status: 'present' }, { sessionId: 'ses_2', status: 'late' }],
 *   settings: defaultProgrammeSettings() });
 * // { attended: 2, required: 2, completed: true, stillPossible: true }
 */
export function courseCompletion({
  sessions,
  marks,
  settings,
}: {
  sessions: readonly TrainingSession[];
  marks: readonly AttendanceMark[];
  settings: Pick<ProgrammeSettings, 'sessionsToComplete'>;
}): { attended: number; required: number; completed: boolean; stillPossible: boolean } {
  const sessionIds = new Set(sessions.map((session) => session.id));
  const bySession = new Map(
    marks.filter((mark) => sessionIds.has(mark.sessionId)).map((mark) => [mark.sessionId, mark.status]),
  );
  const count = [...bySession.values()].filter(attended).length;
  const unmarked = sessions.filter((session) => !bySession.has(session.id)).length;
  const required = settings.sessionsToComplete;
  return {
    attended: count,
    required,
    completed: count >= required,
    stillPossible: count + unmarked >= required,
  };
}

/**
 * Finds the first two consecutive sessions (in date and start order) the client was absent from.
 * `excused` is not absent and breaks the run; sessions without a mark yet end the search.
 *
 * @example
 * absentTwiceInARow({ sessions, marks: [{ sessionId: 'ses_1', status: 'absent' }, { sessionId: 'ses_2', status: 'absent' }] });
 * // { absentTwice: true, sessionIds: ['ses_1', 'ses_2'] }
 */
export function absentTwiceInARow({
  sessions,
  marks,
}: {
  sessions: readonly TrainingSession[];
  marks: readonly AttendanceMark[];
}): { absentTwice: true; sessionIds: [string, string] } | { absentTwice: false } {
  const bySession = new Map(marks.map((mark) => [mark.sessionId, mark.status]));
  const ordered = [...sessions].sort(compareSessions);
  let previous: string | null = null;
  for (const session of ordered) {
    const status = bySession.get(session.id);
    if (status === undefined) break;
    if (status === 'absent') {
      if (previous !== null) return { absentTwice: true, sessionIds: [previous, session.id] };
      previous = session.id;
    } else {
      previous = null;
    }
  }
  return { absentTwice: false };
}

/**
 * Orders sessions by date, then start time, then id.
 *
 * @example
 * [...sessions].sort(compareSessions);
 */
export function compareSessions(a: TrainingSession, b: TrainingSession): number {
  return a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
}

/**
 * The decision after the basic course: referred to a regular course (which one), or not (why not).
 *
 * @example
 * const referral: Referral = { decision: 'referred', courseName: 'Computer basics 2' };
 */
export type Referral =
  | { readonly decision: 'referred'; readonly courseName: string }
  | { readonly decision: 'not_referred'; readonly reason: string };

/**
 * Checks a referral decision: a course name when referred, a reason when not.
 *
 * @example
 * validateReferral({ referral: { decision: 'not_referred', reason: ' ' } });
 * // { ok: false, reasons: [{ code: 'referral.reason_missing' }] }
 */
export function validateReferral({
  referral,
}: {
  referral: Referral;
}):
  | { ok: true; referral: Referral }
  | { ok: false; reasons: Reason<'referral.course_missing' | 'referral.reason_missing'>[] } {
  if (referral.decision === 'referred' && referral.courseName.trim() === '') {
    return { ok: false, reasons: [{ code: 'referral.course_missing' }] };
  }
  if (referral.decision === 'not_referred' && referral.reason.trim() === '') {
    return { ok: false, reasons: [{ code: 'referral.reason_missing' }] };
  }
  return { ok: true, referral };
}

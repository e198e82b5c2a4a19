import type { ChequePurpose, ChequeStatus } from '../cheques/cheques';
import type { OrgKind } from '../organisations/organisations';
import type { FollowUpThresholds } from '../programme/programme';
import type { CalendarDate } from '../shared/time';
import { addDays, startOfCalendarDate } from '../shared/time';
import type { AttendanceMark, Referral, TrainingSession } from '../training/training';
import { absentTwiceInARow, compareSessions } from '../training/training';

/**
 * The kinds of follow-up signal, each with the organisation kind that must act on it.
 *
 * @example
 * SIGNAL_OWNERS['training.absent_twice']; // 'training'
 */
export const SIGNAL_OWNERS = {
  'device.pickup_overdue': 'welfare',
  'cheque.installation_overdue': 'home_help',
  'cheque.expiring': 'home_help',
  'training.absent_twice': 'training',
  'training.referral_missing': 'training',
  'training.session_changed': 'welfare',
  'visit.needs_follow_up': 'welfare',
  'client.inactive': 'welfare',
  'contact.phone_unreachable': 'welfare',
  'contact.email_unreachable': 'welfare',
} as const satisfies Record<string, OrgKind>;

/** A kind of signal. @example const kind: SignalKind = 'cheque.expiring'; */
export type SignalKind = keyof typeof SIGNAL_OWNERS;

/**
 * How urgent a signal is: `warning` once due, `urgent` once it is overdue by its threshold again (or,
 * for an expiring cheque, in the last third of the warning window).
 *
 * @example
 * SIGNAL_SEVERITIES; // ['warning', 'urgent']
 */
export const SIGNAL_SEVERITIES = ['warning', 'urgent'] as const;

/** One of {@link SIGNAL_SEVERITIES}. @example const severity: SignalSeverity = 'urgent'; */
export type SignalSeverity = (typeof SIGNAL_SEVERITIES)[number];

/**
 * Something an organisation should act on for a client. `key` is stable while the situation lasts, so
 * the caller can store, deduplicate and resolve signals by it; `subject` names the cheque or sessions.
 *
 * @example
 * const signal: Signal = { key: 'device.pickup_overdue:cli_1:dev_1', kind: 'device.pickup_overdue', owner: 'welfare',
 *   clientId: 'cli_1', dueAt: new Date('2025-04-15T09:00:00Z'), severity: 'warning', subject: { deviceId: 'dev_1' } };
 */
export interface Signal {
  readonly key: string;
  readonly kind: SignalKind;
  readonly owner: OrgKind;
  readonly clientId: string;
  readonly dueAt: Date;
  readonly severity: SignalSeverity;
  readonly subject: Readonly<Record<string, string | readonly string[]>>;
}

/**
 * A single session the training partner moved (to another day, time or place) or cancelled.
 *
 * @example
 * const change: SessionChange = { sessionId: 'ses_1', kind: 'moved', changedAt: new Date('2025-04-13T15:00:00Z'),
 *   previousDate: '2025-04-14', date: '2025-04-16' };
 */
export interface SessionChange {
  readonly sessionId: string;
  readonly kind: 'moved' | 'cancelled';
  readonly changedAt: Date;
  /** The day the session was planned on before this change. */
  readonly previousDate: CalendarDate;
  /** The day it takes place after this change (the previous day for a cancellation). */
  readonly date: CalendarDate;
}

/**
 * The facts of one client the signal rules look at. Closed trajectories (`open: false`) raise nothing.
 *
 * @example
 * const facts: FollowUpFacts = {
 *   clientId: 'cli_1', open: true, lastActivityAt: new Date('2025-04-01T09:00:00Z'),
 *   device: { status: 'reserved', deviceId: 'dev_1', reservedAt: new Date('2025-04-01T09:00:00Z') },
 *   cheques: [], visits: [], training: null,
 * };
 */
export interface FollowUpFacts {
  readonly clientId: string;
  readonly open: boolean;
  readonly lastActivityAt: Date;
  readonly device:
    | null
    | { readonly status: 'reserved'; readonly deviceId: string; readonly reservedAt: Date }
    | { readonly status: 'handed_out'; readonly deviceId: string; readonly handedOutAt: Date };
  readonly cheques: readonly {
    readonly code: string;
    readonly purpose: ChequePurpose;
    readonly status: ChequeStatus;
    readonly validUntil: Date;
  }[];
  readonly visits: readonly {
    readonly chequeCode: string;
    readonly date: CalendarDate;
    readonly needsFollowUp: boolean;
    /** The social worker answered the flag. */
    readonly followUpResolved: boolean;
  }[];
  readonly training: null | {
    readonly groupId: string;
    readonly sessions: readonly TrainingSession[];
    readonly marks: readonly AttendanceMark[];
    /** Set once the course is over for this client (completed, or all sessions held). */
    readonly finishedOn: CalendarDate | null;
    readonly referral: Referral | null;
    /** Sessions of the group moved or cancelled, oldest change first; absent when there were none. */
    readonly changes?: readonly SessionChange[];
  };
  /**
   * Channels whose last message to the client failed for good (a wrong number, a rejected address),
   * while the client record still holds that number or address; absent when none.
   */
  readonly unreachable?: readonly { readonly channel: 'sms' | 'email'; readonly failedAt: Date }[];
}

function signal(
  kind: SignalKind,
  clientId: string,
  id: string,
  dueAt: Date,
  severity: SignalSeverity,
  subject: Signal['subject'],
): Signal {
  return {
    key: `${kind}:${clientId}:${id}`,
    kind,
    owner: SIGNAL_OWNERS[kind],
    clientId,
    dueAt,
    severity,
    subject,
  };
}

function overdue(now: Date, dueAt: Date, days: number): SignalSeverity | null {
  if (now.getTime() < dueAt.getTime()) return null;
  return now.getTime() >= addDays({ instant: dueAt, days }).getTime() ? 'urgent' : 'warning';
}

/**
 * The signal of something due `days` after `since` and not done: none before it is due, a warning
 * once it is, urgent when as many days again have passed.
 */
function overdueSignal({
  kind,
  clientId,
  id,
  since,
  days,
  now,
  subject,
}: {
  kind: SignalKind;
  clientId: string;
  id: string;
  since: Date;
  days: number;
  now: Date;
  subject: Signal['subject'];
}): Signal[] {
  const dueAt = addDays({ instant: since, days });
  const severity = overdue(now, dueAt, days);
  return severity ? [signal(kind, clientId, id, dueAt, severity, subject)] : [];
}

const DAY_MS = 86_400_000;

function sessionChangeSignals(
  clientId: string,
  training: NonNullable<FollowUpFacts['training']>,
  now: Date,
  thresholds: FollowUpThresholds,
): Signal[] {
  const latest = new Map<string, SessionChange>();
  for (const change of training.changes ?? []) {
    const known = latest.get(change.sessionId);
    if (!known || change.changedAt.getTime() >= known.changedAt.getTime())
      latest.set(change.sessionId, change);
  }
  const signals: Signal[] = [];
  for (const change of latest.values()) {
    const plannedFor = startOfCalendarDate(change.previousDate).getTime();
    const notice = plannedFor - change.changedAt.getTime();
    if (notice >= thresholds.sessionChangeNoticeDays * DAY_MS) continue;
    const lastDay = Math.max(plannedFor, startOfCalendarDate(change.date).getTime());
    // Once the day has passed there is nobody left to warn.
    if (now.getTime() >= lastDay + DAY_MS) continue;
    if (now.getTime() < change.changedAt.getTime()) continue;
    signals.push(
      signal(
        'training.session_changed',
        clientId,
        change.sessionId,
        change.changedAt,
        notice < DAY_MS ? 'urgent' : 'warning',
        {
          groupId: training.groupId,
          sessionId: change.sessionId,
          change: change.kind,
          previousDate: change.previousDate,
          date: change.date,
        },
      ),
    );
  }
  return signals;
}

function clientSignals(facts: FollowUpFacts, now: Date, thresholds: FollowUpThresholds): Signal[] {
  const signals: Signal[] = [];
  const { clientId } = facts;
  const { device } = facts;

  if (device?.status === 'reserved') {
    signals.push(
      ...overdueSignal({
        kind: 'device.pickup_overdue',
        clientId,
        id: device.deviceId,
        since: device.reservedAt,
        days: thresholds.pickupOverdueDays,
        now,
        subject: { deviceId: device.deviceId },
      }),
    );
  }

  if (device?.status === 'handed_out') {
    const installation = facts.cheques.find(
      (cheque) =>
        cheque.purpose === 'installation' &&
        (cheque.status === 'issued' || cheque.status === 'requested' || cheque.status === 'scheduled'),
    );
    if (installation) {
      signals.push(
        ...overdueSignal({
          kind: 'cheque.installation_overdue',
          clientId,
          id: installation.code,
          since: device.handedOutAt,
          days: thresholds.installationOverdueDays,
          now,
          subject: { chequeCode: installation.code },
        }),
      );
    }
  }

  for (const cheque of facts.cheques) {
    if (cheque.status !== 'issued' && cheque.status !== 'requested' && cheque.status !== 'scheduled')
      continue;
    if (now.getTime() >= cheque.validUntil.getTime()) continue;
    const warnFrom = addDays({ instant: cheque.validUntil, days: -thresholds.chequeExpiringDays });
    if (now.getTime() < warnFrom.getTime()) continue;
    const urgentFrom = addDays({ instant: cheque.validUntil, days: -thresholds.chequeExpiringDays / 3 });
    const severity = now.getTime() >= urgentFrom.getTime() ? 'urgent' : 'warning';
    signals.push(
      signal('cheque.expiring', clientId, cheque.code, cheque.validUntil, severity, {
        chequeCode: cheque.code,
      }),
    );
  }

  const { training } = facts;
  if (training) {
    const absences = absentTwiceInARow({ sessions: training.sessions, marks: training.marks });
    if (absences.absentTwice) {
      const second = training.sessions.find((session) => session.id === absences.sessionIds[1])!;
      const dueAt = addDays({ instant: startOfCalendarDate(second.date), days: 1 });
      const later = [...training.sessions]
        .sort(compareSessions)
        .filter((session) => compareSessions(session, second) > 0);
      const nextMarked = later.some((session) =>
        training.marks.some((mark) => mark.sessionId === session.id && mark.status !== 'absent'),
      );
      if (!nextMarked) {
        signals.push(
          signal(
            'training.absent_twice',
            clientId,
            `${training.groupId}:${absences.sessionIds.join('+')}`,
            dueAt,
            'warning',
            { groupId: training.groupId, sessionIds: absences.sessionIds },
          ),
        );
      }
    }
    if (training.finishedOn !== null && training.referral === null) {
      signals.push(
        ...overdueSignal({
          kind: 'training.referral_missing',
          clientId,
          id: training.groupId,
          since: startOfCalendarDate(training.finishedOn),
          days: thresholds.referralMissingDays,
          now,
          subject: { groupId: training.groupId },
        }),
      );
    }
  }

  if (training) signals.push(...sessionChangeSignals(clientId, training, now, thresholds));

  for (const visit of facts.visits) {
    if (!visit.needsFollowUp || visit.followUpResolved) continue;
    const dueAt = addDays({ instant: startOfCalendarDate(visit.date), days: thresholds.needsFollowUpDays });
    const severity = now.getTime() >= dueAt.getTime() ? 'urgent' : 'warning';
    signals.push(
      signal('visit.needs_follow_up', clientId, visit.chequeCode, dueAt, severity, {
        chequeCode: visit.chequeCode,
      }),
    );
  }

  for (const failure of facts.unreachable ?? []) {
    signals.push(
      signal(
        failure.channel === 'sms' ? 'contact.phone_unreachable' : 'contact.email_unreachable',
        clientId,
        failure.channel,
        failure.failedAt,
        'warning',
        { channel: failure.channel },
      ),
    );
  }

  signals.push(
    ...overdueSignal({
      kind: 'client.inactive',
      clientId,
      id: 'activity',
      since: facts.lastActivityAt,
      days: thresholds.inactiveDays,
      now,
      subject: {},
    }),
  );

  return signals;
}

const SEVERITY_ORDER: Record<SignalSeverity, number> = { urgent: 0, warning: 1 };

/**
 * Orders signals deterministically: earliest due first, then urgent before warning, then by kind,
 * client and key.
 *
 * @example
 * [...signals].sort(compareSignals);
 */
export function compareSignals(a: Signal, b: Signal): number {
  return (
    a.dueAt.getTime() - b.dueAt.getTime() ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.kind.localeCompare(b.kind) ||
    a.clientId.localeCompare(b.clientId) ||
    a.key.localeCompare(b.key)
  );
}

/**
 * Raises the follow-up signals for a set of clients at `now`, with the programme's thresholds:
 * - `device.pickup_overdue`: a reserved laptop not picked up after `pickupOverdueDays`;
 * - `cheque.installation_overdue`: laptop handed out, installation cheque still open after `installationOverdueDays`;
 * - `cheque.expiring`: an open cheque expires within `chequeExpiringDays`;
 * - `training.absent_twice`: absent from two sessions in a row (and not seen since);
 * - `training.referral_missing`: course finished, no referral decision after `referralMissingDays`;
 * - `training.session_changed`: a session of the client's group moved or cancelled less than
 *   `sessionChangeNoticeDays` before it was planned, until its day is over (urgent within a day);
 * - `visit.needs_follow_up`: a student's flag not yet answered (urgent after `needsFollowUpDays`);
 * - `client.inactive`: no activity for `inactiveDays`;
 * - `contact.phone_unreachable` / `contact.email_unreachable`: the last SMS or e-mail to the client
 *   failed for good and the number or address was not changed since (it resolves once it is).
 *
 * @example
 * deriveSignals({ clients: [facts], now: new Date('2025-04-20T09:00:00Z'), thresholds: defaultProgrammeSettings().followUp });
 * // { signals: [{ kind: 'device.pickup_overdue', owner: 'welfare', clientId: 'cli_1', severity: 'warning', ... }] }
 */
export function deriveSignals({
  clients,
  now,
  thresholds,
}: {
  clients: readonly FollowUpFacts[];
  now: Date;
  thresholds: FollowUpThresholds;
}): { signals: Signal[] } {
  const signals = clients
    .filter((facts) => facts.open)
    .flatMap((facts) => clientSignals(facts, now, thresholds));
  return { signals: signals.sort(compareSignals) };
}

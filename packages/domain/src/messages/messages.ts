import type { ClientLanguage } from '../languages/languages';
import { translate } from '../translations/translations';

/**
 * The channels a message reaches a client by. SMS and e-mail need the client's recorded consent and a
 * number or address; a letter is printed for a client who has neither, unless they refused letters.
 *
 * @example
 * MESSAGE_CHANNELS; // ['sms', 'email', 'letter']
 */
export const MESSAGE_CHANNELS = ['sms', 'email', 'letter'] as const;

/** One of {@link MESSAGE_CHANNELS}. @example const channel: MessageChannel = 'sms'; */
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/**
 * Where a message is in its life: `queued` in the outbox, `sending` once an attempt is recorded and
 * handed to the channel, `sent` when the channel accepted it, `delivered` when the provider reported
 * it on the phone, `failed` for good (with a reason), `withdrawn` before it was sent (moved,
 * cancelled, consent withdrawn).
 *
 * @example
 * MESSAGE_STATUSES.includes('withdrawn'); // true
 */
export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'withdrawn'] as const;

/** One of {@link MESSAGE_STATUSES}. @example const status: MessageStatus = 'sent'; */
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/**
 * What a message says: a reminder before the appointment to pick up the laptop, a home-help visit or a
 * training half-day, a notice that a visit or half-day was moved or cancelled, a nudge to use the
 * second home-help cheque, or word that the welfare centre will call for the outcome follow-up.
 *
 * @example
 * const kind: MessageKind = 'lesson_moved';
 */
export const MESSAGE_KINDS = [
  'pickup_reminder',
  'visit_reminder',
  'visit_moved',
  'visit_cancelled',
  'lesson_reminder',
  'lesson_moved',
  'lesson_cancelled',
  'cheque_nudge',
  'outcome_follow_up',
] as const;

/** One of {@link MESSAGE_KINDS}. */
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * Weeks after the installation visit a client whose second cheque is still unused gets one nudge,
 * unless the programme sets another number (0: no nudges).
 */
export const DEFAULT_SECOND_CHEQUE_NUDGE_WEEKS = 4;

/** Days before an appointment its reminders go out, unless the programme sets others. */
export const DEFAULT_REMINDER_DAYS_BEFORE: readonly number[] = [5, 1];

/** What the client agreed to, per channel: `true` agreed, `false` refused, absent when never asked. */
export type ChannelConsents = Partial<Record<MessageChannel, boolean>>;

/**
 * The channel a message to this client goes by, or `null` when none may be used: the preferred
 * channel when it is usable, else SMS, then e-mail (each needs consent and a number or address),
 * then a letter unless the client refused letters.
 *
 * @example
 * chooseChannel({ consents: { sms: true, email: true }, preferred: 'email', hasPhone: true, hasEmail: true }); // 'email'
 * chooseChannel({ consents: { sms: false }, preferred: null, hasPhone: true, hasEmail: false }); // 'letter'
 */
export function chooseChannel({
  consents,
  preferred,
  hasPhone,
  hasEmail,
}: {
  consents: ChannelConsents;
  preferred: MessageChannel | null;
  hasPhone: boolean;
  hasEmail: boolean;
}): MessageChannel | null {
  const usable: MessageChannel[] = [];
  if (consents.sms === true && hasPhone) usable.push('sms');
  if (consents.email === true && hasEmail) usable.push('email');
  if (consents.letter !== false) usable.push('letter');
  if (preferred && usable.includes(preferred)) return preferred;
  return usable[0] ?? null;
}

/**
 * When each reminder of an appointment goes out: `daysBefore` whole days before it, at the same time
 * of day. Reminders whose moment is already past are left out (a visit planned three days ahead gets
 * no five-day reminder), and an appointment already past gets none.
 *
 * @example
 * reminderMoments({ startsAt: new Date('2026-12-10T09:00:00Z'), daysBefore: [5, 1], now: new Date('2026-12-07T09:00:00Z') });
 * // [{ daysBefore: 1, sendAt: new Date('2026-12-09T09:00:00Z') }]
 */
export function reminderMoments({
  startsAt,
  daysBefore,
  now,
}: {
  startsAt: Date;
  daysBefore: readonly number[];
  now: Date;
}): { daysBefore: number; sendAt: Date }[] {
  if (startsAt.getTime() <= now.getTime()) return [];
  return [...new Set(daysBefore)]
    .map((days) => ({ daysBefore: days, sendAt: new Date(startsAt.getTime() - days * 86_400_000) }))
    .filter((moment) => moment.sendAt.getTime() > now.getTime())
    .sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
}

/**
 * How long to wait before the next attempt after a transient failure: one minute, doubling per
 * attempt, at most an hour.
 *
 * @example
 * retryDelaySeconds({ attempts: 1 }); // 60
 * retryDelaySeconds({ attempts: 3 }); // 240
 */
export function retryDelaySeconds({ attempts }: { attempts: number }): number {
  return Math.min(3600, 60 * 2 ** Math.max(0, attempts - 1));
}

/** Transient failures are retried up to this many attempts in all; then the message fails. */
export const MESSAGE_MAX_ATTEMPTS = 5;

/** What a text is filled in with; a nudge or follow-up names no moment, so `date` and `time` may be left out. */
export type MessageValues = { from: string; date?: string; time?: string; place?: string };

/**
 * A message's text in the client's language, or in Dutch when that language has no text for it, with
 * the language used and whether that text was reviewed. The texts are the `message.<kind>` entries of
 * the PO files (`translations/po/<language>.po`), one per kind. Placeholders: `{from}` who sends (the
 * partner's name), `{date}` (dd/mm), `{time}` (hh:mm), `{place}`. Texts say nothing about the client's
 * situation (no welfare, income or device), so a message read by someone else reveals nothing.
 *
 * @example
 * renderMessage({ kind: 'visit_reminder', language: 'en', values: { from: 'Beego', date: '10/12', time: '09:00' } }).text;
 * // 'Beego: we will visit you at home on 10/12 at 09:00. Cannot make it? Call us.'
 */
export function renderMessage({
  kind,
  language,
  values,
}: {
  kind: MessageKind;
  language: string;
  values: MessageValues;
}): { text: string; language: ClientLanguage; reviewed: boolean } {
  const { text: template, language: used, reviewed } = translate({ key: `message.${kind}`, language });
  const text = template.replace(/\{(from|date|time|place)\}/g, (_, key: keyof MessageValues) =>
    (values[key] ?? '').trim(),
  );
  return {
    text: text.replace(/, \./g, '.').replace(/,\s*$/, ''),
    language: used,
    reviewed,
  };
}

/**
 * Appointments below this many in either group (with a reminder sent, without) are too few to compare
 * their missed rates: a difference that small groups show is chance more often than effect.
 */
export const REMINDER_EFFECT_MIN_APPOINTMENTS = 10;

/** Appointments that came to pass, and how many of them the client missed. */
export type MissedAppointments = { appointments: number; missed: number };

/** One group of the comparison, with its rate of missed appointments (`null` without appointments). */
export type MissedRate = MissedAppointments & { rate: number | null };

function missedRate(group: MissedAppointments): MissedRate {
  return {
    ...group,
    rate: group.appointments === 0 ? null : Math.round((group.missed / group.appointments) * 1000) / 1000,
  };
}

/**
 * Missed appointments with a reminder sent beforehand against those without, each with its rate, and
 * whether both groups are large enough (`minimum` appointments each) to compare.
 *
 * @example
 * compareReminderEffect({ withReminder: { appointments: 40, missed: 4 }, withoutReminder: { appointments: 20, missed: 6 } });
 * // { withReminder: { appointments: 40, missed: 4, rate: 0.1 }, withoutReminder: { appointments: 20, missed: 6, rate: 0.3 }, comparable: true }
 */
export function compareReminderEffect({
  withReminder,
  withoutReminder,
  minimum = REMINDER_EFFECT_MIN_APPOINTMENTS,
}: {
  withReminder: MissedAppointments;
  withoutReminder: MissedAppointments;
  minimum?: number;
}): { withReminder: MissedRate; withoutReminder: MissedRate; comparable: boolean } {
  return {
    withReminder: missedRate(withReminder),
    withoutReminder: missedRate(withoutReminder),
    comparable: withReminder.appointments >= minimum && withoutReminder.appointments >= minimum,
  };
}

import type { RecommendedPackage } from '../assessment/assessment';
import { type Outcome, refuse } from '../shared/result';
import type { CalendarDate } from '../shared/time';
import type { ProgrammeVariations } from './programme';

/**
 * Why a Digibuddy pairing, a meeting or its end was refused.
 *
 * @example
 * const code: BuddyRefusalCode = 'buddy.not_offered';
 */
export type BuddyRefusalCode =
  | 'buddy.not_offered'
  | 'buddy.agreed_end_before_start'
  | 'buddy.starts_in_future'
  | 'buddy.meeting_before_start'
  | 'buddy.meeting_in_future'
  | 'buddy.end_before_start'
  | 'buddy.end_in_future';

/**
 * Whether a client may be paired with a Digibuddy: the programme offers the variation, or the
 * client's package was changed to include one (a social worker's choice, recorded with a reason).
 *
 * @example
 * mayPairWithBuddy({ variations: { chequesInsteadOfTraining: false, extraCheques: 2, digibuddy: true }, package: null }); // true
 * mayPairWithBuddy({ variations: { chequesInsteadOfTraining: false, extraCheques: 2, digibuddy: false }, package: null }); // false
 */
export function mayPairWithBuddy({
  variations,
  package: chosen,
}: {
  variations: Pick<ProgrammeVariations, 'digibuddy'>;
  package: Pick<RecommendedPackage, 'digibuddy'> | null;
}): boolean {
  return variations.digibuddy || chosen?.digibuddy === true;
}

/**
 * Checks the dates of a new pairing: it starts today or earlier, and the agreed end is not before the start.
 *
 * @example
 * checkBuddyPairingDates({ startedOn: '2025-03-01', agreedEndOn: '2025-09-01', today: '2025-03-03' }); // { ok: true }
 * checkBuddyPairingDates({ startedOn: '2025-03-01', agreedEndOn: '2025-02-01', today: '2025-03-03' });
 * // { ok: false, reasons: [{ code: 'buddy.agreed_end_before_start' }] }
 */
export function checkBuddyPairingDates({
  startedOn,
  agreedEndOn,
  today,
}: {
  startedOn: CalendarDate;
  agreedEndOn: CalendarDate;
  today: CalendarDate;
}): Outcome<object, BuddyRefusalCode> {
  if (startedOn > today) return refuse({ code: 'buddy.starts_in_future' });
  if (agreedEndOn < startedOn) return refuse({ code: 'buddy.agreed_end_before_start' });
  return { ok: true };
}

/** The day a pairing started and the day it is now, between which its meetings and end fall. */
interface PairingDays {
  startedOn: CalendarDate;
  today: CalendarDate;
}

/**
 * Checks the date of a meeting of a pairing: on or after its start, and not in the future.
 *
 * @example
 * checkBuddyMeetingDate({ startedOn: '2025-03-01', metOn: '2025-03-08', today: '2025-03-10' }); // { ok: true }
 * checkBuddyMeetingDate({ startedOn: '2025-03-01', metOn: '2025-02-20', today: '2025-03-10' });
 * // { ok: false, reasons: [{ code: 'buddy.meeting_before_start' }] }
 */
export function checkBuddyMeetingDate({
  metOn,
  ...days
}: PairingDays & { metOn: CalendarDate }): Outcome<object, BuddyRefusalCode> {
  return checkPairingDay(metOn, days, ['buddy.meeting_before_start', 'buddy.meeting_in_future']);
}

/**
 * Checks the date a pairing ends: on or after its start, and not in the future.
 *
 * @example
 * checkBuddyEndDate({ startedOn: '2025-03-01', endedOn: '2025-08-30', today: '2025-09-01' }); // { ok: true }
 * checkBuddyEndDate({ startedOn: '2025-03-01', endedOn: '2025-09-02', today: '2025-09-01' });
 * // { ok: false, reasons: [{ code: 'buddy.end_in_future' }] }
 */
export function checkBuddyEndDate({
  endedOn,
  ...days
}: PairingDays & { endedOn: CalendarDate }): Outcome<object, BuddyRefusalCode> {
  return checkPairingDay(endedOn, days, ['buddy.end_before_start', 'buddy.end_in_future']);
}

/** A day of a pairing lies on or after its start and not after today; otherwise the code for the side it missed. */
function checkPairingDay(
  day: CalendarDate,
  { startedOn, today }: PairingDays,
  [beforeStart, inFuture]: readonly [BuddyRefusalCode, BuddyRefusalCode],
): Outcome<object, BuddyRefusalCode> {
  if (day < startedOn) return refuse({ code: beforeStart });
  if (day > today) return refuse({ code: inFuture });
  return { ok: true };
}

import type { Reason } from '../shared/result';
import type { CalendarDate } from '../shared/time';
import { isCalendarDate } from '../shared/time';

/**
 * The three things a wave can run out of.
 *
 * @example
 * WAVE_CAPACITY_KINDS.includes('laptops'); // true
 */
export const WAVE_CAPACITY_KINDS = ['laptops', 'chequeHours', 'trainingSeats'] as const;

/** One of {@link WAVE_CAPACITY_KINDS}. @example const kind: WaveCapacityKind = 'trainingSeats'; */
export type WaveCapacityKind = (typeof WAVE_CAPACITY_KINDS)[number];

/**
 * Amounts per capacity kind: what a wave can hold, or what a plan needs.
 *
 * @example
 * const capacity: WaveCapacity = { laptops: 50, chequeHours: 100, trainingSeats: 36 };
 */
export type WaveCapacity = Readonly<Record<WaveCapacityKind, number>>;

/**
 * A wave: one batch of clients handled together, with its planned pickup period and capacity. The fiche
 * advises small waves, repeated, over one big action.
 *
 * @example
 * const wave: Wave = {
 *   id: 'wav_1', name: 'Spring 2025', pickupFrom: '2025-04-01', pickupUntil: '2025-04-30',
 *   capacity: { laptops: 50, chequeHours: 100, trainingSeats: 36 },
 * };
 */
export interface Wave {
  readonly id: string;
  readonly name: string;
  readonly pickupFrom: CalendarDate;
  readonly pickupUntil: CalendarDate;
  readonly capacity: WaveCapacity;
}

/**
 * One capacity a plan would overflow, and by how much.
 *
 * @example
 * const overflow: WaveOverflow = { code: 'wave.capacity_exceeded', capacity: 'laptops', limit: 50, needed: 53, overflowBy: 3 };
 */
export type WaveOverflow = Reason<'wave.capacity_exceeded'> & {
  readonly capacity: WaveCapacityKind;
  readonly limit: number;
  readonly needed: number;
  readonly overflowBy: number;
};

/**
 * The capacity a set of recommended packages needs: one laptop each, the cheque hours, and a seat for
 * each client on the basic course.
 *
 * @example
 * demandOfPackages({ packages: [{ laptop: true, cheques: 2, basicCourse: true }], minutesPerCheque: 60 });
 * // { laptops: 1, chequeHours: 2, trainingSeats: 1 }
 */
export function demandOfPackages({
  packages,
  minutesPerCheque,
}: {
  packages: readonly { laptop: boolean; cheques: number; basicCourse: boolean }[];
  minutesPerCheque: number;
}): WaveCapacity {
  let laptops = 0;
  let cheques = 0;
  let trainingSeats = 0;
  for (const item of packages) {
    if (item.laptop) laptops += 1;
    cheques += item.cheques;
    if (item.basicCourse) trainingSeats += 1;
  }
  return { laptops, chequeHours: (cheques * minutesPerCheque) / 60, trainingSeats };
}

/**
 * Checks whether what is already committed to a wave plus what is added still fits; lists every
 * capacity that would overflow and by how much.
 *
 * @example
 * checkWaveCapacity({ wave, committed: { laptops: 48, chequeHours: 90, trainingSeats: 30 }, adding: { laptops: 5, chequeHours: 10, trainingSeats: 5 } });
 * // { ok: false, reasons: [{ code: 'wave.capacity_exceeded', capacity: 'laptops', limit: 50, needed: 53, overflowBy: 3 }] }
 */
export function checkWaveCapacity({
  wave,
  committed = { laptops: 0, chequeHours: 0, trainingSeats: 0 },
  adding,
}: {
  wave: Pick<Wave, 'capacity'>;
  committed?: WaveCapacity;
  adding: WaveCapacity;
}): { ok: true; remaining: WaveCapacity } | { ok: false; reasons: WaveOverflow[] } {
  const reasons: WaveOverflow[] = [];
  const remaining = { laptops: 0, chequeHours: 0, trainingSeats: 0 };
  for (const capacity of WAVE_CAPACITY_KINDS) {
    const limit = wave.capacity[capacity];
    const needed = committed[capacity] + adding[capacity];
    remaining[capacity] = limit - needed;
    if (needed > limit) {
      reasons.push({ code: 'wave.capacity_exceeded', capacity, limit, needed, overflowBy: needed - limit });
    }
  }
  return reasons.length === 0 ? { ok: true, remaining } : { ok: false, reasons };
}

/**
 * Codes {@link validateWave} can return.
 *
 * @example
 * const code: WaveReasonCode = 'wave.pickup_period.reversed';
 */
export type WaveReasonCode =
  | 'wave.name.missing'
  | 'wave.pickup_from.invalid'
  | 'wave.pickup_until.invalid'
  | 'wave.pickup_period.reversed'
  | 'wave.capacity.invalid';

/**
 * Checks a wave's name, pickup period and capacities (non-negative; laptops and seats whole numbers).
 *
 * @example
 * validateWave({ wave: { ...wave, pickupFrom: '2025-05-01', pickupUntil: '2025-04-01' } });
 * // { ok: false, reasons: [{ code: 'wave.pickup_period.reversed' }] }
 */
export function validateWave({
  wave,
}: {
  wave: Wave;
}): { ok: true; wave: Wave } | { ok: false; reasons: Reason<WaveReasonCode>[] } {
  const reasons: Reason<WaveReasonCode>[] = [];
  if (wave.name.trim() === '') reasons.push({ code: 'wave.name.missing', field: 'name' });
  const fromValid = isCalendarDate(wave.pickupFrom);
  const untilValid = isCalendarDate(wave.pickupUntil);
  if (!fromValid) reasons.push({ code: 'wave.pickup_from.invalid', field: 'pickupFrom' });
  if (!untilValid) reasons.push({ code: 'wave.pickup_until.invalid', field: 'pickupUntil' });
  if (fromValid && untilValid && wave.pickupFrom > wave.pickupUntil) {
    reasons.push({ code: 'wave.pickup_period.reversed', field: 'pickupUntil' });
  }
  for (const capacity of WAVE_CAPACITY_KINDS) {
    const value = wave.capacity[capacity];
    const whole = capacity === 'chequeHours' || Number.isInteger(value);
    if (!Number.isFinite(value) || value < 0 || !whole) {
      reasons.push({ code: 'wave.capacity.invalid', field: `capacity.${capacity}`, capacity, value });
    }
  }
  return reasons.length === 0 ? { ok: true, wave } : { ok: false, reasons };
}

/**
 * Days after a wave's last pickup day in which its home-help visits are expected: the installation
 * visit follows the pickup within weeks, so a wave draws on the partner's hours over its pickup period
 * plus this tail.
 *
 * @example
 * WAVE_HOME_HELP_TAIL_DAYS; // 30
 */
export const WAVE_HOME_HELP_TAIL_DAYS = 30;

/** A wave's pickup period and the home-help hours it holds, as {@link homeHelpHoursAvailable} reads it. */
export interface WaveHoursClaim {
  readonly pickupFrom: CalendarDate;
  readonly pickupUntil: CalendarDate;
  readonly chequeHours: number;
}

function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The days a wave draws on home help: its pickup period plus the tail, first and last day included. */
function homeHelpWindow({ pickupFrom, pickupUntil }: Omit<WaveHoursClaim, 'chequeHours'>) {
  return { first: dayNumber(pickupFrom), last: dayNumber(pickupUntil) + WAVE_HOME_HELP_TAIL_DAYS };
}

/**
 * The home-help hours still free for a wave: the hours per month the home-help partner agreed to,
 * counted over the days the wave draws on home help (30-day months), minus the share of every other
 * wave of the programme whose days overlap (each wave's hours spread evenly over its own days).
 * Rounded down to whole hours, never below zero.
 *
 * @example
 * homeHelpHoursAvailable({
 *   hoursPerMonth: 60,
 *   wave: { pickupFrom: '2025-04-01', pickupUntil: '2025-04-30' },
 *   otherWaves: [],
 * }); // { hours: 120 } (60 days: April plus the 30-day tail)
 */
export function homeHelpHoursAvailable({
  hoursPerMonth,
  wave,
  otherWaves,
}: {
  hoursPerMonth: number;
  wave: Omit<WaveHoursClaim, 'chequeHours'>;
  otherWaves: readonly WaveHoursClaim[];
}): { hours: number } {
  const own = homeHelpWindow(wave);
  const ownDays = own.last - own.first + 1;
  let claimed = 0;
  for (const other of otherWaves) {
    const window = homeHelpWindow(other);
    const overlap = Math.min(own.last, window.last) - Math.max(own.first, window.first) + 1;
    if (overlap > 0) claimed += (other.chequeHours * overlap) / (window.last - window.first + 1);
  }
  return { hours: Math.max(0, Math.floor((hoursPerMonth * ownDays) / 30 - claimed + 1e-9)) };
}

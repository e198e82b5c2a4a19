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

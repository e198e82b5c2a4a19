import type { Reason } from '../shared/result';
import type { CalendarDate } from '../shared/time';

/**
 * The oldest age a birth date may give: a date further back is a typing error, not a client.
 *
 * @example
 * BIRTH_DATE_MAX_AGE_YEARS; // 120
 */
export const BIRTH_DATE_MAX_AGE_YEARS = 120;

/**
 * Codes {@link validateBirthDate} can return.
 *
 * @example
 * const code: BirthDateReasonCode = 'client.birth_date_out_of_range';
 */
export type BirthDateReasonCode = 'client.birth_date_out_of_range';

/**
 * The days a birth date may fall on: from {@link BIRTH_DATE_MAX_AGE_YEARS} years ago up to today.
 *
 * @example
 * birthDateWindow({ today: '2025-03-12' }); // { earliest: '1905-03-12', latest: '2025-03-12' }
 */
export function birthDateWindow({ today }: { today: CalendarDate }): {
  earliest: CalendarDate;
  latest: CalendarDate;
} {
  const year = Number(today.slice(0, 4)) - BIRTH_DATE_MAX_AGE_YEARS;
  // Same month and day; 29 February a leap year back only sorts one day late, which does not matter here.
  return { earliest: `${String(year).padStart(4, '0')}${today.slice(4)}`, latest: today };
}

/**
 * Checks that a birth date (a real `YYYY-MM-DD` date) lies in a plausible past: not after today and
 * not more than {@link BIRTH_DATE_MAX_AGE_YEARS} years ago. The reason names the field and the window.
 *
 * @example
 * validateBirthDate({ birthDate: '2100-01-01', today: '2025-03-12' });
 * // { ok: false, reasons: [{ code: 'client.birth_date_out_of_range', field: 'birthDate', birthDate: '2100-01-01',
 * //   earliest: '1905-03-12', latest: '2025-03-12' }] }
 */
export function validateBirthDate({
  birthDate,
  today,
}: {
  birthDate: CalendarDate;
  today: CalendarDate;
}):
  | { ok: true }
  | { ok: false; reasons: [Reason<BirthDateReasonCode> & { earliest: CalendarDate; latest: CalendarDate }] } {
  const { earliest, latest } = birthDateWindow({ today });
  if (birthDate >= earliest && birthDate <= latest) return { ok: true };
  return {
    ok: false,
    reasons: [{ code: 'client.birth_date_out_of_range', field: 'birthDate', birthDate, earliest, latest }],
  };
}

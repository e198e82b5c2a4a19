/**
 * A calendar date as `YYYY-MM-DD` (a day in the programme's own time zone, no time of day).
 * Instants are `Date` objects; calendar dates are these strings.
 *
 * @example
 * const sessionDate: CalendarDate = '2025-04-14';
 */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The time zone in which a programme's calendar dates are meant (Flemish municipalities).
 *
 * @example
 * toCalendarDate({ instant: new Date('2025-03-31T22:30:00Z'), timeZone: PROGRAMME_TIME_ZONE }); // '2025-04-01'
 */
export const PROGRAMME_TIME_ZONE = 'Europe/Brussels';

/**
 * Whether a string is a real `YYYY-MM-DD` date (so `2025-02-30` is not).
 *
 * @example
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2025-02-29'); // false
 */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar date of an instant in a time zone (default: the programme's).
 *
 * @example
 * toCalendarDate({ instant: new Date('2025-06-30T23:30:00Z') }); // '2025-07-01' (Brussels summer time)
 * toCalendarDate({ instant: new Date('2025-06-30T23:30:00Z'), timeZone: 'UTC' }); // '2025-06-30'
 */
export function toCalendarDate({
  instant,
  timeZone = PROGRAMME_TIME_ZONE,
}: {
  instant: Date;
  timeZone?: string;
}): CalendarDate {
  // en-CA formats as YYYY-MM-DD, which keeps this free of manual padding.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The instant at which a calendar date starts, at midnight UTC. Day-based thresholds use it, where
 * an hour's difference with local midnight does not matter.
 *
 * @example
 * startOfCalendarDate('2025-04-14').toISOString(); // '2025-04-14T00:00:00.000Z'
 */
export function startOfCalendarDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/**
 * An instant plus a number of days (24-hour days; may be negative).
 *
 * @example
 * addDays({ instant: new Date('2025-01-30T09:00:00Z'), days: 3 }).toISOString(); // '2025-02-02T09:00:00.000Z'
 */
export function addDays({ instant, days }: { instant: Date; days: number }): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/**
 * An instant plus calendar months in UTC; a day that does not exist in the target month is clamped to
 * the month's last day, so a cheque issued on 31 January with one month of validity runs until 28 (or 29)
 * February.
 *
 * @example
 * addMonths({ instant: new Date('2025-01-31T10:00:00Z'), months: 1 }).toISOString(); // '2025-02-28T10:00:00.000Z'
 */
export function addMonths({ instant, months }: { instant: Date; months: number }): Date {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(instant.getTime());
  result.setUTCFullYear(year, month, Math.min(instant.getUTCDate(), lastDay));
  return result;
}

/**
 * Whole days from one instant to a later one (rounded down; negative when `to` is earlier).
 *
 * @example
 * daysBetween({ from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-01-03T12:00:00Z') }); // 2
 */
export function daysBetween({ from, to }: { from: Date; to: Date }): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

import { shiftDate } from '../../ground/shared/clock';

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00.000Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The first `count` dates on or after `startDate` that fall on one of `weekdays`, e.g. three
 * mornings in one week (Monday, Wednesday, Friday) or one morning a week for three weeks.
 */
export function sessionDatesFromPattern({
  startDate,
  weekdays,
  count,
}: {
  startDate: string;
  weekdays: readonly number[];
  count: number;
}): string[] {
  const days = new Set(weekdays.filter((day) => day >= 1 && day <= 7));
  if (days.size === 0 || count <= 0) return [];
  const dates: string[] = [];
  for (let offset = 0; dates.length < count; offset += 1) {
    const date = shiftDate({ date: startDate, days: offset });
    if (days.has(isoWeekday(date))) dates.push(date);
  }
  return dates;
}

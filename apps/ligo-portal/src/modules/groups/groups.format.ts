import { i18n } from '../../portal';
import { sessionDay } from '../sessions/sessions.format';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

// 2024-01-01 was a Monday: weekday n is 2024-01-0n.
export const weekdayName = (day: number) =>
  i18n.formatDate(new Date(Date.UTC(2024, 0, day)), { weekday: 'long', timeZone: 'UTC' });

/** A session's day as the group page writes it: "ma 3 maart 2025". */
export const longDay = (date: string) =>
  i18n.formatDate(sessionDay(date), {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

import type { SessionSummary } from '@digipakket/portal-kit';

/** A session's calendar date as a Date at UTC midnight, to format with `timeZone: 'UTC'` without shifting. */
export function sessionDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** `09:00:00` and `9:00` both read as `09:00`. */
export function shortTime(time: string): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${hours.padStart(2, '0')}:${minutes.padStart(2, '0')}`;
}

/** Sessions in the order they take place. */
export function sortSessions(sessions: readonly SessionSummary[]): SessionSummary[] {
  return [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || shortTime(a.startTime).localeCompare(shortTime(b.startTime)),
  );
}

export function localDateKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Where the API gets the time from; tests pass a clock they can move. */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

/** The time zone of a deployment that sets none (`TIME_ZONE`): the programmes run in Belgium. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

/** A clock that stands still until told to move; for tests of timeouts and windows. */
export function createManualClock({ start }: { start: Date }) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: ({ minutes = 0, hours = 0, days = 0 }: { minutes?: number; hours?: number; days?: number }) => {
      current += ((days * 24 + hours) * 60 + minutes) * 60_000;
    },
    set: (date: Date) => {
      current = date.getTime();
    },
  };
}

// Building an Intl.DateTimeFormat costs far more than using one, and requests ask for dates often.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function toLocalDate({ instant, timeZone }: { instant: Date; timeZone: string }): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** A calendar date (YYYY-MM-DD) moved by a number of days. */
export function shiftDate({ date, days }: { date: string; days: number }): string {
  const shifted = new Date(`${date}T12:00:00.000Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

function offsetMinutes({ instant, timeZone }: { instant: Date; timeZone: string }): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of a wall-clock time (`HH:MM`) on a calendar date in a time zone. */
export function localDateTimeToInstant({
  date,
  time,
  timeZone,
}: {
  date: string;
  time: string;
  timeZone: string;
}): Date {
  const naive = new Date(`${date}T${time}:00.000Z`);
  const first = offsetMinutes({ instant: naive, timeZone });
  const guess = new Date(naive.getTime() - first * 60_000);
  const second = offsetMinutes({ instant: guess, timeZone });
  return new Date(naive.getTime() - second * 60_000);
}

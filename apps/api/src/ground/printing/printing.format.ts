import type { ClientLanguage } from '@digipakket/domain';

// Appointments happen in Belgium: Brussels time, the Gregorian calendar (Persian would otherwise
// default to the Solar Hijri one) and a 24-hour clock as on Belgian timetables. Digits are the
// locale's own (Persian digits for fa).
const TIME_ZONE = 'Europe/Brussels';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(
  key: string,
  make: () => T,
): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

function dateFormatter(language: ClientLanguage, style: 'long' | 'full'): Intl.DateTimeFormat {
  return cached(
    `date:${language}:${style}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: TIME_ZONE, calendar: 'gregory' }),
  );
}

/** A date as the language writes it, e.g. "12 maart 2025"; `full` adds the weekday. */
export function formatDate(args: { date: Date; language: ClientLanguage; withWeekday?: boolean }): string {
  return dateFormatter(args.language, args.withWeekday ? 'full' : 'long').format(args.date);
}

/** A clock time in Brussels, e.g. "09:30" (or "۰۹:۳۰" in Persian). */
export function formatTime(args: { date: Date; language: ClientLanguage }): string {
  return cached(
    `time:${args.language}`,
    () =>
      new Intl.DateTimeFormat(args.language, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: TIME_ZONE,
      }),
  ).format(args.date);
}

/** A whole number in the language's digits. */
export function formatNumber(args: { value: number; language: ClientLanguage }): string {
  return cached(`number:${args.language}`, () => new Intl.NumberFormat(args.language)).format(args.value);
}

/** A duration in hours with the language's plural, e.g. "1 uur", "2 години". */
export function formatHours(args: { hours: number; language: ClientLanguage }): string {
  return cached(
    `hours:${args.language}`,
    () => new Intl.NumberFormat(args.language, { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
  ).format(args.hours);
}

/** A distance, in metres below 1 km, e.g. "350 m", "1,3 km". */
export function formatDistance(args: { km: number; language: ClientLanguage }): string {
  if (args.km < 1) {
    const metres = Math.max(50, Math.round((args.km * 1000) / 50) * 50);
    return cached(
      `m:${args.language}`,
      () => new Intl.NumberFormat(args.language, { style: 'unit', unit: 'meter' }),
    ).format(metres);
  }
  return cached(
    `km:${args.language}`,
    () =>
      new Intl.NumberFormat(args.language, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }),
  ).format(args.km);
}

/** The name of a language (ISO 639-1) in the document's language, e.g. "Arabisch" in Dutch. */
export function formatLanguageName(args: { code: string; language: ClientLanguage }): string {
  try {
    return (
      cached(`lang:${args.language}`, () => new Intl.DisplayNames([args.language], { type: 'language' })).of(
        args.code,
      ) ?? args.code
    );
  } catch {
    return args.code;
  }
}

/**
 * A Belgian phone number in the national format people dial, e.g. "09 210 10 10",
 * "0470 12 34 56", "0800 12 345". The digits stay Western in every language: they are typed on
 * a phone keypad. Numbers that are not Belgian are returned as written.
 */
export function formatBelgianPhone(args: { phone: string }): string {
  const raw = args.phone.trim();
  let digits = raw.replace(/[^\d+]/g, '');
  if (digits.startsWith('+32')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0032')) digits = `0${digits.slice(4)}`;
  if (!/^0\d{8,9}$/.test(digits)) return raw;
  if (/^0[4]\d{8}$/.test(digits)) {
    return `${digits.slice(0, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)} ${digits.slice(8)}`;
  }
  if (/^0[89]0\d{6}$/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`;
  // Brussels, Antwerp, Liège, Gent (02, 03, 04, 09) have one-digit zone codes; the rest two.
  if (/^0[2349]\d{7}$/.test(digits)) {
    return `${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 7)} ${digits.slice(7)}`;
  }
  if (/^0\d{8}$/.test(digits)) {
    return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5, 7)} ${digits.slice(7)}`;
  }
  return raw;
}

/** A list in the language's own style, e.g. "Nederlands, Turks en Arabisch"; Arabic and Persian use "،". */
export function formatList(args: { items: string[]; language: ClientLanguage }): string {
  return new Intl.ListFormat(args.language, { type: 'conjunction', style: 'long' }).format(args.items);
}

function separator(language: ClientLanguage): string {
  return language === 'ar' || language === 'fa' ? '، ' : ', ';
}

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

function weekdayName(index: number, language: ClientLanguage): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + index, 12));
  return cached(
    `wd:${language}`,
    () => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }),
  ).format(date);
}

function clock(value: string, language: ClientLanguage): string {
  const [hours, minutes] = value.split(':').map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, hours ?? 0, minutes ?? 0));
  return cached(
    `clock:${language}`,
    () =>
      new Intl.DateTimeFormat(language, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
      }),
  ).format(date);
}

const RULE =
  /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)\s+((?:\d{1,2}:\d{2}-\d{1,2}:\d{2})(?:,\d{1,2}:\d{2}-\d{1,2}:\d{2})*)$/;

/**
 * Opening hours written in the documented weekly format ("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00")
 * as lines in the client's language: day names and digits translated. Anything else comes back as
 * written, one line.
 */
export function formatOpeningHours(args: { openingHours: string; language: ClientLanguage }): string[] {
  const rules = args.openingHours
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean);
  const lines: string[] = [];
  for (const rule of rules) {
    const match = RULE.exec(rule);
    if (!match) return [args.openingHours.trim()];
    const days = match[1]!
      .split(',')
      .map((range) =>
        range
          .split('-')
          .map((day) => weekdayName(WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]), args.language))
          .join(' – '),
      )
      .join(separator(args.language));
    const times = match[2]!
      .split(',')
      .map((span) =>
        span
          .split('-')
          .map((time) => clock(time, args.language))
          .join(' – '),
      )
      .join(separator(args.language));
    lines.push(`${days}: ${times}`);
  }
  return lines;
}

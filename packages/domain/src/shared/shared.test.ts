import { describe, expect, it } from 'vitest';
import {
  CLIENT_LANGUAGE_CODES,
  CLIENT_LANGUAGES,
  isClientLanguage,
  PORTAL_LANGUAGES,
  scriptDirection,
} from '../languages/languages';
import { at } from '../testing/fixtures';
import { assertNever, refuse } from './result';
import { addDays, addMonths, daysBetween, isCalendarDate, startOfCalendarDate, toCalendarDate } from './time';

describe('calendar dates and instants', () => {
  it('recognises real calendar dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
  });

  it('gives the calendar date of an instant in Brussels by default', () => {
    expect(toCalendarDate({ instant: at('2025-06-30T23:30:00Z') })).toBe('2025-07-01');
    expect(toCalendarDate({ instant: at('2025-06-30T23:30:00Z'), timeZone: 'UTC' })).toBe('2025-06-30');
    expect(startOfCalendarDate('2025-04-14').toISOString()).toBe('2025-04-14T00:00:00.000Z');
  });

  it('adds days and months, clamping to the end of a shorter month', () => {
    expect(addDays({ instant: at('2025-01-30T09:00:00Z'), days: 3 }).toISOString()).toBe(
      '2025-02-02T09:00:00.000Z',
    );
    expect(addMonths({ instant: at('2025-01-31T10:00:00Z'), months: 1 }).toISOString()).toBe(
      '2025-02-28T10:00:00.000Z',
    );
    expect(addMonths({ instant: at('2024-01-31T10:00:00Z'), months: 1 }).toISOString()).toBe(
      '2024-02-29T10:00:00.000Z',
    );
    expect(addMonths({ instant: at('2025-04-15T10:00:00Z'), months: 12 }).toISOString()).toBe(
      '2026-04-15T10:00:00.000Z',
    );
    expect(addMonths({ instant: at('2025-11-30T10:00:00Z'), months: 3 }).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
  });

  it('counts whole days between instants', () => {
    expect(daysBetween({ from: at('2025-01-01T00:00:00Z'), to: at('2025-01-03T12:00:00Z') })).toBe(2);
    expect(daysBetween({ from: at('2025-01-03T00:00:00Z'), to: at('2025-01-01T00:00:00Z') })).toBe(-2);
  });
});

describe('results', () => {
  it('builds refusals from reasons', () => {
    expect(refuse({ code: 'a.b' }, { code: 'c.d', detail: 1 })).toEqual({
      ok: false,
      reasons: [{ code: 'a.b' }, { code: 'c.d', detail: 1 }],
    });
  });

  it('throws when an impossible case is reached at run time', () => {
    expect(() => assertNever('surprise' as never)).toThrow('Unexpected value: "surprise"');
  });
});

describe('languages', () => {
  it('offers twelve client languages, Arabic and Persian right to left', () => {
    expect(CLIENT_LANGUAGE_CODES).toEqual([
      'nl',
      'fr',
      'en',
      'ar',
      'tr',
      'bg',
      'ro',
      'pl',
      'sk',
      'uk',
      'ru',
      'fa',
    ]);
    expect(
      CLIENT_LANGUAGES.filter((language) => language.direction === 'rtl').map((language) => language.code),
    ).toEqual(['ar', 'fa']);
    for (const language of CLIENT_LANGUAGES) expect(scriptDirection(language.code)).toBe(language.direction);
  });

  it('has Dutch, English and French portals', () => {
    expect(PORTAL_LANGUAGES).toEqual(['nl', 'en', 'fr']);
    expect(isClientLanguage('uk')).toBe(true);
    expect(isClientLanguage('de')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatBelgianPhone,
  formatDate,
  formatDistance,
  formatHours,
  formatLanguageName,
  formatList,
  formatOpeningHours,
  formatTime,
} from './printing.format';

describe('formatting for the client language', () => {
  it('writes dates in the language, in Brussels time', () => {
    const lateEvening = new Date('2025-03-11T23:30:00Z');
    expect(formatDate({ date: lateEvening, language: 'nl' })).toBe('12 maart 2025');
    expect(formatDate({ date: lateEvening, language: 'tr', withWeekday: true })).toBe(
      '12 Mart 2025 Çarşamba',
    );
    expect(formatDate({ date: lateEvening, language: 'uk' })).toBe('12 березня 2025 р.');
  });

  it('keeps Persian dates on the Gregorian calendar, in Persian digits', () => {
    expect(formatDate({ date: new Date('2025-03-12T10:00:00Z'), language: 'fa' })).toBe('۱۲ مارس ۲۰۲۵');
  });

  it('writes times on a 24-hour clock in Brussels time', () => {
    const afternoon = new Date('2025-07-01T12:30:00Z');
    expect(formatTime({ date: afternoon, language: 'en' })).toBe('14:30');
    expect(formatTime({ date: afternoon, language: 'fa' })).toBe('۱۴:۳۰');
  });

  it('uses the language plural for hours and the local unit for distances', () => {
    expect(formatHours({ hours: 1, language: 'nl' })).toBe('1 uur');
    expect(formatHours({ hours: 2, language: 'pl' })).toBe('2 godziny');
    expect(formatDistance({ km: 0.43, language: 'nl' })).toBe('450 m');
    expect(formatDistance({ km: 1.26, language: 'fr' })).toMatch(/^1,3\s+km$/u);
  });

  it('names languages and lists them the way the language does', () => {
    expect(formatLanguageName({ code: 'ar', language: 'nl' })).toBe('Arabisch');
    expect(formatList({ items: ['a', 'b', 'c'], language: 'nl' })).toBe('a, b en c');
    expect(formatList({ items: ['a', 'b', 'c'], language: 'ar' })).toBe('a وb وc');
  });

  it.each([
    ['09 266 99 00', '09 266 99 00'],
    ['+3292669900', '09 266 99 00'],
    ['0032 2 511 11 11', '02 511 11 11'],
    ['0470123456', '0470 12 34 56'],
    ['+32 470 12 34 56', '0470 12 34 56'],
    ['050/44 80 00', '050 44 80 00'],
    ['0800 12 345', '0800 12 345'],
    ['+31 20 123 4567', '+31 20 123 4567'],
  ])('writes the Belgian phone number %s as %s', (input, expected) => {
    expect(formatBelgianPhone({ phone: input })).toBe(expected);
  });

  it('translates opening hours written in the documented format', () => {
    expect(
      formatOpeningHours({ openingHours: 'Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00', language: 'nl' }),
    ).toEqual(['ma – vr: 09:00 – 12:00, 13:00 – 17:00', 'za: 10:00 – 12:00']);
    expect(formatOpeningHours({ openingHours: 'Tu,Th 14:00-18:00', language: 'en' })).toEqual([
      'Tue, Thu: 14:00 – 18:00',
    ]);
  });

  it('prints opening hours in another form as written', () => {
    expect(formatOpeningHours({ openingHours: 'Elke dinsdagvoormiddag', language: 'fr' })).toEqual([
      'Elke dinsdagvoormiddag',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createManualClock, localDateTimeToInstant, shiftDate, toLocalDate } from './clock';

describe('localDateTimeToInstant', () => {
  it('reads a Brussels wall-clock time in winter and in summer', () => {
    expect(
      localDateTimeToInstant({
        date: '2025-01-15',
        time: '10:00',
        timeZone: 'Europe/Brussels',
      }).toISOString(),
    ).toBe('2025-01-15T09:00:00.000Z');
    expect(
      localDateTimeToInstant({
        date: '2025-07-15',
        time: '10:00',
        timeZone: 'Europe/Brussels',
      }).toISOString(),
    ).toBe('2025-07-15T08:00:00.000Z');
  });
});

describe('toLocalDate', () => {
  it('gives the local calendar date, which can differ from the UTC one', () => {
    expect(toLocalDate({ instant: new Date('2025-06-30T23:30:00Z'), timeZone: 'Europe/Brussels' })).toBe(
      '2025-07-01',
    );
  });
});

describe('shiftDate', () => {
  it('moves across month and year ends', () => {
    expect(shiftDate({ date: '2025-12-31', days: 1 })).toBe('2026-01-01');
    expect(shiftDate({ date: '2025-03-01', days: -1 })).toBe('2025-02-28');
  });
});

describe('createManualClock', () => {
  it('stands still until moved', () => {
    const clock = createManualClock({ start: new Date('2025-01-01T00:00:00Z') });
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
    clock.advance({ minutes: 90 });
    expect(clock.now().toISOString()).toBe('2025-01-01T01:30:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { isoWeekday, sessionDatesFromPattern } from './training.schedule';

describe('session dates from a pattern', () => {
  it('gives three mornings in one week for Monday, Wednesday and Friday', () => {
    expect(sessionDatesFromPattern({ startDate: '2025-03-17', weekdays: [1, 3, 5], count: 3 })).toEqual([
      '2025-03-17',
      '2025-03-19',
      '2025-03-21',
    ]);
  });

  it('starts at the first matching day after a start date that does not match', () => {
    expect(sessionDatesFromPattern({ startDate: '2025-03-12', weekdays: [2], count: 3 })).toEqual([
      '2025-03-18',
      '2025-03-25',
      '2025-04-01',
    ]);
  });

  it('gives nothing without weekdays', () => {
    expect(sessionDatesFromPattern({ startDate: '2025-03-12', weekdays: [], count: 3 })).toEqual([]);
  });

  it('numbers Sunday 7 and Monday 1', () => {
    expect(isoWeekday('2025-03-16')).toBe(7);
    expect(isoWeekday('2025-03-17')).toBe(1);
  });
});

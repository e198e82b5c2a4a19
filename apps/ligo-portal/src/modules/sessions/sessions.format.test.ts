import type { SessionSummary } from '@digipakket/portal-kit';
import { describe, expect, it } from 'vitest';
import { localDateKey, sessionDay, shortTime, sortSessions } from './sessions.format';

const session = (id: string, date: string, startTime: string): SessionSummary => ({
  id,
  groupId: 'grp_1',
  groupName: 'Basisopleiding 1',
  date,
  startTime,
  endTime: '12:00',
  locationName: 'Ligo Gent, Oudevestplein',
  enrolledCount: 8,
});

describe('sessions formatting', () => {
  it('reads a calendar date as that day, whatever the time zone', () => {
    expect(sessionDay('2025-03-14').toISOString()).toBe('2025-03-14T00:00:00.000Z');
  });

  it('shows times as hours and minutes', () => {
    expect(shortTime('09:00:00')).toBe('09:00');
    expect(shortTime('9:30')).toBe('09:30');
  });

  it('orders sessions by date, then by start time', () => {
    const sorted = sortSessions([
      session('c', '2025-03-15', '09:00'),
      session('b', '2025-03-14', '13:00'),
      session('a', '2025-03-14', '9:00'),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('keys a local day as YYYY-MM-DD', () => {
    expect(localDateKey(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});

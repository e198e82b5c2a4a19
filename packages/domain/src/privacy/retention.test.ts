import { describe, expect, it } from 'vitest';
import {
  hasTrajectoryEnded,
  isDueForAnonymisation,
  isValidRetentionMonths,
  RETENTION_MONTHS,
  retentionCutoff,
} from './retention';

describe('retention period', () => {
  it('accepts whole months from one year to ten years, five by default', () => {
    expect(RETENTION_MONTHS.default).toBe(60);
    expect(isValidRetentionMonths(12)).toBe(true);
    expect(isValidRetentionMonths(120)).toBe(true);
    expect(isValidRetentionMonths(RETENTION_MONTHS.default)).toBe(true);
    expect(isValidRetentionMonths(11)).toBe(false);
    expect(isValidRetentionMonths(121)).toBe(false);
    expect(isValidRetentionMonths(24.5)).toBe(false);
  });

  it('counts calendar months back, keeping the time of day', () => {
    expect(retentionCutoff({ now: new Date('2025-03-12T08:00:00Z'), months: 60 })).toEqual(
      new Date('2020-03-12T08:00:00Z'),
    );
    expect(retentionCutoff({ now: new Date('2025-01-15T10:30:00Z'), months: 13 })).toEqual(
      new Date('2023-12-15T10:30:00Z'),
    );
  });

  it('falls back to the last day of a shorter month', () => {
    expect(retentionCutoff({ now: new Date('2025-03-31T08:00:00Z'), months: 1 })).toEqual(
      new Date('2025-02-28T08:00:00Z'),
    );
    expect(retentionCutoff({ now: new Date('2028-03-31T00:00:00Z'), months: 1 })).toEqual(
      new Date('2028-02-29T00:00:00Z'),
    );
  });
});

describe('due for anonymisation', () => {
  const now = new Date('2025-03-12T08:00:00Z');

  it('is due when the trajectory ended before the retention period', () => {
    for (const status of ['completed', 'rejected', 'dropped_out', 'closed'] as const) {
      expect(
        isDueForAnonymisation({
          started: true,
          status,
          lastChangeAt: new Date('2020-03-11T08:00:00Z'),
          now,
          months: 60,
        }),
      ).toBe(true);
    }
  });

  it('is not due while the retention period still runs', () => {
    expect(
      isDueForAnonymisation({
        started: true,
        status: 'completed',
        lastChangeAt: new Date('2020-03-12T08:00:00Z'),
        now,
        months: 60,
      }),
    ).toBe(false);
    expect(
      isDueForAnonymisation({
        started: true,
        status: 'closed',
        lastChangeAt: new Date('2024-06-01T00:00:00Z'),
        now,
        months: 12,
      }),
    ).toBe(false);
  });

  it('is never due while the trajectory is open, however old', () => {
    for (const status of [
      'referred',
      'assessed',
      'approved',
      'device_reserved',
      'equipped',
      'in_guidance',
    ] as const) {
      expect(
        isDueForAnonymisation({
          started: true,
          status,
          lastChangeAt: new Date('2001-01-01T00:00:00Z'),
          now,
          months: 12,
        }),
      ).toBe(false);
    }
  });
});

describe('trajectory ended', () => {
  it('counts a client never taken into a programme as ended', () => {
    expect(hasTrajectoryEnded({ started: false, status: 'referred' })).toBe(true);
    expect(
      isDueForAnonymisation({
        started: false,
        status: 'referred',
        lastChangeAt: new Date('2019-01-01T00:00:00Z'),
        now: new Date('2025-03-12T08:00:00Z'),
        months: 60,
      }),
    ).toBe(true);
  });

  it('counts a started trajectory as ended only in a final status', () => {
    expect(hasTrajectoryEnded({ started: true, status: 'referred' })).toBe(false);
    expect(hasTrajectoryEnded({ started: true, status: 'dropped_out' })).toBe(true);
  });
});

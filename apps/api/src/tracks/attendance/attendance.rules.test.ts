import { describe, expect, it } from 'vitest';
import { attendanceWindow } from './attendance.rules';

describe('the attendance window', () => {
  it('opens on the session day', () => {
    expect(
      attendanceWindow({
        sessionDate: '2025-03-12',
        today: '2025-03-12',
        cancelled: false,
        correctionDays: 7,
      }),
    ).toEqual({
      from: '2025-03-12',
      until: '2025-03-19',
      editable: true,
      refusal: null,
    });
  });

  it('is not open before the session', () => {
    expect(
      attendanceWindow({
        sessionDate: '2025-03-12',
        today: '2025-03-11',
        cancelled: false,
        correctionDays: 7,
      }).refusal,
    ).toBe('too_early');
  });

  it('still allows corrections seven days later, and not on the eighth', () => {
    expect(
      attendanceWindow({
        sessionDate: '2025-03-12',
        today: '2025-03-19',
        cancelled: false,
        correctionDays: 7,
      }).editable,
    ).toBe(true);
    expect(
      attendanceWindow({
        sessionDate: '2025-03-12',
        today: '2025-03-20',
        cancelled: false,
        correctionDays: 7,
      }).refusal,
    ).toBe('too_late');
  });

  it('follows the programme: a window of zero days closes the day after the session', () => {
    const window = { sessionDate: '2025-03-12', cancelled: false, correctionDays: 0 };
    expect(attendanceWindow({ ...window, today: '2025-03-12' })).toMatchObject({
      until: '2025-03-12',
      editable: true,
    });
    expect(attendanceWindow({ ...window, today: '2025-03-13' }).refusal).toBe('too_late');
    expect(attendanceWindow({ ...window, correctionDays: 14, today: '2025-03-26' }).editable).toBe(true);
  });

  it('never opens for a cancelled session', () => {
    expect(
      attendanceWindow({ sessionDate: '2025-03-12', today: '2025-03-12', cancelled: true, correctionDays: 7 })
        .refusal,
    ).toBe('cancelled');
  });
});

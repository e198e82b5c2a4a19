import { describe, expect, it } from 'vitest';
import { attendanceWindow } from './attendance.rules';

describe('the attendance window', () => {
  it('opens on the session day', () => {
    expect(attendanceWindow({ sessionDate: '2025-03-12', today: '2025-03-12', cancelled: false })).toEqual({
      from: '2025-03-12',
      until: '2025-03-19',
      editable: true,
      refusal: null,
    });
  });

  it('is not open before the session', () => {
    expect(
      attendanceWindow({ sessionDate: '2025-03-12', today: '2025-03-11', cancelled: false }).refusal,
    ).toBe('too_early');
  });

  it('still allows corrections seven days later, and not on the eighth', () => {
    expect(
      attendanceWindow({ sessionDate: '2025-03-12', today: '2025-03-19', cancelled: false }).editable,
    ).toBe(true);
    expect(
      attendanceWindow({ sessionDate: '2025-03-12', today: '2025-03-20', cancelled: false }).refusal,
    ).toBe('too_late');
  });

  it('never opens for a cancelled session', () => {
    expect(
      attendanceWindow({ sessionDate: '2025-03-12', today: '2025-03-12', cancelled: true }).refusal,
    ).toBe('cancelled');
  });
});

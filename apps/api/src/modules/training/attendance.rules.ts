import { shiftDate } from '../shared/clock';

/** Days after a session during which its attendance may still be set or corrected. */
export const ATTENDANCE_CORRECTION_DAYS = 7;

/**
 * When a session's attendance can be marked: from the session day until {@link ATTENDANCE_CORRECTION_DAYS}
 * days after it, never for a cancelled session.
 */
export function attendanceWindow({
  sessionDate,
  today,
  cancelled,
}: {
  sessionDate: string;
  today: string;
  cancelled: boolean;
}): {
  from: string;
  until: string;
  editable: boolean;
  refusal: 'cancelled' | 'too_early' | 'too_late' | null;
} {
  const until = shiftDate({ date: sessionDate, days: ATTENDANCE_CORRECTION_DAYS });
  const refusal = cancelled
    ? 'cancelled'
    : today < sessionDate
      ? 'too_early'
      : today > until
        ? 'too_late'
        : null;
  return { from: sessionDate, until, editable: refusal === null, refusal };
}

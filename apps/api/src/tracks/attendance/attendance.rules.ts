import { shiftDate } from '../../ground/shared/clock';

/**
 * When a session's attendance can be marked: from the session day until `correctionDays` days after
 * it (the programme setting `attendanceCorrectionDays`), never for a cancelled session.
 */
export function attendanceWindow({
  sessionDate,
  today,
  cancelled,
  correctionDays,
}: {
  sessionDate: string;
  today: string;
  cancelled: boolean;
  correctionDays: number;
}): {
  from: string;
  until: string;
  editable: boolean;
  refusal: 'cancelled' | 'too_early' | 'too_late' | null;
} {
  const until = shiftDate({ date: sessionDate, days: correctionDays });
  const refusal = cancelled
    ? 'cancelled'
    : today < sessionDate
      ? 'too_early'
      : today > until
        ? 'too_late'
        : null;
  return { from: sessionDate, until, editable: refusal === null, refusal };
}

import { type ErrorCodeMap, errorMessageKey, isApiError } from '@digipakket/portal-kit';
import type { LigoKey } from '../../i18n/ligo.dictionary.nl';

const LIGO_ERROR_KEYS: ErrorCodeMap<LigoKey> = {
  'attendance.correction_window_closed': 'error.correctionWindowClosed',
  'attendance.session_not_started': 'error.sessionNotStarted',
  'attendance.session_cancelled': 'error.sessionCancelled',
  'enrolment.capacity_below_enrolled': 'error.capacityBelowEnrolled',
  'enrolment.not_on_roster': 'error.notOnRoster',
  'course_group.sessions_exist': 'error.sessionsExist',
  'course_group.invalid_pattern': 'error.invalidPattern',
  'user.email_taken': 'error.emailTaken',
};

/** The translation key for an error of the training API, falling back on the kit's common ones. */
export function ligoErrorKey(error: unknown) {
  if (isApiError(error) && LIGO_ERROR_KEYS[error.code]) return LIGO_ERROR_KEYS[error.code]!;
  return errorMessageKey(error);
}

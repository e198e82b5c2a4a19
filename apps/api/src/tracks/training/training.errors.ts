import { createErrorFactory } from '../../ground/shared/errors';

export const createCourseGroupNotFoundError = createErrorFactory({
  code: 'course_group.not_found',
  status: 404,
  message: 'Course group not found.',
});

export const createEnrolmentNotFoundError = createErrorFactory({
  code: 'enrolment.not_found',
  status: 404,
  message: 'Enrolment not found.',
});

export const createSessionNotFoundError = createErrorFactory({
  code: 'course_session.not_found',
  status: 404,
  message: 'Session not found.',
});

export const createLocationNotFoundError = createErrorFactory({
  code: 'location.not_found',
  status: 404,
  message: 'Location not found.',
});

export const createTeacherNotFoundError = createErrorFactory({
  code: 'teacher.not_found',
  status: 404,
  message: 'Teacher not found.',
});

export const createAlreadyOnRosterError = createErrorFactory({
  code: 'enrolment.already_on_roster',
  status: 409,
  message: 'This client is already enrolled or waitlisted in this group.',
});

export const createAlreadyWithdrawnError = createErrorFactory({
  code: 'enrolment.not_on_roster',
  status: 409,
  message: 'This enrolment was already withdrawn.',
});

export const createNoTrainingPartnerError = createErrorFactory({
  code: 'programme.no_training_partner',
  status: 409,
  message: 'The programme has no training partner for this group.',
});

export const createSessionCancelledError = createErrorFactory({
  code: 'attendance.session_cancelled',
  status: 409,
  message: 'This session was cancelled.',
});

export const createAttendanceTooEarlyError = createErrorFactory({
  code: 'attendance.session_not_started',
  status: 409,
  message: 'Attendance can be marked from the day of the session.',
});

export const createCorrectionWindowClosedError = createErrorFactory({
  code: 'attendance.correction_window_closed',
  status: 409,
  message: 'Attendance of this session can no longer be changed.',
});

export const createNotEnrolledInSessionError = createErrorFactory({
  code: 'attendance.not_enrolled',
  status: 409,
  message: 'This learner is not enrolled in the group of this session.',
});

export const createCapacityBelowEnrolledError = createErrorFactory({
  code: 'enrolment.capacity_below_enrolled',
  status: 409,
  message: 'The capacity cannot be lower than the number of enrolled learners.',
});

export const createGroupHasSessionsError = createErrorFactory({
  code: 'course_group.sessions_exist',
  status: 409,
  message: 'This group already has sessions.',
});

export const createInvalidPatternError = createErrorFactory({
  code: 'course_group.invalid_pattern',
  status: 400,
  message: 'Pick at least one weekday and an end time after the start time.',
});

export const createReferralInvalidError = createErrorFactory({
  code: 'referral.invalid',
  status: 400,
  message: 'A referral needs a course name; no referral needs a reason.',
});

export const createReferralNotEnrolledError = createErrorFactory({
  code: 'referral.not_enrolled',
  status: 409,
  message: 'Only an enrolled learner gets a referral decision.',
});

export const createLanguageNotServedError = createErrorFactory({
  code: 'enrolment.language_not_served',
  status: 409,
  message:
    "The group does not support the client's language. Enrol anyway with `confirmLanguageMismatch: true`.",
});

export const createSessionInPastError = createErrorFactory({
  code: 'course_session.in_past',
  status: 409,
  message: 'A session cannot be moved to a moment that has passed.',
});

export const createTeacherBusyError = createErrorFactory({
  code: 'course_session.teacher_busy',
  status: 409,
  message: "The group's teacher teaches another session at that time.",
});

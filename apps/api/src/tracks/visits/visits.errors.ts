import { createErrorFactory } from '../../ground/shared/errors';

export const createChequeCodeMalformedError = createErrorFactory({
  code: 'cheque_code.malformed',
  status: 400,
  message: 'A cheque code has 11 letters and digits, printed as XXXX-XXXX-XXX.',
});

export const createChequeCodeMistypedError = createErrorFactory({
  code: 'cheque_code.mistyped',
  status: 400,
  message: 'This code has a typing error: check each character against the paper cheque.',
});

export const createChequeNotFoundError = createErrorFactory({
  code: 'cheque.not_found',
  status: 404,
  message: 'No cheque of your organisation has this code.',
});

export const createChequeAlreadyRedeemedError = createErrorFactory({
  code: 'cheque.already_redeemed',
  status: 409,
  message: 'This cheque has already been used.',
});

export const createChequeExpiredError = createErrorFactory({
  code: 'cheque.expired',
  status: 409,
  message: 'This cheque is no longer valid.',
});

export const createChequeCancelledError = createErrorFactory({
  code: 'cheque.cancelled',
  status: 409,
  message: 'The welfare centre cancelled this cheque.',
});

export const createChequeInstallationFirstError = createErrorFactory({
  code: 'cheque.installation_first',
  status: 409,
  message: 'The installation cheque of this client has to be used first.',
});

export const createChequeOtherStudentError = createErrorFactory({
  code: 'cheque.other_student',
  status: 403,
  message: 'This cheque is planned with another student; ask your coordinator.',
});

export const createChequeWrongStatusError = createErrorFactory({
  code: 'cheque.wrong_status',
  status: 409,
  message: 'The cheque is not in a state that allows this.',
});

export const createScheduleInPastError = createErrorFactory({
  code: 'cheque.schedule_in_past',
  status: 400,
  message: 'An appointment has to be in the future.',
});

export const createVisitInvalidError = createErrorFactory({
  code: 'visit.invalid',
  status: 400,
  message: 'The visit is not complete; see details.reasons.',
});

export const createVisitNotFoundError = createErrorFactory({
  code: 'visit.not_found',
  status: 404,
  message: 'Visit not found.',
});

export const createStudentNotFoundError = createErrorFactory({
  code: 'student.not_found',
  status: 404,
  message: 'Student not found.',
});

export const createStudentEmailTakenError = createErrorFactory({
  code: 'student.email_taken',
  status: 409,
  message: 'An account with this e-mail address already exists.',
});

export const createVisitClashError = createErrorFactory({
  code: 'visit.clash',
  status: 409,
  message:
    'The student has another visit at that time or too close to it to get there; see details.clashes. Plan anyway with `confirmClash: true`.',
});

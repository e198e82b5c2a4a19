import { createErrorFactory } from '../../ground/shared/errors';

export const createReportUnsignedError = createErrorFactory({
  code: 'message.report_unsigned',
  status: 401,
  message: 'A delivery report must carry the signature of the SMS provider.',
});

export const createReportSignatureInvalidError = createErrorFactory({
  code: 'message.report_signature_invalid',
  status: 403,
  message: 'The signature of this delivery report does not match.',
});

export const createNoLettersWaitingError = createErrorFactory({
  code: 'message.no_letters_waiting',
  status: 409,
  message: 'There are no letters waiting to be printed.',
});

export const createLetterBatchNotFoundError = createErrorFactory({
  code: 'message.letter_batch_not_found',
  status: 404,
  message: 'No such batch of letters.',
});

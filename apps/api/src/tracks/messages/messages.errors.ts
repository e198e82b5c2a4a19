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

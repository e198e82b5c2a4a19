import { createErrorFactory } from '../shared/errors';

export const createNoIntakeError = createErrorFactory({
  code: 'guidance.no_intake',
  status: 409,
  message: 'The client has no intake yet; start one before recording guidance.',
});

export const createUnknownDigipuntError = createErrorFactory({
  code: 'guidance.unknown_digipunt',
  status: 400,
  message: "A named Digipunt is not in the tenant's directory.",
});

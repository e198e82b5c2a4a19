import { createErrorFactory } from '../shared/errors';

export const createUnauthenticatedError = createErrorFactory({
  code: 'auth.unauthenticated',
  status: 401,
  message: 'Log in to continue.',
});

export const createForbiddenError = createErrorFactory({
  code: 'auth.forbidden',
  status: 403,
  message: 'Your role does not allow this.',
});

export const createBadOriginError = createErrorFactory({
  code: 'auth.bad_origin',
  status: 403,
  message: 'This request comes from a site that may not change data here.',
});

export const createPasswordChangeRequiredError = createErrorFactory({
  code: 'auth.password_change_required',
  status: 403,
  message: 'Choose a new password before you continue.',
});

export const createSecondFactorRequiredError = createErrorFactory({
  code: 'auth.second_factor_required',
  status: 403,
  message: 'Confirm your sign-in with your second factor before you continue.',
});

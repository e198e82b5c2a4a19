import { createErrorFactory } from '../../ground/shared/errors';

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

export const createInvalidCredentialsError = createErrorFactory({
  code: 'auth.invalid_credentials',
  status: 401,
  message: 'The e-mail address or password is not correct.',
});

export const createWrongPortalError = createErrorFactory({
  code: 'auth.wrong_portal',
  status: 403,
  message: 'This account belongs to another portal.',
});

export const createRateLimitedError = createErrorFactory({
  code: 'auth.rate_limited',
  status: 429,
  message: 'Too many failed attempts. Wait a few minutes and try again.',
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

export const createCurrentPasswordWrongError = createErrorFactory({
  code: 'auth.current_password_wrong',
  status: 400,
  message: 'The current password is not correct.',
});

export const createPasswordUnchangedError = createErrorFactory({
  code: 'auth.password_unchanged',
  status: 400,
  message: 'The new password must differ from the current one.',
});

export const createPasswordTooCommonError = createErrorFactory({
  code: 'auth.password_too_common',
  status: 400,
  message: 'This password is too common or too easy to guess. Choose another one.',
});

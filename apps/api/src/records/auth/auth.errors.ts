import { createErrorFactory } from '../../ground/shared/errors';

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

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

export const createLinkUnknownError = createErrorFactory({
  code: 'auth.link_unknown',
  status: 404,
  message: 'This link is not known. Ask for a new one.',
});

export const createLinkUsedError = createErrorFactory({
  code: 'auth.link_used',
  status: 410,
  message: 'This link has already been used. Sign in, or ask for a new link.',
});

export const createLinkExpiredError = createErrorFactory({
  code: 'auth.link_expired',
  status: 410,
  message: 'This link has expired. Ask for a new one.',
});

export const createSessionNotFoundError = createErrorFactory({
  code: 'auth.session_not_found',
  status: 404,
  message: 'No such session of yours.',
});

export const createSecondFactorInvalidError = createErrorFactory({
  code: 'auth.second_factor_invalid',
  status: 400,
  message: 'This code or passkey was not accepted. Try again.',
});

export const createSecondFactorNotPendingError = createErrorFactory({
  code: 'auth.second_factor_not_pending',
  status: 409,
  message: 'This session is not waiting for a second factor.',
});

export const createSecondFactorLastError = createErrorFactory({
  code: 'auth.second_factor_last',
  status: 409,
  message: 'Your organisation requires a second factor: add another one before you remove this one.',
});

export const createSecondFactorNotFoundError = createErrorFactory({
  code: 'auth.second_factor_not_found',
  status: 404,
  message: 'No such second factor of yours.',
});

export const createTotpNotStartedError = createErrorFactory({
  code: 'auth.totp_not_started',
  status: 409,
  message: 'Start setting up the authenticator app first.',
});

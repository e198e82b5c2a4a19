import { createErrorFactory } from '../../ground/shared/errors';

export const createLocalPasswordsOffError = createErrorFactory({
  code: 'auth.local_passwords_off',
  status: 403,
  message: 'Your organisation signs in through its own sign-in service, not with a password here.',
});

export const createSsoNotConfiguredError = createErrorFactory({
  code: 'sso.not_configured',
  status: 404,
  message: 'This organisation has no sign-in service configured.',
});

export const createSsoAttemptInvalidError = createErrorFactory({
  code: 'sso.attempt_invalid',
  status: 400,
  message: 'This sign-in was not started here, was already used or took too long. Start again.',
});

export const createSsoProviderFailedError = createErrorFactory({
  code: 'sso.provider_failed',
  status: 502,
  message: 'The sign-in service of your organisation did not answer as expected. Try again later.',
});

export const createSsoAccountUnknownError = createErrorFactory({
  code: 'sso.account_unknown',
  status: 403,
  message:
    'Your organisation’s sign-in service knows you, but Digipakket has no account for you in this organisation. Ask your administrator to invite you.',
});

export const createSsoAccountDisabledError = createErrorFactory({
  code: 'sso.account_disabled',
  status: 403,
  message: 'Your account is disabled. Ask your administrator.',
});

export const createSecretsKeyMissingError = createErrorFactory({
  code: 'sso.secrets_key_missing',
  status: 409,
  message:
    'A client secret can only be stored when the server has SECRETS_KEY set. Set it, or use a public client without a secret.',
});

export const createSsoDomainTakenError = createErrorFactory({
  code: 'sso.domain_taken',
  status: 409,
  message: 'One of these e-mail domains already leads to another organisation.',
});

import type { I18n } from '../i18n/i18n';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { type ApiErrorCode, isApiError } from './api-client';

/**
 * Words (or anything else) per API error code. Written as `{ ... } satisfies ErrorCodeMap<Key>`, a
 * code the API does not have (renamed, mistyped, removed) does not compile.
 */
export type ErrorCodeMap<Value> = Partial<Record<ApiErrorCode, Value>>;

/**
 * The one place where the API's error codes become words: each code maps to a translation key.
 * Codes not listed fall back on their HTTP status, so a new server code still reads sensibly.
 */
export const ERROR_MESSAGE_KEYS = {
  'auth.invalid_credentials': 'error.authInvalidCredentials',
  'auth.wrong_portal': 'error.authWrongPortal',
  'auth.rate_limited': 'error.authRateLimited',
  'auth.unauthenticated': 'error.authUnauthenticated',
  'auth.forbidden': 'error.forbidden',
  'auth.password_change_required': 'error.authPasswordChangeRequired',
  'auth.current_password_wrong': 'error.authCurrentPasswordWrong',
  'auth.password_unchanged': 'error.authPasswordUnchanged',
  'auth.password_too_common': 'error.authPasswordTooCommon',
  'auth.link_unknown': 'error.authLinkUnknown',
  'auth.link_used': 'error.authLinkUsed',
  'auth.link_expired': 'error.authLinkExpired',
  'auth.second_factor_invalid': 'error.authSecondFactorInvalid',
  'auth.second_factor_required': 'error.authSecondFactorRequired',
  'auth.second_factor_last': 'error.authSecondFactorLast',
  'auth.local_passwords_off': 'error.authLocalPasswordsOff',
  'sso.account_unknown': 'error.ssoAccountUnknown',
  'sso.account_disabled': 'error.ssoAccountDisabled',
  'sso.attempt_invalid': 'error.ssoAttemptInvalid',
  'sso.provider_failed': 'error.ssoProviderFailed',
  'sso.not_configured': 'error.ssoNotConfigured',
  'client.duplicate_file_number': 'error.clientDuplicateFileNumber',
  'validation.failed': 'error.validationFailed',
  'network.unreachable': 'error.network',
} as const satisfies ErrorCodeMap<KitKey>;

/** Validation issue codes (the API's zod codes and the portals' own checks) to field messages. */
export const FIELD_ISSUE_KEYS = {
  required: 'field.required',
  choose_one: 'field.chooseOne',
  too_small: 'field.tooShort',
  too_big: 'field.tooLong',
  invalid_email: 'field.invalidEmail',
  invalid_date: 'field.invalidDate',
  date_in_future: 'field.dateInFuture',
  date_out_of_range: 'field.dateOutOfRange',
  invalid_phone: 'field.invalidPhone',
  invalid_postcode: 'field.invalidPostcode',
  invalid_format: 'field.invalidFormat',
  invalid_value: 'field.chooseOne',
  invalid_type: 'field.invalid',
  client_duplicate_file_number: 'error.clientDuplicateFileNumber',
} as const satisfies Record<string, KitKey>;

export type FieldIssueCode = keyof typeof FIELD_ISSUE_KEYS;

function keyForStatus(status: number): KitKey {
  if (status === 0) return 'error.network';
  if (status === 401) return 'error.authUnauthenticated';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'error.notFound';
  if (status === 409) return 'error.conflict';
  if (status === 429) return 'error.authRateLimited';
  if (status === 400 || status === 422) return 'error.validationFailed';
  if (status >= 500) return 'error.unavailable';
  return 'error.unexpected';
}

/** The translation key that explains an error to the user. */
export function errorMessageKey(error: unknown): KitKey {
  if (!isApiError(error)) return 'error.unexpected';
  const known = (ERROR_MESSAGE_KEYS as ErrorCodeMap<KitKey>)[error.code];
  return known ?? keyForStatus(error.status);
}

/** How long the API asks to wait before trying again (a 429's `details.retryAfterSeconds`), if it said. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!isApiError(error) || error.status !== 429) return undefined;
  const seconds = error.details?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : undefined;
}

/** "Too many attempts, try again in 8 seconds": in seconds below a minute, else in minutes rounded up. */
export function retryWaitMessage({
  seconds,
  i18n,
}: {
  seconds: number;
  i18n: Pick<I18n<KitKey>, 'plural'>;
}): string {
  return seconds < 60
    ? i18n.plural(seconds, {
        one: 'error.authRateLimitedSeconds.one',
        other: 'error.authRateLimitedSeconds.other',
      })
    : i18n.plural(Math.ceil(seconds / 60), {
        one: 'error.authRateLimitedMinutes.one',
        other: 'error.authRateLimitedMinutes.other',
      });
}

/** Codes that say "wrong shape": a field's own explanation (e.g. how a phone number looks) reads better. */
const FORMAT_CODES = new Set(['invalid_format', 'custom', 'invalid_type']);

/**
 * The translation key for one field's issue code; unknown codes read as "this value is not correct".
 * `formatKey` is the field's own explanation of its format, used for format refusals.
 */
export function fieldIssueKey(code: string, { formatKey }: { formatKey?: KitKey | undefined } = {}): KitKey {
  if (formatKey && FORMAT_CODES.has(code)) return formatKey;
  return (FIELD_ISSUE_KEYS as Record<string, KitKey>)[code] ?? 'field.invalid';
}

/**
 * Field issues (the API's or the portal's own checks) as one translation key per field path; the
 * first issue of each field wins. `formatKeys` gives fields their own format explanation.
 */
export function fieldErrorKeys({
  issues,
  formatKeys = {},
}: {
  issues: readonly { path: string; code: string }[];
  formatKeys?: Partial<Record<string, KitKey>>;
}): Record<string, KitKey> {
  const keys: Record<string, KitKey> = {};
  for (const issue of issues) {
    if (!(issue.path in keys))
      keys[issue.path] = fieldIssueKey(issue.code, { formatKey: formatKeys[issue.path] });
  }
  return keys;
}

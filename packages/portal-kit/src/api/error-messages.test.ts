import { describe, expect, expectTypeOf, it } from 'vitest';
import { type KitKey, kitNl } from '../i18n/kit.dictionary.nl';
import { ApiError, type ApiErrorCode } from './api-client';
import {
  ERROR_MESSAGE_KEYS,
  type ErrorCodeMap,
  errorMessageKey,
  FIELD_ISSUE_KEYS,
  fieldErrorKeys,
} from './error-messages';

const apiError = (status: number, code: ApiErrorCode, details?: Record<string, unknown>) =>
  new ApiError({ status, code, message: 'server text', requestId: 'req_1', details });

describe('errorMessageKey', () => {
  it('maps every known code to a key the Dutch dictionary has', () => {
    for (const key of [...Object.values(ERROR_MESSAGE_KEYS), ...Object.values(FIELD_ISSUE_KEYS)]) {
      expect(kitNl).toHaveProperty([key]);
    }
  });

  it('explains a known code by its own text', () => {
    expect(errorMessageKey(apiError(401, 'auth.invalid_credentials'))).toBe('error.authInvalidCredentials');
    expect(errorMessageKey(apiError(409, 'client.duplicate_file_number'))).toBe(
      'error.clientDuplicateFileNumber',
    );
  });

  it('falls back on the status for a code it does not know', () => {
    expect(errorMessageKey(apiError(404, 'cheque.not_found'))).toBe('error.notFound');
    expect(errorMessageKey(apiError(503, 'server.unavailable'))).toBe('error.unavailable');
    // A newer server's code that this portal does not know yet.
    expect(errorMessageKey(apiError(409, 'cheque.new_refusal' as ApiErrorCode))).toBe('error.conflict');
    expect(errorMessageKey(new Error('boom'))).toBe('error.unexpected');
  });
});

describe('fieldErrorKeys', () => {
  it('gives each refused field the key of its first issue', () => {
    const error = apiError(400, 'validation.failed', {
      fields: [
        { path: 'postcode', code: 'invalid_format', message: 'x' },
        { path: 'postcode', code: 'too_big', message: 'y' },
        { path: ['address', 'city'], code: 'something_new', message: 'z' },
      ],
    });
    expect(fieldErrorKeys({ issues: error.fieldIssues })).toEqual({
      postcode: 'field.invalidFormat',
      'address.city': 'field.invalid',
    });
  });

  it("uses a field's own format explanation for format refusals only", () => {
    const issues = [
      { path: 'phone', code: 'custom' },
      { path: 'postcode', code: 'too_big' },
    ];
    const formatKeys = { phone: 'field.invalidPhone', postcode: 'field.invalidPostcode' } as const;
    expect(fieldErrorKeys({ issues, formatKeys })).toEqual({
      phone: 'field.invalidPhone',
      postcode: 'field.tooLong',
    });
  });
});

describe('ErrorCodeMap', () => {
  it('takes only the codes the API answers with, so a renamed code breaks the portal build', () => {
    const known = { 'cheque.expired': 'error.conflict' } satisfies ErrorCodeMap<KitKey>;
    expectTypeOf(known).toHaveProperty('cheque.expired');
    // @ts-expect-error 'cheque.expried' is not an API error code
    const mistyped = { 'cheque.expried': 'error.conflict' } satisfies ErrorCodeMap<KitKey>;
    expect(mistyped).toBeDefined();
    expectTypeOf<ApiErrorCode>().toExtend<string>();
    expectTypeOf<'cheque.expried'>().not.toExtend<ApiErrorCode>();
    expectTypeOf<'network.unreachable' | 'http.502'>().toExtend<ApiErrorCode>();
  });

  it('lets a comparison with a code the API does not have fail to compile', () => {
    const error = apiError(409, 'visit.clash');
    // @ts-expect-error 'visit.clashes' is not an API error code
    expect(error.code === 'visit.clashes').toBe(false);
  });
});

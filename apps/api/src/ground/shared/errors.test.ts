import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ErrorCode } from './error-codes';
import {
  AppError,
  createErrorFactory,
  createValidationError,
  getUniqueViolationConstraint,
  isRetryableTransactionError,
  isUnavailableError,
  toErrorBody,
} from './errors';

describe('createErrorFactory', () => {
  it('makes errors that carry their code, status and message', () => {
    const createThingNotFound = createErrorFactory({
      code: 'client.not_found',
      status: 404,
      message: 'No thing.',
    });
    const error = createThingNotFound();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'client.not_found', status: 404, message: 'No thing.' });
  });

  it('accepts only the codes of the list, so a renamed code breaks the build', () => {
    expectTypeOf(createErrorFactory).parameter(0).toHaveProperty('code').toEqualTypeOf<ErrorCode>();
    // @ts-expect-error a code that is not in ERROR_CODES
    createErrorFactory({ code: 'thing.not_found', status: 404, message: 'No thing.' });
    // @ts-expect-error AppError takes no free-form code either
    new AppError({ code: 'x.y', status: 409, message: 'Nope.' });
  });
});

describe('toErrorBody', () => {
  it('puts the request id in the body and leaves details out when there are none', () => {
    const error = new AppError({ code: 'server.conflict', status: 409, message: 'Nope.' });
    expect(toErrorBody({ error, requestId: 'req-1' })).toEqual({
      error: { code: 'server.conflict', message: 'Nope.', requestId: 'req-1' },
    });
  });

  it('keeps the field list of a validation error', () => {
    const error = createValidationError({
      fields: [{ path: 'postcode', code: 'invalid_format', message: 'Bad' }],
    });
    expect(toErrorBody({ error, requestId: 'r' }).error.details).toEqual({
      fields: [{ path: 'postcode', code: 'invalid_format', message: 'Bad' }],
    });
  });
});

describe('database error helpers', () => {
  it('finds the unique constraint name in a wrapped driver error', () => {
    const driverError = { code: '23505', constraint: 'clients_tenant_file_number_unique' };
    const wrapped = new Error('Failed query', { cause: driverError });
    expect(getUniqueViolationConstraint(wrapped)).toBe('clients_tenant_file_number_unique');
  });

  it('reads the constraint from the field PGlite uses', () => {
    expect(getUniqueViolationConstraint({ code: '23505', constraint_name: 'c' })).toBe('c');
  });

  it('does not mistake other errors for unique violations', () => {
    expect(getUniqueViolationConstraint(new Error('boom'))).toBeUndefined();
    expect(getUniqueViolationConstraint({ code: '23503' })).toBeUndefined();
  });

  it('recognises serialization failures, deadlocks and unavailable databases', () => {
    expect(isRetryableTransactionError({ code: '40001' })).toBe(true);
    expect(isRetryableTransactionError({ code: '40P01' })).toBe(true);
    expect(isRetryableTransactionError({ code: '23505' })).toBe(false);
    expect(isUnavailableError({ code: '53300' })).toBe(true);
    expect(isUnavailableError({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isUnavailableError({ code: '23505' })).toBe(false);
  });
});

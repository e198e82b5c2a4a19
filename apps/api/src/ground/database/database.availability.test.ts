import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailableError } from './database.availability';

/** A driver error as drizzle hands it on: wrapped in a query error with the driver's error as cause. */
const wrapped = (cause: object) => new Error('Failed query: INSERT ...', { cause });

describe('isDatabaseUnavailableError', () => {
  it.each([
    ['25006', 'a write sent to a node that has become a standby'],
    ['57P01', 'an administrator shutdown'],
    ['57P02', 'a crash shutdown'],
    ['57P03', 'a server still starting'],
    ['08006', 'a connection failure'],
    ['08001', 'a connection that could not be made'],
  ])('counts SQLSTATE %s (%s), also wrapped by drizzle', (code) => {
    expect(isDatabaseUnavailableError({ code })).toBe(true);
    expect(isDatabaseUnavailableError(wrapped({ code }))).toBe(true);
  });

  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'CONNECTION_CLOSED',
    'CONNECTION_DESTROYED',
    'CONNECT_TIMEOUT',
  ])('counts the driver code %s of a lost or refused connection', (code) => {
    expect(isDatabaseUnavailableError(wrapped(Object.assign(new Error('lost'), { code })))).toBe(true);
  });

  it.each([
    ['23505', 'a unique violation'],
    ['40001', 'a serialization failure'],
    ['22P02', 'a bad value'],
    ['42501', 'a refused permission'],
    ['53300', 'too many connections'],
  ])('does not count SQLSTATE %s (%s): the database answered', (code) => {
    expect(isDatabaseUnavailableError(wrapped({ code }))).toBe(false);
  });

  it('does not count an error without a code', () => {
    expect(isDatabaseUnavailableError(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailableError(undefined)).toBe(false);
  });
});

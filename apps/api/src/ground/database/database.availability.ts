import { createErrorFactory } from '../shared/errors';

/** Seconds a client is asked to wait (`Retry-After`) when the database is unreachable or switching over. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const createDatabaseUnavailableError = createErrorFactory({
  code: 'database.unavailable',
  status: 503,
  message: 'The database is unreachable or switching over; try again in a few seconds.',
});

/**
 * SQLSTATEs of a database that is going away or has just stopped taking writes: the connection
 * class (08xxx), an administrator or crash shutdown and a server still starting (57P01 to 57P03),
 * and a write sent to a node that is now a standby (25006, read-only SQL transaction: the old primary
 * after a failover).
 */
const UNAVAILABLE_SQLSTATES = new Set(['25006', '57P01', '57P02', '57P03']);

/** Driver codes of a lost or refused connection (postgres.js and Node). */
const CONNECTION_DRIVER_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/**
 * True when `error` (at any depth of `cause`: drizzle wraps the driver's error) says the database
 * could not run the statement because it is unreachable, restarting or no longer the primary. The
 * same request can succeed once the pool reaches the new primary; whether a write that lost its
 * connection committed is unknown, so only reads and writes with an idempotency key are sent again.
 * A refusal by the database itself (a constraint, a serialization failure, a bad value) is not one.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (CONNECTION_DRIVER_CODES.has(code)) return true;
      if (/^[0-9A-Z]{5}$/.test(code)) return code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code);
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

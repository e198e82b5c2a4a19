import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from './error-codes';

/** An error the API answers with on purpose: a stable dotted code, an HTTP status and a safe message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly details: Record<string, unknown> | undefined;

  constructor({
    code,
    status,
    message,
    details,
    cause,
  }: {
    code: ErrorCode;
    status: ContentfulStatusCode;
    message: string;
    details?: Record<string, unknown>;
    cause?: unknown;
  }) {
    super(message, { cause });
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * Makes a factory for one kind of error, so each feature lists its errors in its `*.errors.ts`.
 *
 * @example
 * export const createClientNotFoundError = createErrorFactory({ code: 'client.not_found', status: 404, message: 'Client not found.' });
 * throw createClientNotFoundError();
 */
export function createErrorFactory({
  code,
  status,
  message,
}: {
  code: ErrorCode;
  status: ContentfulStatusCode;
  message: string;
}) {
  return ({ details, cause }: { details?: Record<string, unknown>; cause?: unknown } = {}) =>
    new AppError({ code, status, message, details, cause });
}

export type FieldIssue = { path: string; code: string; message: string };

export const createValidationError = ({ fields }: { fields: FieldIssue[] }) =>
  new AppError({
    code: 'validation.failed',
    status: 400,
    message: 'The request is not valid.',
    details: { fields },
  });

export const createMalformedJsonError = createErrorFactory({
  code: 'request.malformed_json',
  status: 400,
  message: 'The request body is not valid JSON.',
});

export const createInvalidUtf8Error = createErrorFactory({
  code: 'request.invalid_utf8',
  status: 400,
  message: 'The request body is not valid UTF-8 text (or holds a lone surrogate escape such as \\ud800).',
});

export const createUnsupportedMediaTypeError = createErrorFactory({
  code: 'request.unsupported_media_type',
  status: 415,
  message: 'Send the body as application/json.',
});

export const createTooLargeError = createErrorFactory({
  code: 'request.too_large',
  status: 413,
  message: 'The request body is too large.',
});

export const createRouteNotFoundError = createErrorFactory({
  code: 'route.not_found',
  status: 404,
  message: 'There is nothing at this address.',
});

export const createInternalError = createErrorFactory({
  code: 'server.internal_error',
  status: 500,
  message: 'Something went wrong on our side.',
});

export const createUnavailableError = createErrorFactory({
  code: 'server.unavailable',
  status: 503,
  message: 'The service is busy; try again in a moment.',
});

export const createConflictRetryError = createErrorFactory({
  code: 'server.conflict',
  status: 409,
  message: 'Someone else changed this at the same time; try again.',
});

/** The JSON body of every error answer. */
export function toErrorBody({ error, requestId }: { error: AppError; requestId: string }) {
  return {
    error: {
      code: error.code,
      message: error.message,
      requestId,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}

/** The PostgreSQL error fields we look at, from either driver (postgres.js and PGlite both expose them). */
type PgErrorLike = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

/**
 * The first error in the `cause` chain of `error` (itself included, at most five deep) that `matches`:
 * drizzle and the drivers wrap each other's errors.
 */
function findInCauseChain(
  error: unknown,
  matches: (candidate: PgErrorLike) => boolean,
): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as PgErrorLike;
    if (matches(candidate)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Whether an error in the `cause` chain of `error` has one of `codes` as its `code`. */
export function hasCodeInCauseChain(error: unknown, codes: ReadonlySet<string>): boolean {
  return findInCauseChain(error, ({ code }) => typeof code === 'string' && codes.has(code)) !== undefined;
}

function findPgError(error: unknown): PgErrorLike | undefined {
  return findInCauseChain(error, ({ code }) => typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code));
}

/** The name of the unique constraint a statement broke, or undefined when it broke something else. */
export function getUniqueViolationConstraint(error: unknown): string | undefined {
  const pg = findPgError(error);
  if (pg?.code !== '23505') return undefined;
  const name = pg.constraint ?? pg.constraint_name;
  return typeof name === 'string' ? name : '';
}

/** Serialization failures and deadlocks: safe to retry the whole transaction. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = findPgError(error)?.code;
  return code === '40001' || code === '40P01';
}

/** Driver codes of a lost or refused connection (postgres.js and Node), at any depth of `cause`. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/**
 * Connection trouble, a database shutting down or restarting (57P01-57P03), or an exhausted pool:
 * answer 503 rather than 500. Drizzle wraps driver errors, so the whole `cause` chain is read.
 */
export function isUnavailableError(error: unknown): boolean {
  const pg = findPgError(error);
  if (pg && typeof pg.code === 'string')
    return pg.code.startsWith('08') || pg.code === '53300' || pg.code.startsWith('57P');
  return hasCodeInCauseChain(error, CONNECTION_ERROR_CODES);
}

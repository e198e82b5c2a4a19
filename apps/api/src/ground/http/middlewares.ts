import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../config/logger';
import {
  createDatabaseUnavailableError,
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseUnavailableError,
} from '../database/database.availability';
import {
  type AppError,
  createErrorFactory,
  createInternalError,
  createMalformedJsonError,
  createRouteNotFoundError,
  createTooLargeError,
  createUnavailableError,
  createUnsupportedMediaTypeError,
  hasCodeInCauseChain,
  isAppError,
  isUnavailableError,
  toErrorBody,
} from '../shared/errors';
import { randomString } from '../shared/ids';
import { createBadOriginError } from './access.errors';
import type { AppEnv } from './app.types';

const INCOMING_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** Takes a well-formed incoming X-Request-Id (from a proxy) or makes one, and echoes it on the answer. */
export const requestIdMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const requestId =
    incoming && INCOMING_REQUEST_ID.test(incoming) ? incoming : `req_${randomString({ length: 20 })}`;
  c.set('requestId', requestId);
  c.header('x-request-id', requestId);
  await next();
  c.res.headers.set('x-request-id', requestId);
});

/** One log line per request; the path is logged without its query string. */
export function createRequestLogMiddleware({ logger }: { logger: Logger }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      userId: c.get('auth')?.user.id ?? null,
    });
  });
}

/** API answers may hold client data: never store them in any cache. */
export const noStoreMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.res.headers.set('cache-control', 'no-store');
});

export const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

export const securityHeadersMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
});

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for state-changing requests. One that names its Origin must name one of ours. One that
 * carries the session cookie must also prove it comes from our own pages: a matching Origin, or, from
 * a browser that leaves Origin out, `Sec-Fetch-Site: same-origin`. A request without the cookie and
 * without Origin (a tool, a login from a script) changes nothing on anyone's behalf and passes.
 */
export function createOriginCheckMiddleware({
  allowedOrigins,
  sessionCookieName,
}: {
  allowedOrigins: readonly string[];
  sessionCookieName: string;
}) {
  const allowed = new Set(allowedOrigins);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (STATE_CHANGING.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined) {
        if (!allowed.has(origin)) throw createBadOriginError();
      } else if (
        getCookie(c, sessionCookieName) !== undefined &&
        c.req.header('sec-fetch-site') !== 'same-origin'
      ) {
        throw createBadOriginError();
      }
    }
    return next();
  });
}

/**
 * An answer sent before the request's body has fully arrived (a body over the limit, or one no handler
 * read) says `Connection: close`, and Node then closes the socket after it. Without this the answer
 * promised keep-alive while the unread rest of the body made the connection unusable, and the server
 * dropped it under the client's next request.
 */
export const closeAfterUnreadBodyMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && !incoming.complete) c.res.headers.set('connection', 'close');
});

/** Body limit, counted on the bytes actually received, so a chunked body cannot slip past it. */
export function createBodyLimitMiddleware({ maxBytes }: { maxBytes: number }) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw createTooLargeError();
    },
  });
}

const createInvalidValueError = createErrorFactory({
  code: 'request.invalid_value',
  status: 400,
  message: 'The request holds a value that cannot be stored or compared (for example a NUL character).',
});

/**
 * PostgreSQL "data exception" codes that only input can cause: a NUL character or broken encoding,
 * a value out of range or too long, a malformed number or date. They mean the caller sent something
 * the validation let through; answering 400 keeps them from looking like an outage.
 */
const INPUT_DATA_EXCEPTIONS = new Set([
  '22021',
  '22P02',
  '22P05',
  '22001',
  '22003',
  '22007',
  '22008',
  '2200N',
]);

/** A NUL character in the path or query string is never meaningful; refuse it before any handler. */
export const nulInUrlMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  if (/%00/i.test(c.req.url) || c.req.url.includes('\u0000')) throw createInvalidValueError();
  return next();
});

/** An AppError wrapped by a driver or ORM error (e.g. `database.busy` thrown inside a query). */
function findWrappedAppError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (isAppError(current)) return current;
    current = current.cause;
  }
  return undefined;
}

function toAppError(error: unknown): AppError {
  const wrapped = findWrappedAppError(error);
  if (wrapped) return wrapped;
  if (hasCodeInCauseChain(error, INPUT_DATA_EXCEPTIONS)) return createInvalidValueError({ cause: error });
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message))
      return createMalformedJsonError({ cause: error });
    if (error.status === 415) return createUnsupportedMediaTypeError({ cause: error });
    if (error.status === 413) return createTooLargeError({ cause: error });
    if (error.status === 404) return createRouteNotFoundError({ cause: error });
  }
  if (isDatabaseUnavailableError(error))
    return createDatabaseUnavailableError({
      cause: error,
      details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    });
  if (isUnavailableError(error)) return createUnavailableError({ cause: error });
  return createInternalError({ cause: error });
}

/**
 * What to log about an unexpected error. Query errors from drizzle carry the statement's parameters in
 * their message (which may be personal data), so only the innermost driver message and the stack
 * frames are kept.
 */
export function describeErrorSafely(error: unknown) {
  let innermost: unknown = error;
  while (innermost instanceof Error && innermost.cause instanceof Error) innermost = innermost.cause;
  const top = error instanceof Error ? error : undefined;
  const code = (innermost as { code?: unknown } | null)?.code;
  return {
    name: top?.name ?? typeof error,
    message: innermost instanceof Error ? innermost.message.split('\n')[0] : undefined,
    code: typeof code === 'string' ? code : undefined,
    stack: top?.stack?.split('\n').slice(1, 12).join('\n'),
  };
}

/**
 * Turns any thrown error into the one JSON error shape; unexpected ones are logged, never shown. An
 * error whose details name `retryAfterSeconds` also answers with `Retry-After`.
 */
export function createErrorHandler({ logger }: { logger: Logger }) {
  return (error: unknown, c: Context<AppEnv>) => {
    const appError = toAppError(error);
    const requestId = c.get('requestId') ?? 'unknown';
    if (appError.code === 'request.invalid_value') {
      logger.warn('input refused by the database', {
        requestId,
        method: c.req.method,
        path: c.req.path,
        error: describeErrorSafely(error),
      });
    }
    if (appError.status >= 500) {
      logger.error('request failed', {
        requestId,
        method: c.req.method,
        path: c.req.path,
        code: appError.code,
        error: describeErrorSafely(error),
      });
    }
    const retryAfterSeconds = appError.details?.retryAfterSeconds;
    if (typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0) {
      c.header('retry-after', String(Math.ceil(retryAfterSeconds)));
    }
    return c.json(toErrorBody({ error: appError, requestId }), appError.status);
  };
}

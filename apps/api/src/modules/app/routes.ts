import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';
import { type Access, authorize } from '../auth/auth.policy';
import { idempotent as idempotentMiddleware } from '../idempotency/idempotency.middleware';
import { ErrorBodySchema } from '../shared/shared.schemas';

/** Every operation has exactly one of these tags; the API reference is grouped by them. */
export const API_TAGS = [
  'auth',
  'users',
  'programmes',
  'clients',
  'intake',
  'devices',
  'cheques',
  'visits',
  'training',
  'signals',
  'documents',
  'reports',
  'audit',
  'privacy',
] as const;
export type ApiTag = (typeof API_TAGS)[number];

const ERROR_DESCRIPTIONS = {
  400: 'Malformed JSON (`request.malformed_json`) or invalid input (`validation.failed`, with `details.fields`).',
  401: 'No valid session (`auth.unauthenticated`).',
  403: 'Role not allowed (`auth.forbidden`) or a cross-site request (`auth.bad_origin`).',
  404: 'Not found, or belongs to another tenant (`<thing>.not_found`).',
  409: 'Conflicts with existing data.',
  413: 'Body over the limit (`request.too_large`).',
  415: 'Body is not JSON (`request.unsupported_media_type`).',
  422: 'The Idempotency-Key was already used with another body (`idempotency.key_reused`).',
  429: 'Too many attempts.',
} as const;
type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** Documented error answers, all with the shared error body. */
export function errorResponses<const S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: ERROR_DESCRIPTIONS[status],
        content: { 'application/json': { schema: ErrorBodySchema } },
      },
    ]),
  ) as unknown as {
    [K in S]: { description: string; content: { 'application/json': { schema: typeof ErrorBodySchema } } };
  };
}

/** A JSON response of a route. */
export function jsonResponse<const T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

/** A required JSON request body. */
export function jsonBody<const T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/**
 * Declares a route with its one tag and who may call it. The access rule becomes the route's first
 * middleware (so 401/403 come before any body parsing) and is published as `x-access` in the OpenAPI.
 * With `idempotent: true`, an `Idempotency-Key` header makes retries safe (see `idempotent()`); the
 * route is marked `x-idempotent` in the OpenAPI.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'tags' | 'middleware'>>({
  tag,
  access,
  idempotent = false,
  ...route
}: R & { tag: ApiTag; access: Access; idempotent?: boolean }) {
  const description = [
    route.description,
    idempotent
      ? 'Send an `Idempotency-Key` header (8 to 128 characters, one per user action) to make retries safe: the same key and body replay the first answer; another body answers 422 `idempotency.key_reused`.'
      : undefined,
    `Access: ${describeAccess(access)}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return createRoute({
    ...(route as unknown as R),
    description,
    tags: [tag],
    'x-access': access,
    ...(idempotent ? { 'x-idempotent': true } : {}),
    middleware: (idempotent ? [authorize(access), idempotentMiddleware()] : [authorize(access)]) as [
      ReturnType<typeof authorize>,
    ],
  });
}

function describeAccess(access: Access): string {
  if (access === 'public') return 'anyone';
  if (access === 'authenticated') return 'any logged-in user';
  return access.join(', ');
}

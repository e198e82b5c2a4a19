import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { z } from 'zod';
import { ErrorBodySchema } from '../shared/shared.schemas';
import { type Access, authorize, type SecondFactorStep } from './access.policy';
import { idempotent as idempotentMiddleware } from './idempotency.middleware';

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
  'messages',
  'documents',
  'reports',
  'audit',
  'privacy',
] as const;
export type ApiTag = (typeof API_TAGS)[number];

/** What each tag groups, declared once in the OpenAPI document's `tags`. */
export const API_TAG_DESCRIPTIONS: Record<ApiTag, string> = {
  auth: 'Signing in and out, the session, second factors, invitations and password resets.',
  users: "The welfare centre's and partners' accounts and their roles.",
  programmes: 'Programmes, their waves and variations, and the settings of the package.',
  clients: "Clients: search, the client's page, trajectory and follow-up.",
  intake: 'Intake and eligibility of a client for the package.',
  devices: 'Laptops: stock, reservation, handout and return.',
  cheques: 'Digicheques for home help: issuing, planning and cancelling.',
  visits: "Home-help visits: the students' queue, redeeming cheques and monthly statements.",
  training: 'Course groups, sessions, enrolments and attendance.',
  signals: 'Signals that ask for follow-up, and their handling.',
  messages:
    "Reminders and notices to clients by SMS, e-mail or letter: consent per channel, the outbox, and the SMS provider's delivery reports.",
  documents: "Client documents in the client's language, Digipunten, and batches of welcome packs.",
  reports: 'Dashboards and programme reports.',
  audit: 'The audit log of reads, writes and refused attempts on client data.',
  privacy: "GDPR requests: a client's data export, erasure and anonymisation.",
};

/** The scheme every non-public operation names in `security`: the session cookie set at login. */
export const SESSION_SECURITY_SCHEME = 'cookieAuth';

/** The `Idempotency-Key` request header as the OpenAPI document declares it. */
export function idempotencyKeyParameter({ required }: { required: boolean }) {
  return {
    name: 'Idempotency-Key',
    in: 'header' as const,
    required,
    description: required
      ? 'One key per user action, reused on retry: the same key and body replay the first answer; another body with this key answers 422 `idempotency.key_reused`. Missing or malformed: 400 `idempotency.key_missing`.'
      : 'One key per user action, reused on retry: the same key and body replay the first answer; another body with this key answers 422 `idempotency.key_reused`. Malformed: 400 `idempotency.key_invalid`.',
    schema: { type: 'string' as const, minLength: 8, maxLength: 128, pattern: '^[\\x21-\\x7e]{8,128}$' },
  };
}

/**
 * A stable operation id from the method and path, e.g. `GET /api/clients/{id}/documents/{document}`
 * becomes `getClientsByIdDocumentsByDocument`: unique because method and path are, and unchanged
 * as long as the route is.
 */
export function operationIdOf({ method, path }: { method: string; path: string }): string {
  const words = path
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? ['by', ...parameter[1]!.split(/[^A-Za-z0-9]+/)] : segment.split(/[^A-Za-z0-9]+/);
    })
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((word) => word[0]!.toUpperCase() + word.slice(1))].join('');
}

const ERROR_DESCRIPTIONS = {
  400: 'Malformed JSON (`request.malformed_json`) or invalid input (`validation.failed`, with `details.fields`).',
  401: 'No valid session (`auth.unauthenticated`).',
  403: 'Role not allowed (`auth.forbidden`), a cross-site request (`auth.bad_origin`), a password chosen by someone else still to be replaced (`auth.password_change_required`), or a sign-in still waiting for its second factor (`auth.second_factor_required`).',
  404: 'Not found, or belongs to another tenant (`<thing>.not_found`).',
  409: 'Conflicts with existing data.',
  410: 'The link was used already (`auth.link_used`) or has expired (`auth.link_expired`).',
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
 * route is marked `x-idempotent` in the OpenAPI. A signed-in user whose password was chosen by
 * someone else reaches only the routes with `beforePasswordChange: true` (`x-before-password-change`)
 * until they choose their own; every other route answers 403 `auth.password_change_required`. A
 * session still waiting for its second factor reaches only the routes with `secondFactorStep`
 * (`x-second-factor-step`) naming its step, or `any`; every other route answers 403
 * `auth.second_factor_required`.
 *
 * The OpenAPI operation gets what follows from these: an `operationId` from method and path, the
 * session cookie as `security` unless the route is public, a 400 for an over-long path id where the
 * path has one, and for idempotent routes (or `idempotencyKey` on a route that reads the header
 * itself) the `Idempotency-Key` header parameter with its 400 and 422 answers.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'tags' | 'middleware'>>({
  tag,
  access,
  idempotent = false,
  beforePasswordChange = false,
  secondFactorStep,
  idempotencyKey = idempotent ? 'optional' : undefined,
  ...route
}: R & {
  tag: ApiTag;
  access: Access;
  idempotent?: boolean;
  beforePasswordChange?: boolean;
  secondFactorStep?: SecondFactorStep;
  /** How the route takes an `Idempotency-Key` header it reads itself (`idempotent` routes take an optional one). */
  idempotencyKey?: 'optional' | 'required' | undefined;
}) {
  const description = [
    route.description,
    idempotent
      ? 'Send an `Idempotency-Key` header (8 to 128 characters, one per user action) to make retries safe: the same key and body replay the first answer; another body answers 422 `idempotency.key_reused`.'
      : undefined,
    `Access: ${describeAccess(access)}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  // Path ids are at most 64 characters; a longer one is refused by validation with 400.
  const extraErrors = [
    ...(route.path.includes('{') || idempotencyKey ? ([400] as const) : []),
    ...(idempotencyKey ? ([422] as const) : []),
  ].filter((status) => !(status in route.responses));
  const documented: Record<string, unknown> = {
    operationId: route.operationId ?? operationIdOf(route),
    security: access === 'public' ? [] : [{ [SESSION_SECURITY_SCHEME]: [] }],
    ...(idempotencyKey
      ? {
          parameters: [
            ...((route.parameters ?? []) as unknown[]),
            idempotencyKeyParameter({ required: idempotencyKey === 'required' }),
          ],
        }
      : {}),
  };
  return createRoute({
    ...(route as unknown as R),
    // Spread as a plain object so the route's own types (which the handlers are checked against) stay as declared.
    ...(documented as object),
    responses: { ...route.responses, ...errorResponses(...extraErrors) } as R['responses'],
    description,
    tags: [tag],
    'x-access': access,
    ...(idempotent ? { 'x-idempotent': true } : {}),
    ...(beforePasswordChange ? { 'x-before-password-change': true } : {}),
    ...(secondFactorStep ? { 'x-second-factor-step': secondFactorStep } : {}),
    middleware: (idempotent
      ? [authorize(access, { beforePasswordChange, secondFactorStep }), idempotentMiddleware()]
      : [authorize(access, { beforePasswordChange, secondFactorStep })]) as [ReturnType<typeof authorize>],
  });
}

function describeAccess(access: Access): string {
  if (access === 'public') return 'anyone';
  if (access === 'authenticated') return 'any logged-in user';
  return access.join(', ');
}

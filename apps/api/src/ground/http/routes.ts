import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { z } from 'zod';
import type { HttpMethod, PathParams, RouteContract } from '../shared/route-contract';
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

type SuccessStatus = 200 | 201 | 202;

/**
 * What a route answers on success: a JSON body (`[201, ClientSchema, 'The new client.']`) or,
 * for 204, only its description (`[204, 'Deleted.']`).
 */
export type RouteAnswerDeclaration =
  | readonly [status: SuccessStatus, schema: z.ZodType, description: string]
  | readonly [status: 204, description: string];

/**
 * What a route says beyond its method and path (taken from its contract), its feature's tag and
 * access (given once per feature, overridable here) and what follows from them.
 */
export type RouteDeclaration = {
  summary: string;
  description?: string;
  /** Path parameters other than the usual ids (a string of at most 64 characters each). */
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A required JSON body; the route then also documents 400, 413 and 415. */
  body?: z.ZodType;
  answer?: RouteAnswerDeclaration;
  /**
   * Error answers beyond those that follow from the access (401; 403 unless every session may make
   * the request), the path's ids (400), a query (400) and a body (400, 413, 415).
   */
  errors?: readonly ErrorStatus[];
  /** Answers that are not JSON (files, redirects), as OpenAPI responses. */
  responses?: RouteConfig['responses'];
  tag?: ApiTag;
  access?: Access;
  idempotent?: boolean;
  beforePasswordChange?: boolean;
  secondFactorStep?: SecondFactorStep;
  idempotencyKey?: 'optional' | 'required';
  parameters?: RouteConfig['parameters'];
};

type ParamsOf<C extends RouteContract, D extends RouteDeclaration> = D extends {
  params: infer P extends z.ZodObject;
}
  ? P
  : [keyof PathParams<C['path']>] extends [never]
    ? undefined
    : z.ZodObject<{ [Name in keyof PathParams<C['path']>]: z.ZodString }>;

type Defined<T> = { [K in keyof T as T[K] extends undefined ? never : K]: T[K] };

type RequestOf<C extends RouteContract, D extends RouteDeclaration> = Defined<{
  params: ParamsOf<C, D>;
  query: D extends { query: infer Q extends z.ZodObject } ? Q : undefined;
  body: D extends { body: infer B extends z.ZodType } ? ReturnType<typeof jsonBody<B>> : undefined;
}>;

type AnswerOf<D extends RouteDeclaration> = D['answer'] extends readonly [
  infer S extends SuccessStatus,
  infer Z extends z.ZodType,
  string,
]
  ? { [K in S]: ReturnType<typeof jsonResponse<Z>> }
  : D['answer'] extends readonly [204, string]
    ? { 204: { description: string } }
    : unknown;

/** The route configuration a declaration makes, typed so `serveJson` and the others check their handlers. */
export type DeclaredRoute<C extends RouteContract, D extends RouteDeclaration> = Omit<
  RouteConfig,
  'method' | 'path' | 'request' | 'responses'
> & {
  method: Lowercase<C['method']>;
  path: `/api${C['path']}`;
  request: RequestOf<C, D>;
  responses: AnswerOf<D> & (D extends { responses: infer O extends object } ? O : unknown);
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Refuses (as a type error on the part concerned) a declaration whose body, query or answer are
 * not those the contract gives the portals.
 */
type AgreesWith<C extends RouteContract, D extends RouteDeclaration> =
  C extends RouteContract<HttpMethod, string, infer Shape>
    ? (Shape extends { answer: infer A extends z.ZodType }
        ? D extends { answer: readonly [SuccessStatus, infer Z extends z.ZodType, string] }
          ? Same<z.output<Z>, z.output<A>> extends true
            ? unknown
            : { answer: never }
          : D extends { responses: object }
            ? unknown
            : { answer: never }
        : unknown) &
        InputAgrees<Shape, D, 'body'> &
        InputAgrees<Shape, D, 'query'>
    : unknown;

/** Refuses (as `never` on that key) a declaration whose input part P is not the contract's. */
type InputAgrees<Shape, D, P extends 'body' | 'query'> =
  Shape extends Record<P, infer S extends z.ZodType>
    ? D extends Record<P, infer Z extends z.ZodType>
      ? Same<z.input<Z>, z.input<S>> extends true
        ? unknown
        : Record<P, never>
      : Record<P, never>
    : unknown;

/**
 * The route declarations of one feature: its tag and who may call its routes are given once, each
 * route then names its contract (the method and path the portals call it by, so the two cannot
 * disagree) and says only what differs. The path's ids, the error answers its access, path, query
 * and body imply, and the JSON plumbing follow; the result goes through {@link defineRoute}.
 *
 * @example
 * const define = routesOf({ tag: 'cheques', access: ACCESS.caseworkers });
 * const listRoute = define(CHEQUE_ROUTES.ofClient, {
 *   summary: "A client's cheques",
 *   answer: [200, ClientChequeListSchema, 'The cheques.'],
 *   errors: [404],
 * });
 */
export function routesOf(defaults: { tag: ApiTag; access: Access }) {
  return <const C extends RouteContract, const D extends RouteDeclaration>(
    contract: C,
    declaration: D & AgreesWith<C, D>,
  ): DeclaredRoute<C, D> => {
    const {
      summary,
      description,
      params,
      query,
      body,
      answer,
      errors = [],
      responses,
      tag = defaults.tag,
      access = defaults.access,
      ...options
    } = declaration as RouteDeclaration;
    const names = [...contract.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
    const pathParams =
      params ??
      (names.length > 0
        ? z.object(Object.fromEntries(names.map((name) => [name, z.string().max(64)])))
        : undefined);
    // A read that every session may make, whatever step of signing in it is at, is never refused with 403.
    const neverRefused =
      access === 'authenticated' &&
      contract.method === 'GET' &&
      options.beforePasswordChange &&
      options.secondFactorStep === 'any';
    const implied: ErrorStatus[] = [
      ...(access === 'public' ? [] : ([401] as const)),
      ...(access === 'public' || neverRefused ? [] : ([403] as const)),
      ...(query ? ([400] as const) : []),
      ...(body ? ([400, 413, 415] as const) : []),
    ];
    const statuses = [...new Set<ErrorStatus>([...implied, ...errors])].sort((a, b) => a - b);
    return defineRoute({
      method: contract.method.toLowerCase() as Lowercase<HttpMethod>,
      path: `/api${contract.path}`,
      tag,
      access,
      summary,
      ...(description ? { description } : {}),
      ...(pathParams || query || body
        ? {
            request: {
              ...(pathParams ? { params: pathParams } : {}),
              ...(query ? { query } : {}),
              ...(body ? { body: jsonBody(body) } : {}),
            },
          }
        : {}),
      responses: {
        ...(answer?.length === 3 ? { [answer[0]]: jsonResponse(answer[1], answer[2]) } : {}),
        ...(answer?.length === 2 ? { [answer[0]]: { description: answer[1] } } : {}),
        ...responses,
        ...errorResponses(...statuses),
      },
      ...options,
    }) as unknown as DeclaredRoute<C, D>;
  };
}

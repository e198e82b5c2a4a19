import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { AppEnv } from './app.types';
import {
  type ClientArgs,
  type RequestArgs,
  type RequestContext,
  requestContext,
  type TenantArgs,
  type TenantContext,
  tenantContext,
} from './request-context';

type Part<R extends RouteConfig, K extends 'params' | 'query'> = R['request'] extends {
  [P in K]: infer S extends z.ZodType;
}
  ? z.output<S>
  : never;

type Body<R extends RouteConfig> = R['request'] extends {
  body: { content: { 'application/json': { schema: infer S extends z.ZodType } } };
}
  ? z.output<S>
  : never;

/** The statuses a route documents with a JSON answer. */
type JsonStatus<R extends RouteConfig> = {
  [S in keyof R['responses'] & number]: R['responses'][S] extends {
    content: { 'application/json': unknown };
  }
    ? S
    : never;
}[keyof R['responses'] & number];

type Answer<R extends RouteConfig, S extends number> = R['responses'][S] extends {
  content: { 'application/json': { schema: infer Z extends z.ZodType } };
}
  ? z.infer<Z>
  : never;

/**
 * One request as a route's handler reads it: the context, narrowed to a tenant when asked for,
 * and the parts the route's schemas validated. Each is read when the handler touches it, so a
 * route whose access admits partner organisations can use `ctx` without being refused at `tenant`.
 */
export type ServedRequest<R extends RouteConfig> = {
  /** Who acts, on which database and clock (401 when there is no session). */
  readonly ctx: RequestContext;
  /** The same, for an actor of one tenant (403 `auth.forbidden` for a partner organisation). */
  readonly tenant: TenantContext;
  readonly param: Part<R, 'params'>;
  readonly query: Part<R, 'query'>;
  readonly body: Body<R>;
  /** The request itself, for what a route reads or sets beyond these (headers). */
  readonly c: Context<AppEnv>;
};

function servedRequest<R extends RouteConfig>(c: Context<AppEnv>): ServedRequest<R> {
  const valid = c.req.valid.bind(c.req) as (target: string) => never;
  return {
    get ctx() {
      return requestContext(c);
    },
    get tenant() {
      return tenantContext(c);
    },
    get param() {
      return valid('param');
    },
    get query() {
      return valid('query');
    },
    get body() {
      return valid('json');
    },
    c,
  };
}

/*
 * The hand-overs most routes write, named: a use case that needs only who calls, only the caller's
 * welfare centre, one of its clients (the path's `id`), what else the path's `id` names, or the centre
 * and the body (`input`) is served as `withCaller(listTeachers)` rather than spelling out
 * `({ ctx }) => listTeachers({ ctx })`.
 */

/** Runs a use case with the caller's context alone (any organisation). */
export function withCaller<T>(useCase: (args: RequestArgs) => Promise<T>) {
  return ({ ctx }: { ctx: RequestContext }) => useCase({ ctx });
}

/** Runs a use case for the caller's welfare centre (403 `auth.forbidden` for a partner organisation). */
export function withTenant<T>(useCase: (args: TenantArgs) => Promise<T>) {
  return ({ tenant }: { tenant: TenantContext }) => useCase({ ctx: tenant });
}

/** The path's `id` under the name the use case gives it (`waveId`, `groupId`, …). */
function idAs<K extends string>(key: K, id: string) {
  return { [key]: id } as Record<K, string>;
}

/** Runs a use case for the caller (any organisation) about what the path names as `id`, handed over as `key`. */
export function withCallerId<K extends string, T>(
  key: K,
  useCase: (args: RequestArgs<Record<K, string>>) => Promise<T>,
) {
  return ({ ctx, param }: { ctx: RequestContext; param: { id: string } }) =>
    useCase({ ctx, ...idAs(key, param.id) });
}

/** Runs a use case about what the path names as `id`, of the caller's welfare centre, handed over as `key`. */
export function withTenantId<K extends string, T>(
  key: K,
  useCase: (args: TenantArgs<Record<K, string>>) => Promise<T>,
) {
  return ({ tenant, param }: { tenant: TenantContext; param: { id: string } }) =>
    useCase({ ctx: tenant, ...idAs(key, param.id) });
}

/** Runs a use case about the client the path names as `id`, of the caller's welfare centre. */
export function withClient<T>(useCase: (args: ClientArgs) => Promise<T>) {
  return withTenantId('clientId', useCase);
}

/** Runs a use case for the caller's welfare centre with the request's body as its `input`. */
export function withTenantInput<Input, T>(useCase: (args: TenantArgs<{ input: Input }>) => Promise<T>) {
  return ({ tenant, body }: { tenant: TenantContext; body: Input }) => useCase({ ctx: tenant, input: body });
}

/** The one status a route documents with a JSON answer in the 2xx range, when it has exactly one. */
type OnlySuccess<R extends RouteConfig> = {
  [S in JsonStatus<R>]: `${S}` extends `2${string}` ? S : never;
}[JsonStatus<R>];
type Single<U, All = U> = [U] extends [never]
  ? never
  : U extends unknown
    ? [All] extends [U]
      ? U
      : never
    : never;

/**
 * Serves a route whose use case answers JSON: the hand-over from the request to the use case is
 * the only thing a route file writes, and the answer is typed against the route's schema for
 * `status`, which may be left out when the route documents one success answer.
 */
export function serveJson<R extends RouteConfig>(
  app: OpenAPIHono<AppEnv>,
  route: R,
  run: (request: ServedRequest<R>) => Promise<Answer<R, Single<OnlySuccess<R>>>>,
): void;
export function serveJson<R extends RouteConfig, S extends JsonStatus<R>>(
  app: OpenAPIHono<AppEnv>,
  route: R,
  status: S,
  run: (request: ServedRequest<R>) => Promise<Answer<R, S>>,
): void;
export function serveJson(
  app: OpenAPIHono<AppEnv>,
  route: RouteConfig,
  ...rest:
    | [run: (request: never) => Promise<unknown>]
    | [status: number, run: (request: never) => Promise<unknown>]
): void {
  const [status, run] = rest.length === 2 ? rest : [successStatusOf(route), rest[0]];
  const handler = async (c: Context<AppEnv>) =>
    c.json(await run(servedRequest(c) as never), status as ContentfulStatusCode);
  app.openapi(route, handler as never);
}

function successStatusOf(route: RouteConfig): number {
  const status = Object.keys(route.responses).find((key) => key.startsWith('2'));
  if (!status) throw new Error(`${route.method} ${route.path} documents no success answer`);
  return Number(status);
}

/**
 * Makes a serve function for routes that answer in their own way (no body, a file, a redirect):
 * the route's use case runs on the served request and `respond` turns what it gave into the answer.
 */
function serveAs<Out>(respond: (c: Context<AppEnv>, out: Out) => Response) {
  return <R extends RouteConfig>(
    app: OpenAPIHono<AppEnv>,
    route: R,
    run: (request: ServedRequest<R>) => Promise<Out>,
  ): void => {
    const handler = async (c: Context<AppEnv>) => respond(c, await run(servedRequest<R>(c)));
    app.openapi(route, handler as never);
  };
}

/** Serves a route that answers 204 without a body once its use case is done. */
export const serveEmpty = serveAs<unknown>((c) => c.body(null, 204));

/** A file a route answers with: its bytes (or text), media type and the name it is saved under. */
export type ServedFile = {
  /** The whole file, or a stream of it (a zip written while it is sent). */
  bytes: Uint8Array | string | ReadableStream<Uint8Array>;
  type: string;
  name: string;
  /** Shown in the browser (a printable page) rather than saved. */
  inline?: boolean;
  /** Never kept by a cache (a client's document). */
  noStore?: boolean;
  /** More headers the route documents (where a report's figures were read). */
  headers?: Record<string, string>;
};

/** Serves a route that answers 200 with a file (PDF, CSV, XLSX) its use case made. */
export const serveFile = serveAs<ServedFile>((c, file) => {
  const body = file.bytes instanceof Uint8Array ? new Uint8Array(file.bytes) : file.bytes;
  return c.body(body, 200, {
    'content-type': file.type,
    'content-disposition': `${file.inline ? 'inline' : 'attachment'}; filename="${file.name}"`,
    ...(file.noStore ? { 'cache-control': 'no-store' } : {}),
    ...file.headers,
  });
});

/** Serves a route that sends the browser on with 302 to the address its use case gives. */
export const serveRedirect = serveAs<string>((c, address) => c.redirect(address, 302));

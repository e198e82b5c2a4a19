// A route as the portals call it: its method and path are the only things that exist at run time,
// its input and answer are types taken from the route's zod schemas. Imports types only, so a portal
// that imports a contract gets a few strings into its bundle and no schema, no server code.

import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The schemas of what a route takes and gives (as types: `typeof QueueQuerySchema`); a part left out
 * is not sent, or for `answer`, the route answers without a body.
 */
export type RouteShape = { query?: z.ZodType; body?: z.ZodType; answer?: z.ZodType };

/**
 * The shapes of a setting a portal reads (`read`) and saves (`save`, sending `Body`), both answered
 * with the setting as stored (`Answer`). A contract names the pair once and gives each route its part:
 *
 * @example
 * type Setting = SettingShapes<typeof SettingsUpdateSchema, typeof SettingsSchema>;
 * type Shapes = { settings: Setting['read']; saveSettings: Setting['save'] };
 */
export type SettingShapes<Body extends z.ZodType, Answer extends z.ZodType> = {
  read: { answer: Answer };
  save: { body: Body; answer: Answer };
};

/**
 * One route of the API, path relative to `/api`, with `{name}` for each path parameter.
 * `shape` never holds a value: it carries the types of the query, the body and the answer.
 */
export type RouteContract<
  Method extends HttpMethod = HttpMethod,
  Path extends string = string,
  Shape extends RouteShape = RouteShape,
> = {
  readonly method: Method;
  readonly path: Path;
  readonly shape?: Shape;
};

type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** The path parameters of a path: `/clients/{id}/documents/{document}` gives `{ id; document }`. */
export type PathParams<Path extends string> = { [Name in ParamNames<Path>]: string };

type Nothing = { [Name in never]: never };
type ParamsPart<Path extends string> = [ParamNames<Path>] extends [never]
  ? { params?: never }
  : { params: PathParams<Path> };
type QueryPart<Shape> = Shape extends { query: infer Query extends z.ZodType }
  ? Nothing extends z.input<Query>
    ? { query?: z.input<Query> }
    : { query: z.input<Query> }
  : { query?: never };
type BodyPart<Shape> = Shape extends { body: infer Body extends z.ZodType }
  ? { body: z.input<Body> }
  : { body?: never };
type Flat<T> = { [K in keyof T]: T[K] };

/** What a call of the route sends: `params` for the path, `query` and `body` where the route has them (and no others). */
export type RouteInput<Route> =
  Route extends RouteContract<HttpMethod, infer Path, infer Shape>
    ? Flat<ParamsPart<Path> & QueryPart<Shape> & BodyPart<Shape>>
    : never;

/** What the route answers on success; `undefined` for an answer without a body (204). */
export type RouteAnswer<Route> =
  Route extends RouteContract<HttpMethod, string, infer Shape>
    ? Shape extends { answer: infer Answer extends z.ZodType }
      ? z.output<Answer>
      : undefined
    : never;

/**
 * The types of a route's query, body and answer, for {@link route} (or of each route's, by name, for
 * {@link contract}). Nothing at run time: a portal's
 * bundle drops it, and with it every contract the portal does not call.
 */
/* @__NO_SIDE_EFFECTS__ */
export function types<const Shape>(): Shape | undefined {
  return undefined;
}

/**
 * Declares a route's contract; the path keeps its literal type, so its parameters are known.
 *
 * @example
 * const getClient = route('GET', '/clients/{id}', types<{ answer: typeof ClientResponseSchema }>());
 */
/* @__NO_SIDE_EFFECTS__ */
export function route<
  const Method extends HttpMethod,
  const Path extends string,
  const Shape extends RouteShape = Nothing,
>(method: Method, path: Path, _shape?: Shape): RouteContract<Method, Path, Shape> {
  return { method, path };
}

/** A route as a feature's contract writes it: the method, one space, the path (`'GET /clients/{id}'`). */
export type RouteLine = `${HttpMethod} /${string}`;

type MethodOf<Line> = Line extends `${infer Method extends HttpMethod} ${string}` ? Method : never;
type PathOf<Line> = Line extends `${HttpMethod} ${infer Path}` ? Path : never;

/** Shapes that name only `query`, `body` and `answer`: a misspelt part is refused, not ignored. */
type OnlyShapes<Shapes> = {
  [Name in keyof Shapes]: RouteShape & { [Part in Exclude<keyof Shapes[Name], keyof RouteShape>]: never };
};

/** The routes of a contract: each line's method and path, with the shape of the same name (none if it has none). */
export type Contract<Shapes, Routes extends Record<string, RouteLine>> = {
  -readonly [Name in keyof Routes]: RouteContract<
    MethodOf<Routes[Name]>,
    PathOf<Routes[Name]>,
    Name extends keyof Shapes
      ? Shapes[Name] extends infer Shape extends RouteShape
        ? Shape
        : never
      : Nothing
  >;
};

/**
 * Declares a feature's routes at once: the types of what each route takes and gives, by the route's
 * name, then each route's method and path. A route without query, body or answer needs no shape; a
 * shape without a route of its name is refused. One call, so a portal's bundle drops every contract
 * the portal does not call.
 *
 * @example
 * type Shapes = { detail: { answer: typeof ClientResponseSchema } };
 *
 * export const CLIENT_ROUTES = contract(types<Shapes>(), {
 *   detail: 'GET /clients/{id}',
 *   archive: 'DELETE /clients/{id}',
 * });
 */
/* @__NO_SIDE_EFFECTS__ */
export function contract<
  Shapes extends OnlyShapes<Shapes>,
  const Routes extends Record<keyof Shapes, RouteLine> & Record<string, RouteLine>,
>(_shapes: Shapes | undefined, routes: Routes): Contract<Shapes, Routes> {
  const contracts: Record<string, RouteContract> = {};
  for (const [name, line] of Object.entries<RouteLine>(routes)) {
    const space = line.indexOf(' ');
    contracts[name] = { method: line.slice(0, space) as HttpMethod, path: line.slice(space + 1) };
  }
  return contracts as Contract<Shapes, Routes>;
}

import type { ErrorCode } from '@digipakket/api/contracts';
import type { RouteAnswer, RouteContract, RouteInput } from '@digipakket/api/routes';

/**
 * The code an {@link ApiError} carries: one of the API's codes, `network.unreachable` when no answer
 * came, or `http.<status>` for an answer without the API's error body (a proxy's 502).
 */
export type ApiErrorCode = ErrorCode | 'network.unreachable' | `http.${number}`;

/** One field's refusal in a `validation.failed` answer. */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

/**
 * An answer of the API that is not a success, or a request that never got one. `status` is 0 and
 * `code` is `network.unreachable` when the server could not be reached.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly requestId: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor({
    status,
    code,
    message,
    requestId,
    details,
  }: {
    status: number;
    code: ApiErrorCode;
    message: string;
    requestId?: string | undefined;
    details?: Record<string, unknown> | undefined;
  }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.details = details;
  }

  /** The per-field issues of a validation refusal, with paths joined by dots (`address.postcode`). */
  get fieldIssues(): FieldIssue[] {
    const fields = this.details?.fields;
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((field: unknown) => {
      if (typeof field !== 'object' || field === null) return [];
      const { path, code, message } = field as { path?: unknown; code?: unknown; message?: unknown };
      const joined = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
      return [{ path: joined, code: String(code ?? ''), message: String(message ?? '') }];
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Query = Record<string, string | number | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** The login and session probe answer 401 as a normal outcome, not as a lost session. */
  expectUnauthorized?: boolean;
  /**
   * Sent as `Idempotency-Key`: one key per user action (see {@link newIdempotencyKey}). With a key,
   * a request that got no answer (network lost) is sent again with the same key, because the API
   * runs it at most once and replays the first answer.
   */
  idempotencyKey?: string;
}

/** How many times a keyed request is sent again after the network failed. */
const KEYED_RETRIES = 2;

/** A fresh key for one user action (a click on "Enrol", "Reserve", "Import"). */
export function newIdempotencyKey(): string {
  // getRandomValues, not randomUUID: the latter is missing on plain-http pages (a demo on a LAN address).
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** How a call is sent, beside its input: the same as {@link RequestOptions} without what the route fixes. */
export type CallOptions = Pick<RequestOptions, 'expectUnauthorized' | 'idempotencyKey'>;

/** The input may be left out when the route takes none (or only an optional query). */
export type CallArgs<Route extends RouteContract> =
  { [Name in never]: never } extends RouteInput<Route>
    ? [input?: RouteInput<Route>, options?: CallOptions]
    : [input: RouteInput<Route>, options?: CallOptions];

export interface ApiClient {
  request: <T>(path: string, options?: RequestOptions) => Promise<T>;
  /**
   * Calls one route of the API's contract: path parameters, query, body and answer are typed by it.
   *
   * @example
   * const { statement } = await api.call(STATEMENT_ROUTES.detail, { params: { id } });
   */
  call: <Route extends RouteContract>(route: Route, ...args: CallArgs<Route>) => Promise<RouteAnswer<Route>>;
}

/** The route's path with each `{name}` replaced by its parameter, encoded. */
export function pathOf(route: RouteContract, params: Record<string, string> = {}): string {
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${route.path}`);
    return encodeURIComponent(value);
  });
}

function toUrl({ baseUrl, path, query }: { baseUrl: string; path: string; query?: Query }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const queryString = search.toString();
  return `${baseUrl}${path}${queryString ? `?${queryString}` : ''}`;
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  return new ApiError({
    status: response.status,
    // The API's answers hold only its listed codes; a newer server's unknown code falls back on the status.
    code: typeof error?.code === 'string' ? (error.code as ErrorCode) : `http.${response.status}`,
    message: typeof error?.message === 'string' ? error.message : response.statusText,
    requestId:
      typeof error?.requestId === 'string'
        ? error.requestId
        : (response.headers.get('x-request-id') ?? undefined),
    details:
      typeof error?.details === 'object' && error.details !== null
        ? (error.details as Record<string, unknown>)
        : undefined,
  });
}

/**
 * The one way the portals talk to the API: same-origin cookies, JSON both ways, every failure an
 * {@link ApiError}. `onUnauthorized` runs when a request that needed a session got a 401, so the
 * portal can drop its session and show the login page.
 */
export function createApiClient({
  baseUrl = '/api',
  fetch: fetchImpl = (...args) => globalThis.fetch(...args),
  onUnauthorized,
}: {
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  onUnauthorized?: () => void;
} = {}): ApiClient {
  const request = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
    const {
      method = options.body === undefined ? 'GET' : 'POST',
      query,
      body,
      expectUnauthorized,
      idempotencyKey,
    } = options;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;

    let response: Response | undefined;
    for (let attempt = 0; response === undefined; attempt += 1) {
      try {
        response = await fetchImpl(toUrl({ baseUrl, path, query }), {
          method,
          headers,
          credentials: 'same-origin',
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (cause) {
        if (idempotencyKey !== undefined && attempt < KEYED_RETRIES) continue;
        throw new ApiError({
          status: 0,
          code: 'network.unreachable',
          message: cause instanceof Error ? cause.message : 'Network error',
        });
      }
    }

    if (!response.ok) {
      const error = await errorFromResponse(response);
      if (response.status === 401 && !expectUnauthorized) onUnauthorized?.();
      throw error;
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  };

  const call = <Route extends RouteContract>(route: Route, ...[input, options]: CallArgs<Route>) => {
    const { params, query, body } = (input ?? {}) as {
      params?: Record<string, string>;
      query?: Query;
      body?: unknown;
    };
    return request<RouteAnswer<Route>>(pathOf(route, params), {
      method: route.method,
      ...(query === undefined ? {} : { query }),
      ...(body === undefined ? {} : { body }),
      ...options,
    });
  };

  return { request, call };
}

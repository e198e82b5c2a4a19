import type { OrgKind } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { queryRows } from '../database/database';
import { isAppError } from '../shared/errors';
import {
  createForbiddenError,
  createPasswordChangeRequiredError,
  createSecondFactorRequiredError,
  createUnauthenticatedError,
} from './access.errors';
import type { AppEnv, AuthContext } from './app.types';
import type { RequestContext } from './request-context';

/** A role of an organisation kind, written `kind:role`, e.g. `home_help:student`. */
export type RoleKey = `${OrgKind}:${string}`;

/** Who may call a route: `public`, any logged-in user, or a list of roles. */
export type Access = 'public' | 'authenticated' | readonly RoleKey[];

/** The role groups routes are granted to; the authorization policy reads from this one table. */
export const ACCESS = {
  public: 'public',
  authenticated: 'authenticated',
  /** Every user of a welfare centre: for what holds no client data (programmes, languages, help points). */
  welfareStaff: ['welfare:social_worker', 'welfare:project_lead', 'welfare:admin'],
  /**
   * The welfare centre's users who work with clients. The admin sets up users and programmes and
   * reads no client record (docs/adr/0005-welfare-admin-without-client-data.md).
   */
  caseworkers: ['welfare:social_worker', 'welfare:project_lead'],
  homeHelp: ['home_help:coordinator', 'home_help:student'],
  training: ['training:coordinator', 'training:teacher'],
} as const satisfies Record<string, Access>;

export function roleKeyOf(auth: AuthContext): RoleKey {
  return `${auth.organisation.kind}:${auth.user.role}`;
}

export function isAllowed({ access, auth }: { access: Access; auth: AuthContext | undefined }): boolean {
  if (access === 'public') return true;
  if (!auth) return false;
  if (access === 'authenticated') return true;
  return access.includes(roleKeyOf(auth));
}

/**
 * The client a request is about, read from the route: the id of `/api/clients/{id}…` or a path
 * parameter named `clientId`. Undefined for routes that do not name a client in their path.
 */
export function clientIdOfRoute(c: Context<AppEnv>): string | undefined {
  const named = c.req.param('clientId');
  if (named) return named;
  return /^\/api\/clients\/:id(\/|$)/.test(c.req.routePath) ? c.req.param('id') : undefined;
}

/**
 * Writes the audit rows of a refused attempt on clients (403, or 404 because one is missing or of
 * another tenant), one per client, unless the use case already audited this request. A row goes to
 * the client's tenant when the client exists, so that tenant's project lead sees who tried. No
 * client (a client named in the body that could not be read) writes one row in the caller's tenant,
 * without a client.
 */
async function auditRefusal({
  c,
  ctx,
  clientIds,
  status,
  since,
}: {
  c: Context<AppEnv>;
  ctx: RequestContext;
  clientIds: readonly string[];
  status: 403 | 404;
  since: Date;
}) {
  const { db, requestId, actor } = ctx;
  const already = await queryRows<{ id: string }>({
    db,
    query: sql`SELECT id FROM audit_log WHERE request_id = ${requestId} AND actor_user_id = ${actor.user.id} AND at >= ${since.toISOString()} LIMIT 1`,
  });
  if (already.length > 0) return;
  for (const clientId of clientIds.length > 0 ? clientIds : ['']) {
    const safeId = clientId.slice(0, 64);
    const [client] = /^[A-Za-z0-9_]{1,64}$/.test(safeId)
      ? await queryRows<{ tenant_id: string }>({
          db,
          query: sql`SELECT tenant_id FROM clients WHERE id = ${safeId}`,
        })
      : [];
    await ctx.audit({
      tenantId: client?.tenant_id ?? ctx.tenantId,
      clientId: client ? safeId : null,
      action: status === 403 ? 'client.access_refused' : 'client.not_found',
      resource: `client:${safeId.replace(/[^A-Za-z0-9_]/g, '?')}`,
      outcome: 'denied',
      purpose: `${c.req.method} ${c.req.routePath}`.slice(0, 200),
    });
  }
}

/** At most this many clients named in one refused body are audited one by one. */
const MAX_AUDITED_BODY_CLIENTS = 50;

/**
 * The clients a JSON body names (`clientId`, `clientIds`), for auditing a refused request that
 * names its client only in the body (reserve a laptop, enrol, print packs). Anything else: none.
 */
async function clientIdsOfBody(c: Context<AppEnv>): Promise<string[]> {
  if (!['POST', 'PUT', 'PATCH'].includes(c.req.method)) return [];
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) return [];
  const body = (await c.req.json().catch(() => undefined)) as
    | { clientId?: unknown; clientIds?: unknown }
    | undefined;
  if (!body || typeof body !== 'object') return [];
  const named = [body.clientId, ...(Array.isArray(body.clientIds) ? body.clientIds : [])];
  return [...new Set(named.filter((id): id is string => typeof id === 'string' && id.length > 0))].slice(
    0,
    MAX_AUDITED_BODY_CLIENTS,
  );
}

/** The code of the refusal that is audited wherever a client is named: one missing or of another tenant. */
const CLIENT_NOT_FOUND = 'client.not_found';

/**
 * Whether the route refused because a client it was given is missing or of another tenant: the
 * error the use case threw says so by its code (Hono keeps the handled error on the context).
 */
function refusedForMissingClient(c: Context<AppEnv>): boolean {
  return isAppError(c.error) && c.error.code === CLIENT_NOT_FOUND;
}

/**
 * Which step of a session still waiting for its second factor a route is open during: `verify`
 * (proving a factor), `enrol` (registering the first one, and managing factors in a full session),
 * `any` (who am I, sign out, the own factors). Every other route answers such a session 403
 * `auth.second_factor_required`.
 */
export type SecondFactorStep = 'verify' | 'enrol' | 'any';

/**
 * Route middleware: 401 without a session; 403 `auth.second_factor_required` while the session still
 * waits for its second factor, unless the route is open during that step (`secondFactorStep`; such a
 * route is open before a change of password too); 403 `auth.password_change_required` while someone else's
 * password is still in use, unless the route is open `beforePasswordChange`; 403 when the role is
 * not in `access`. On a route about
 * one client, a refusal (this 403, or a 403/404 from the use case) is also written to the audit log;
 * on any other route, so is a 404 `client.not_found` (a client named in the body).
 */
export function authorize(
  access: Access,
  {
    beforePasswordChange = false,
    secondFactorStep,
  }: { beforePasswordChange?: boolean; secondFactorStep?: SecondFactorStep | undefined } = {},
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (access === 'public') return next();
    const ctx = c.get('ctx');
    if (!ctx) throw createUnauthenticatedError();
    const auth = ctx.actor;
    if (auth.secondFactorPending) {
      if (secondFactorStep !== 'any' && secondFactorStep !== auth.secondFactorPending)
        throw createSecondFactorRequiredError();
    } else if (auth.passwordChangeRequired && !beforePasswordChange)
      throw createPasswordChangeRequiredError();
    const clientId = clientIdOfRoute(c);
    const since = ctx.clock.now();
    if (!clientId) {
      if (!isAllowed({ access, auth })) {
        // A role refused on a route that names its clients in the body: one denied row per client.
        const named = await clientIdsOfBody(c);
        if (named.length > 0) await auditRefusal({ c, ctx, clientIds: named, status: 403, since });
        throw createForbiddenError();
      }
      await next();
      // A client named in the body (reserve a laptop, enrol, print packs…) that is missing or of
      // another tenant: the use case answers 404 `client.not_found`, this writes the denied row.
      if (c.res.status === 404 && refusedForMissingClient(c))
        await auditRefusal({ c, ctx, clientIds: [], status: 404, since });
      return;
    }
    if (!isAllowed({ access, auth })) {
      await auditRefusal({ c, ctx, clientIds: [clientId], status: 403, since });
      throw createForbiddenError();
    }
    await next();
    const status = c.res.status;
    if (status === 403 || status === 404)
      await auditRefusal({ c, ctx, clientIds: [clientId], status, since });
  });
}

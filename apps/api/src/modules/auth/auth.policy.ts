import type { OrgKind } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, AuthContext } from '../app/app.types';
import { queryRows } from '../app/database';
import { writeAudit } from '../audit/audit.usecases';
import { createForbiddenError, createUnauthenticatedError } from './auth.errors';

/** A role of an organisation kind, written `kind:role`, e.g. `home_help:student`. */
export type RoleKey = `${OrgKind}:${string}`;

/** Who may call a route: `public`, any logged-in user, or a list of roles. */
export type Access = 'public' | 'authenticated' | readonly RoleKey[];

/** The role groups routes are granted to; the authorization policy reads from this one table. */
export const ACCESS = {
  public: 'public',
  authenticated: 'authenticated',
  welfareStaff: ['welfare:social_worker', 'welfare:project_lead', 'welfare:admin'],
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
 * Writes the audit row of a refused attempt on a client (403, or 404 because it is missing or of
 * another tenant), unless the use case already audited this request. The row goes to the client's
 * tenant when the client exists, so that tenant's project lead sees who tried. An empty `clientId`
 * (a client named in the body) writes the row in the caller's tenant, without a client.
 */
async function auditRefusal({
  c,
  auth,
  clientId,
  status,
  since,
}: {
  c: Context<AppEnv>;
  auth: AuthContext;
  clientId: string;
  status: 403 | 404;
  since: Date;
}) {
  const { db, clock } = c.get('deps');
  const requestId = c.get('requestId');
  const already = await queryRows<{ id: string }>({
    db,
    query: sql`SELECT id FROM audit_log WHERE request_id = ${requestId} AND actor_user_id = ${auth.user.id} AND at >= ${since.toISOString()} LIMIT 1`,
  });
  if (already.length > 0) return;
  const safeId = clientId.slice(0, 64);
  const [client] = /^[A-Za-z0-9_]{1,64}$/.test(safeId)
    ? await queryRows<{ tenant_id: string }>({
        db,
        query: sql`SELECT tenant_id FROM clients WHERE id = ${safeId}`,
      })
    : [];
  await writeAudit({
    db,
    entry: {
      actor: auth,
      tenantId: client?.tenant_id ?? auth.organisation.tenantId,
      clientId: client ? safeId : null,
      action: status === 403 ? 'client.access_refused' : 'client.not_found',
      resource: `client:${safeId.replace(/[^A-Za-z0-9_]/g, '?')}`,
      outcome: 'denied',
      purpose: `${c.req.method} ${c.req.routePath}`.slice(0, 200),
      requestId,
      at: clock.now(),
    },
  });
}

async function isClientNotFound(res: Response): Promise<boolean> {
  const text = await res.clone().text();
  return text.includes('"code":"client.not_found"');
}

/**
 * Route middleware: 401 without a session, 403 when the role is not in `access`. On a route about
 * one client, a refusal (this 403, or a 403/404 from the use case) is also written to the audit log;
 * on any other route, so is a 404 `client.not_found` (a client named in the body).
 */
export function authorize(access: Access) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (access === 'public') return next();
    const auth = c.get('auth');
    if (!auth) throw createUnauthenticatedError();
    const clientId = clientIdOfRoute(c);
    if (!clientId) {
      if (!isAllowed({ access, auth })) throw createForbiddenError();
      const since = c.get('deps').clock.now();
      await next();
      // A client named in the body (reserve a laptop, enrol, print packs…) that is missing or of
      // another tenant: the use case answers 404 `client.not_found`, this writes the denied row.
      if (c.res.status === 404 && (await isClientNotFound(c.res)))
        await auditRefusal({ c, auth, clientId: '', status: 404, since });
      return;
    }
    const since = c.get('deps').clock.now();
    if (!isAllowed({ access, auth })) {
      await auditRefusal({ c, auth, clientId, status: 403, since });
      throw createForbiddenError();
    }
    await next();
    const status = c.res.status;
    if (status === 403 || status === 404) await auditRefusal({ c, auth, clientId, status, since });
  });
}

/** The logged-in user of a request that passed `authorize`. */
export function getAuth(c: { get: (key: 'auth') => AuthContext | undefined }): AuthContext {
  const auth = c.get('auth');
  if (!auth) throw createUnauthenticatedError();
  return auth;
}

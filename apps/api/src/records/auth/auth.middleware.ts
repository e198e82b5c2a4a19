import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { resolveClientAddress, type TrustProxy } from '../../ground/config/client-address';
import { type DatabaseScope, withDatabaseScope } from '../../ground/database/database';
import type { AppDeps, AppEnv, AuthContext } from '../../ground/http/app.types';
import { createRequestContext } from '../../ground/http/request-context';
import { readSessionCookie } from './auth.cookies';
import { resolveSession } from './auth.usecases';

/**
 * The tenants whose rows a logged-in user's queries may see through row-level security: the own
 * tenant for welfare staff, the tenants a partner organisation works for.
 */
export function databaseScopeOf({ auth }: { auth: AuthContext }): DatabaseScope {
  return auth.organisation.tenantId
    ? { kind: 'tenants', tenantIds: [auth.organisation.tenantId] }
    : { kind: 'partner', organisationId: auth.organisation.id };
}

/**
 * Loads the session named by the cookie, if any, into `c.var.auth`; routes decide what they require.
 * The rest of a logged-in request runs in the user's database scope; without a session, queries of
 * tenant-owned tables find nothing.
 */
export function createSessionMiddleware({ deps }: { deps: AppDeps }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = readSessionCookie({ c, config: deps.config });
    const { auth } = token
      ? await resolveSession({ db: deps.db, config: deps.config, clock: deps.clock, token })
      : { auth: undefined };
    c.set('auth', auth);
    const scope = auth ? databaseScopeOf({ auth }) : undefined;
    c.set(
      'ctx',
      auth && scope
        ? createRequestContext({
            db: deps.db,
            clock: deps.clock,
            requestId: c.get('requestId'),
            actor: auth,
            reports: { standby: deps.standby, scope },
          })
        : undefined,
    );
    if (!scope) return next();
    // The connection is cleared and given back after the answer is on its way, not before.
    return withDatabaseScope({
      scope,
      work: () => next(),
      awaitRelease: false,
    });
  });
}

/**
 * The caller's address: the socket peer, or the hop the trusted proxies vouch for in X-Forwarded-For
 * (see `resolveClientAddress`).
 */
export function getClientIp({ c, trustProxy }: { c: Context; trustProxy: TrustProxy }): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  if ('hops' in trustProxy && trustProxy.hops === 0) return peer ?? 'unknown';
  const forwardedFor = c.req.raw.headers.get('x-forwarded-for');
  return resolveClientAddress({ peer, forwardedFor: forwardedFor ? [forwardedFor] : [], trust: trustProxy });
}

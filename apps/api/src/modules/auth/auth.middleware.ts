import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppDeps, AppEnv } from '../app/app.types';
import { readSessionCookie } from './auth.cookies';
import { resolveSession } from './auth.usecases';

/** Loads the session named by the cookie, if any, into `c.var.auth`; routes decide what they require. */
export function createSessionMiddleware({ deps }: { deps: AppDeps }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = readSessionCookie({ c, config: deps.config });
    const { auth } = token
      ? await resolveSession({ db: deps.db, config: deps.config, clock: deps.clock, token })
      : { auth: undefined };
    c.set('auth', auth);
    return next();
  });
}

/** The caller's address: the socket peer, or the first X-Forwarded-For hop behind a trusted proxy. */
export function getClientIp({ c, trustProxy }: { c: Context; trustProxy: boolean }): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

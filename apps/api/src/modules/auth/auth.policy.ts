import type { OrgKind } from '@digipakket/domain';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, AuthContext } from '../app/app.types';
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

/** Route middleware: 401 without a session, 403 when the role is not in `access`. */
export function authorize(access: Access) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (access === 'public') return next();
    const auth = c.get('auth');
    if (!auth) throw createUnauthenticatedError();
    if (!isAllowed({ access, auth })) throw createForbiddenError();
    return next();
  });
}

/** The logged-in user of a request that passed `authorize`. */
export function getAuth(c: { get: (key: 'auth') => AuthContext | undefined }): AuthContext {
  const auth = c.get('auth');
  if (!auth) throw createUnauthenticatedError();
  return auth;
}

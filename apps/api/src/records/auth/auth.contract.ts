import { route, types } from '../../ground/shared/route-contract';
import type { ChangePasswordRequestSchema, LoginRequestSchema, MeSchema } from './auth.schemas';

/** The session routes as the portals call them. */
export const AUTH_ROUTES = {
  login: route('POST', '/auth/login', types<{ body: typeof LoginRequestSchema; answer: typeof MeSchema }>()),
  logout: route('POST', '/auth/logout'),
  me: route('GET', '/auth/me', types<{ answer: typeof MeSchema }>()),
  changePassword: route(
    'POST',
    '/auth/password',
    types<{ body: typeof ChangePasswordRequestSchema; answer: typeof MeSchema }>(),
  ),
};

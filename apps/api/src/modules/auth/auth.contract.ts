import { route } from '../shared/route-contract';
import type { ChangePasswordRequestSchema, LoginRequestSchema, MeSchema } from './auth.schemas';

/** The session routes as the portals call them. */
export const AUTH_ROUTES = {
  login: route<{ body: typeof LoginRequestSchema; answer: typeof MeSchema }>()('POST', '/auth/login'),
  logout: route()('POST', '/auth/logout'),
  me: route<{ answer: typeof MeSchema }>()('GET', '/auth/me'),
  changePassword: route<{ body: typeof ChangePasswordRequestSchema; answer: typeof MeSchema }>()(
    'POST',
    '/auth/password',
  ),
};

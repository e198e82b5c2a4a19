import { route, types } from '../../ground/shared/route-contract';
import type {
  ActiveSessionListSchema,
  ChangePasswordRequestSchema,
  EndedSessionsSchema,
  LoginRequestSchema,
  MeSchema,
  PasswordResetRequestSchema,
  SignInLinkInfoSchema,
  SignInLinkTokenSchema,
  UsedSignInLinkSchema,
  UseSignInLinkRequestSchema,
} from './auth.schemas';

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
  checkLink: route(
    'POST',
    '/auth/links/check',
    types<{ body: typeof SignInLinkTokenSchema; answer: typeof SignInLinkInfoSchema }>(),
  ),
  useLink: route(
    'POST',
    '/auth/links/use',
    types<{ body: typeof UseSignInLinkRequestSchema; answer: typeof UsedSignInLinkSchema }>(),
  ),
  requestPasswordReset: route(
    'POST',
    '/auth/password-reset',
    types<{ body: typeof PasswordResetRequestSchema }>(),
  ),
  sessions: route('GET', '/auth/sessions', types<{ answer: typeof ActiveSessionListSchema }>()),
  endSession: route('DELETE', '/auth/sessions/{id}'),
  endOtherSessions: route(
    'POST',
    '/auth/sessions/end-others',
    types<{ answer: typeof EndedSessionsSchema }>(),
  ),
};

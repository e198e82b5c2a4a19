import { route, types } from '../../ground/shared/route-contract';
import type {
  SignInDiscoveryRequestSchema,
  SignInDiscoverySchema,
  SignInSettingsSchema,
  SignInSettingsUpdateSchema,
} from './auth.sso.schemas';

/** Single sign-on as the portals call it: the login page's discovery and the admin's settings. */
export const SSO_ROUTES = {
  discover: route(
    'POST',
    '/auth/sso/discover',
    types<{ body: typeof SignInDiscoveryRequestSchema; answer: typeof SignInDiscoverySchema }>(),
  ),
  settings: route('GET', '/organisation/sign-in', types<{ answer: typeof SignInSettingsSchema }>()),
  updateSettings: route(
    'PUT',
    '/organisation/sign-in',
    types<{ body: typeof SignInSettingsUpdateSchema; answer: typeof SignInSettingsSchema }>(),
  ),
  removeSettings: route('DELETE', '/organisation/sign-in'),
};

import { contract, types } from '../../ground/shared/route-contract';
import type {
  SignInDiscoveryRequestSchema,
  SignInDiscoverySchema,
  SignInSettingsSchema,
  SignInSettingsUpdateSchema,
} from './auth.sso.schemas';

type Shapes = {
  discover: { body: typeof SignInDiscoveryRequestSchema; answer: typeof SignInDiscoverySchema };
  settings: { answer: typeof SignInSettingsSchema };
  updateSettings: { body: typeof SignInSettingsUpdateSchema; answer: typeof SignInSettingsSchema };
};

/** Single sign-on as the portals call it: the login page's discovery and the admin's settings. */
export const SSO_ROUTES = contract(types<Shapes>(), {
  discover: 'POST /auth/sso/discover',
  settings: 'GET /organisation/sign-in',
  updateSettings: 'PUT /organisation/sign-in',
  removeSettings: 'DELETE /organisation/sign-in',
});

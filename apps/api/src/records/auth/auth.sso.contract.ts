import { contract, type SettingShapes, types } from '../../ground/shared/route-contract';
import type * as schemas from './auth.sso.schemas';

type Setting = SettingShapes<typeof schemas.SignInSettingsUpdateSchema, typeof schemas.SignInSettingsSchema>;

type Shapes = {
  discover: {
    body: typeof schemas.SignInDiscoveryRequestSchema;
    answer: typeof schemas.SignInDiscoverySchema;
  };
  settings: Setting['read'];
  updateSettings: Setting['save'];
};

/** Single sign-on as the portals call it: the login page's discovery and the admin's settings. */
export const SSO_ROUTES = contract(types<Shapes>(), {
  discover: 'POST /auth/sso/discover',
  settings: 'GET /organisation/sign-in',
  updateSettings: 'PUT /organisation/sign-in',
  removeSettings: 'DELETE /organisation/sign-in',
});

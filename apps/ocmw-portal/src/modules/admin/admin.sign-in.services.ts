import type { SignInSettings, SignInSettingsUpdate } from '@digipakket/api/contracts';
import { SSO_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

/** The welfare centre's own sign-in service (OpenID Connect); the client secret is never answered. */
export function fetchSignInSettings(): Promise<SignInSettings> {
  return portal.api.call(SSO_ROUTES.settings);
}

export function saveSignInSettings(body: SignInSettingsUpdate) {
  return portal.api.call(SSO_ROUTES.updateSettings, { body });
}

export function removeSignInSettings() {
  return portal.api.call(SSO_ROUTES.removeSettings);
}

import { AUTH_ROUTES } from '@digipakket/api/routes';
import type { PortalName } from '@digipakket/domain';
import { createSignal } from 'solid-js';
import type { ChangePasswordRequest, LoginRequest, Me } from '../api/api.types';
import type { ApiClient } from '../api/api-client';

export interface Session {
  /** `undefined` while the session is being checked, `null` when nobody is signed in. */
  me: () => Me | null | undefined;
  load: () => Promise<void>;
  login: (credentials: { email: string; password: string }) => Promise<Me>;
  logout: () => Promise<void>;
  /**
   * Replaces the user's password; the API ends every other session and renews this one, and the
   * portal opens fully again when the password had to be changed.
   */
  changePassword: (request: ChangePasswordRequest) => Promise<Me>;
  /** Takes the user the API answered after a step that renewed the session (the second factor). */
  adopt: (me: Me) => void;
  /** Forgets the user after the API refused the session (expired, or ended elsewhere). */
  clear: () => void;
}

/**
 * The signed-in user of one portal. The cookie is HttpOnly, so the portal learns who is signed in
 * only by asking `/api/auth/me`.
 */
export function createSession({ api, portal }: { api: ApiClient; portal: PortalName }): Session {
  const [me, setMe] = createSignal<Me | null | undefined>(undefined);

  const load = async () => {
    try {
      setMe(await api.call(AUTH_ROUTES.me, {}, { expectUnauthorized: true }));
    } catch {
      setMe(null);
    }
  };

  const login = async ({ email, password }: { email: string; password: string }) => {
    const body: LoginRequest = { email, password, portal };
    const signedIn = await api.call(AUTH_ROUTES.login, { body }, { expectUnauthorized: true });
    setMe(signedIn);
    return signedIn;
  };

  const logout = async () => {
    try {
      await api.call(AUTH_ROUTES.logout, {}, { expectUnauthorized: true });
    } finally {
      setMe(null);
    }
  };

  const changePassword = async (request: ChangePasswordRequest) => {
    const changed = await api.call(AUTH_ROUTES.changePassword, { body: request });
    setMe(changed);
    return changed;
  };

  return {
    me,
    load,
    login,
    logout,
    changePassword,
    adopt: (signedIn) => setMe(signedIn),
    clear: () => setMe(null),
  };
}

import { cookieFrom, type TestApp } from './test-app';

/** The password invited users choose in tests when they replace their one-time password. */
export const CHOSEN_PASSWORD = 'Zelf gekozen, lang genoeg 42';

/**
 * Logs in with a one-time password and replaces it, as an invited user must before anything else;
 * returns the cookie of the new session.
 */
export async function loginFirstTime({
  t,
  email,
  oneTimePassword,
  newPassword = CHOSEN_PASSWORD,
}: {
  t: TestApp;
  email: string;
  oneTimePassword: string;
  newPassword?: string;
}): Promise<{ cookie: string }> {
  const { cookie } = await t.login({ email, password: oneTimePassword });
  const res = await t.request('/api/auth/password', {
    method: 'POST',
    cookie,
    body: { currentPassword: oneTimePassword, newPassword },
  });
  if (res.status !== 200)
    throw new Error(`Password change of ${email} failed with ${res.status}: ${await res.text()}`);
  return { cookie: cookieFrom(res) };
}

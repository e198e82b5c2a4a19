import { createUser } from '../../tracks/accounts/accounts.usecases';
import type { TestApp } from './test-app';

/**
 * The password test accounts have chosen themselves: when they open their invitation link, or when
 * made with one by `signInNewAccount`.
 */
export const CHOSEN_PASSWORD = 'Zelf gekozen, lang genoeg 42';

/** The token of a sign-in link: the part after `#`, which the portal's page sends to the API. */
export function tokenOfLink({ url }: { url: string }): string {
  return new URL(url).hash.slice(1);
}

/**
 * Opens an invitation (or reset) link as the invited person does: chooses a password through it and
 * signs in with that password; returns the cookie of the new session.
 */
export async function loginFirstTime({
  t,
  email,
  link,
  newPassword = CHOSEN_PASSWORD,
}: {
  t: TestApp;
  email: string;
  link: { url: string };
  newPassword?: string;
}): Promise<{ cookie: string }> {
  const res = await t.request('/api/auth/links/use', {
    method: 'POST',
    body: { token: tokenOfLink(link), newPassword },
  });
  if (res.status !== 200)
    throw new Error(`Setting the password of ${email} failed with ${res.status}: ${await res.text()}`);
  return t.login({ email, password: newPassword });
}

/**
 * Creates an account of `role` in the organisation `organisationRef`, with a password of its own that
 * need not be changed, and signs it in; returns the cookie of its session.
 */
export async function signInNewAccount({
  t,
  email,
  organisationRef,
  role,
  displayName,
}: {
  t: TestApp;
  email: string;
  organisationRef: string;
  role: string;
  displayName: string;
}): Promise<string> {
  await createUser({
    db: t.db,
    email,
    organisationRef,
    role,
    displayName,
    password: CHOSEN_PASSWORD,
    passwordChangeRequired: false,
  });
  return (await t.login({ email, password: CHOSEN_PASSWORD })).cookie;
}

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { auditRows } from '../../roof/testing/audit-rows';
import { clientAddresses } from '../../roof/testing/client-addresses';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';
import { signInAtTestProvider, startTestOidcProvider } from '../../roof/testing/test-oidc-provider';
import { createUser } from '../../tracks/accounts/accounts.usecases';
import { usersTable } from '../users/users.tables';
import { organisationSignInTable, ssoIdentitiesTable } from './auth.sso.tables';
import { configureSignIn, SSO_CALLBACK_PATH } from './auth.sso.usecases';
import { signInLinksTable } from './auth.tables';

const SECRET_A = 'secret-of-the-welfare-centres-client';
const NEW_COLLEAGUE = 'nieuw-sso@ocmw-gent.demo';

let t: TestApp;
let providerA: Awaited<ReturnType<typeof startTestOidcProvider>>;
let providerB: Awaited<ReturnType<typeof startTestOidcProvider>>;
let redirectUri: string;
let welfareOrgId: string;
let homeHelpOrgId: string;
let admin: string;

async function organisationOf(email: string): Promise<string> {
  const [row] = await queryRows<{ organisation_id: string }>({
    db: t.db,
    query: sql`SELECT organisation_id FROM users WHERE email = ${email}`,
  });
  return row!.organisation_id;
}

beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: 'true', SECRETS_KEY: 'k'.repeat(40) } });
  redirectUri = `${t.config.server.publicUrl}${SSO_CALLBACK_PATH}`;
  welfareOrgId = await organisationOf('sociaal@ocmw-gent.demo');
  homeHelpOrgId = await organisationOf('coordinator@beego.demo');
  [providerA, providerB] = await Promise.all([
    startTestOidcProvider({
      clientId: 'digipakket-ocmw',
      clientSecret: SECRET_A,
      redirectUri,
      accounts: [
        { subject: 'a-sociaal', email: 'sociaal@ocmw-gent.demo' },
        { subject: 'a-nieuw', email: NEW_COLLEAGUE },
        { subject: 'a-vreemde', email: 'niemand@ocmw-gent.demo' },
      ],
    }),
    startTestOidcProvider({
      clientId: 'digipakket-beego',
      redirectUri,
      accounts: [
        { subject: 'b-coordinator', email: 'coordinator@beego.demo' },
        { subject: 'b-sociaal', email: 'sociaal@ocmw-gent.demo' },
      ],
    }),
  ]);
  ({ cookie: admin } = await t.login({ email: 'admin@ocmw-gent.demo' }));
  const res = await t.request('/api/organisation/sign-in', {
    method: 'PUT',
    cookie: admin,
    body: {
      issuerUrl: providerA.issuer,
      clientId: 'digipakket-ocmw',
      clientSecret: SECRET_A,
      emailDomains: ['OCMW-gent.demo'],
    },
  });
  expect(res.status).toBe(200);
  await configureHomeHelpSignIn({ localPasswords: true });
});
afterAll(async () => {
  await t?.close();
  await providerA?.close();
  await providerB?.close();
});

/** The operator configures the home-help partner's provider (`pnpm cli sso:set`), here a public client. */
function configureHomeHelpSignIn({ localPasswords }: { localPasswords: boolean }) {
  return configureSignIn({
    db: t.db,
    config: t.config,
    organisationId: homeHelpOrgId,
    update: {
      issuerUrl: providerB.issuer,
      clientId: 'digipakket-beego',
      emailClaim: 'email',
      emailDomains: ['beego.demo'],
      localPasswords,
    },
  });
}

const fromNewAddress = clientAddresses('198.51.100').header;

function cookieNamed(res: { headers: Headers }, name: string): string | undefined {
  return res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);
}

/** A browser signing in through an organisation's provider: start, the provider's form, the callback. */
async function signInThrough({ organisationId, subject }: { organisationId: string; subject: string }) {
  const headers = fromNewAddress();
  const start = await t.request(`/api/auth/sso/start?organisation=${organisationId}`, { headers });
  expect(start.status).toBe(302);
  const attemptCookie = cookieNamed(start, 'dp_sso');
  expect(attemptCookie).toBeDefined();
  const callback = await signInAtTestProvider({
    authorizationUrl: start.headers.get('location')!,
    subject,
    redirectUri,
  });
  const url = new URL(callback);
  const res = await t.request(`${url.pathname}${url.search}`, { cookie: attemptCookie, headers });
  expect(res.status).toBe(302);
  return {
    location: res.headers.get('location'),
    session: cookieNamed(res, 'dp_session'),
    callback,
    headers,
  };
}

describe('single sign-on with an organisation’s OpenID provider', () => {
  it('signs a social worker in through the welfare centre’s provider and sends them to their portal', async () => {
    const { location, session } = await signInThrough({ organisationId: welfareOrgId, subject: 'a-sociaal' });
    expect(location).toBe('/ocmw/');
    const me = await t.request('/api/auth/me', { cookie: session });
    expect(me.status).toBe(200);
    expect((await me.json()).user.email).toBe('sociaal@ocmw-gent.demo');
    const [audit] = await auditRows(t.db, { action: 'auth.login', purpose: 'single_sign_on' });
    expect(audit?.outcome).toBe('success');
  });

  it('links the provider’s subject at the first sign-in, so later ones find the account by it', async () => {
    const rows = await t.db
      .select({ subject: ssoIdentitiesTable.subject, email: usersTable.email })
      .from(ssoIdentitiesTable)
      .innerJoin(usersTable, eq(usersTable.id, ssoIdentitiesTable.userId))
      .where(eq(ssoIdentitiesTable.issuerUrl, providerA.issuer));
    expect(rows).toEqual([{ subject: 'a-sociaal', email: 'sociaal@ocmw-gent.demo' }]);
    const again = await signInThrough({ organisationId: welfareOrgId, subject: 'a-sociaal' });
    expect(again.location).toBe('/ocmw/');
  });

  it('refuses a welfare centre’s user who comes through another organisation’s provider', async () => {
    const { location, session } = await signInThrough({
      organisationId: homeHelpOrgId,
      subject: 'b-sociaal',
    });
    expect(location).toBe('/beego/?sso_error=sso.account_unknown');
    expect(session).toBeUndefined();
  });

  it('lets the partner’s own coordinator in through the partner’s provider', async () => {
    const { location, session } = await signInThrough({
      organisationId: homeHelpOrgId,
      subject: 'b-coordinator',
    });
    expect(location).toBe('/beego/');
    expect((await t.request('/api/auth/me', { cookie: session })).status).toBe(200);
  });

  it('refuses an address the provider knows but Digipakket has no account for, and creates none', async () => {
    const { location, session } = await signInThrough({ organisationId: welfareOrgId, subject: 'a-vreemde' });
    expect(location).toBe('/ocmw/?sso_error=sso.account_unknown');
    expect(session).toBeUndefined();
    const users = await t.db.select().from(usersTable).where(eq(usersTable.email, 'niemand@ocmw-gent.demo'));
    expect(users).toEqual([]);
    const denied = await auditRows(t.db, { action: 'auth.login', outcome: 'denied' });
    expect(denied.map((row) => row.purpose)).toContain('single_sign_on: sso.account_unknown');
  });

  it('refuses a disabled account whatever the provider says, and disabling ends its single sign-on sessions at once', async () => {
    const { user } = await createUser({
      db: t.db,
      email: NEW_COLLEAGUE,
      organisationRef: welfareOrgId,
      role: 'social_worker',
      displayName: 'Nieuwe Collega',
      password: 'a-password-nobody-uses-1',
      passwordChangeRequired: false,
    });
    const first = await signInThrough({ organisationId: welfareOrgId, subject: 'a-nieuw' });
    expect(first.location).toBe('/ocmw/');
    expect((await t.request('/api/auth/me', { cookie: first.session })).status).toBe(200);

    const disabled = await t.request(`/api/users/${user.id}/disable`, { method: 'POST', cookie: admin });
    expect(disabled.status).toBe(204);
    expect((await t.request('/api/auth/me', { cookie: first.session })).status).toBe(401);

    const again = await signInThrough({ organisationId: welfareOrgId, subject: 'a-nieuw' });
    expect(again.location).toBe('/ocmw/?sso_error=sso.account_disabled');
    expect(again.session).toBeUndefined();
  });

  it('refuses a callback without the browser’s cookie, and a state used once already', async () => {
    const headers = fromNewAddress();
    const start = await t.request(`/api/auth/sso/start?organisation=${welfareOrgId}`, { headers });
    const attemptCookie = cookieNamed(start, 'dp_sso');
    const callback = new URL(
      await signInAtTestProvider({
        authorizationUrl: start.headers.get('location')!,
        subject: 'a-sociaal',
        redirectUri,
      }),
    );
    const path = `${callback.pathname}${callback.search}`;
    const withoutCookie = await t.request(path, { headers });
    expect(withoutCookie.headers.get('location')).toBe('/?sso_error=sso.attempt_invalid');
    const used = await t.request(path, { cookie: attemptCookie, headers });
    expect(used.headers.get('location')).toBe('/ocmw/');
    const replayed = await t.request(path, { cookie: attemptCookie, headers });
    expect(replayed.headers.get('location')).toBe('/?sso_error=sso.attempt_invalid');
  });

  it('answers 404 sso.not_configured for an organisation without a provider', async () => {
    const trainingOrgId = await organisationOf('coordinator@ligo.demo');
    const res = await t.request(`/api/auth/sso/start?organisation=${trainingOrgId}`, {
      headers: fromNewAddress(),
    });
    await expectRefusal(res, { status: 404, code: 'sso.not_configured' });
  });
});

describe('the settings of the sign-in', () => {
  it('stores the client secret encrypted and never answers it', async () => {
    const [row] = await t.db
      .select()
      .from(organisationSignInTable)
      .where(eq(organisationSignInTable.organisationId, welfareOrgId));
    expect(row?.clientSecretEncrypted).toMatch(/^v1\./);
    expect(row?.clientSecretEncrypted).not.toContain(SECRET_A);
    const res = await t.request('/api/organisation/sign-in', { cookie: admin });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(JSON.stringify(body)).not.toContain(SECRET_A);
    expect(body).toMatchObject({
      configured: true,
      clientSecretSet: true,
      emailDomains: ['ocmw-gent.demo'],
      redirectUri,
      localPasswords: true,
    });
    const [audit] = await auditRows(t.db, { action: 'organisation.sign_in_configure' });
    expect(audit?.resource).toBe(`organisation:${welfareOrgId}`);
  });

  it('refuses a domain that already leads to another organisation', async () => {
    const res = await t.request('/api/organisation/sign-in', {
      method: 'PUT',
      cookie: admin,
      body: { issuerUrl: providerA.issuer, clientId: 'digipakket-ocmw', emailDomains: ['beego.demo'] },
    });
    await expectRefusal(res, { status: 409, code: 'sso.domain_taken' });
  });

  it('refuses an issuer over plain HTTP that is not on this machine', async () => {
    const res = await t.request('/api/organisation/sign-in', {
      method: 'PUT',
      cookie: admin,
      body: { issuerUrl: 'http://login.example.com', clientId: 'digipakket-ocmw' },
    });
    expect(res.status).toBe(400);
  });

  it('offers the provider of an address’s domain on the login page, and nothing for other domains', async () => {
    const discover = (email: string) =>
      t.request('/api/auth/sso/discover', { method: 'POST', body: { email } }).then((res) => res.json());
    expect(await discover('Wie.Dan.Ook@OCMW-Gent.demo')).toEqual({
      provider: {
        organisation: expect.any(String),
        startUrl: `/api/auth/sso/start?organisation=${welfareOrgId}`,
      },
      localPasswords: true,
    });
    expect(await discover('iemand@elders.example')).toEqual({ provider: null, localPasswords: true });
  });
});

describe('local passwords switched off', () => {
  it('refuses password login, password links, resets and the change of password of the organisation’s accounts', async () => {
    const { cookie: coordinator } = await t.login({ email: 'coordinator@beego.demo' });
    const invited = await t.request('/api/visits/students', {
      method: 'POST',
      cookie: coordinator,
      body: { email: 'student-sso@beego.demo', displayName: 'Student Sso' },
    });
    expect(invited.status).toBe(201);
    const token = new URL((await invited.json()).link.url).hash.slice(1);

    await configureHomeHelpSignIn({ localPasswords: false });

    const login = await t.request('/api/auth/login', {
      method: 'POST',
      body: { email: 'coordinator@beego.demo', password: t.config.demo.password },
      headers: fromNewAddress(),
    });
    await expectRefusal(login, { status: 403, code: 'auth.local_passwords_off' });

    const link = await t.request('/api/auth/links/check', {
      method: 'POST',
      body: { token },
      headers: fromNewAddress(),
    });
    await expectRefusal(link, { status: 403, code: 'auth.local_passwords_off' });

    const [coordinatorRow] = await t.db
      .select()
      .from(usersTable)
      .where(eq(usersTable.email, 'coordinator@beego.demo'));
    const reset = await t.request('/api/auth/password-reset', {
      method: 'POST',
      body: { email: 'coordinator@beego.demo' },
      headers: fromNewAddress(),
    });
    expect(reset.status).toBe(204);
    const links = await t.db
      .select()
      .from(signInLinksTable)
      .where(eq(signInLinksTable.userId, coordinatorRow!.id));
    expect(links).toEqual([]);

    const change = await t.request('/api/auth/password', {
      method: 'POST',
      cookie: coordinator,
      body: { currentPassword: t.config.demo.password, newPassword: 'een-heel-nieuw-wachtwoord' },
    });
    await expectRefusal(change, { status: 403, code: 'auth.local_passwords_off' });

    const discovered = await t
      .request('/api/auth/sso/discover', { method: 'POST', body: { email: 'coordinator@beego.demo' } })
      .then((res) => res.json());
    expect(discovered.localPasswords).toBe(false);

    const sso = await signInThrough({ organisationId: homeHelpOrgId, subject: 'b-coordinator' });
    expect(sso.location).toBe('/beego/');
  });
});

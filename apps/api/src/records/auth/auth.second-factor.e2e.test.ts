import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { appForFile } from '../../roof/testing/app-for-file';
import { clientAddresses } from '../../roof/testing/client-addresses';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { cookieFrom, type TestApp } from '../../roof/testing/test-app';
import { RECOVERY_CODE_COUNT, secondFactorPolicyOf } from './auth.second-factor.usecases';
import { LOGIN_THROTTLE } from './auth.throttle';

let t: TestApp;
appForFile(
  (app) => {
    t = app;
  },
  // With SECRETS_KEY, as production should run: authenticator-app secrets are stored encrypted.
  { env: { TRUST_PROXY: '1', SECRETS_KEY: 'a-key-kept-outside-the-database-2026' } },
);

const newAddress = clientAddresses('203.0.113').address;

/** Signs in with the password only: the cookie, and what the session still waits for. */
async function firstStep(email: string) {
  const res = await t.request('/api/auth/login', {
    method: 'POST',
    body: { email, password: t.config.demo.password },
    headers: { 'x-forwarded-for': newAddress() },
  });
  expect(res.status).toBe(200);
  const me = await res.json();
  return { cookie: cookieFrom(res), secondFactor: me.secondFactor as 'verify' | 'enrol' | null };
}

/** The code the user's app shows at the test clock's time, `steps` periods later. */
function codeOf(secret: string, steps = 0) {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: t.clock.now().getTime() + steps * 30_000,
  });
}

/** Sets up an authenticator app in `cookie`'s session: its secret and the recovery codes shown. */
async function enrolTotp(cookie: string) {
  const setup = await t.request('/api/auth/second-factor/totp/setup', { method: 'POST', cookie });
  expect(setup.status).toBe(200);
  const { secret, qrSvg } = await setup.json();
  expect(qrSvg).toContain('<svg');
  const confirmed = await t.request('/api/auth/second-factor/totp', {
    method: 'POST',
    cookie,
    body: { code: codeOf(secret) },
  });
  expect(confirmed.status).toBe(201);
  const body = await confirmed.json();
  return { secret, recoveryCodes: body.recoveryCodes as string[], response: confirmed, me: body.me };
}

function verifyWith(cookie: string, code: string, from = newAddress()) {
  return t.request('/api/auth/second-factor/verify/code', {
    method: 'POST',
    cookie,
    body: { code },
    headers: { 'x-forwarded-for': from },
  });
}

describe('an authenticator app as second factor', () => {
  it('asks a partner user who enrolled one for a code after the password, and each code works once', async () => {
    const { cookie, secondFactor } = await firstStep('student@beego.demo');
    expect(secondFactor).toBeNull();
    const { secret, recoveryCodes } = await enrolTotp(cookie);
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);

    t.clock.advance({ minutes: 1 });
    const pending = await firstStep('student@beego.demo');
    expect(pending.secondFactor).toBe('verify');
    const code = codeOf(secret);
    const verified = await verifyWith(pending.cookie, code);
    expect(verified.status).toBe(200);
    expect((await verified.json()).secondFactor).toBeNull();
    const full = cookieFrom(verified);
    expect(full).not.toBe(pending.cookie);
    expect((await t.request('/api/auth/sessions', { cookie: full })).status).toBe(200);
    // The waiting session gave way to the full one.
    expect((await t.request('/api/auth/me', { cookie: pending.cookie })).status).toBe(401);

    const again = await firstStep('student@beego.demo');
    const replay = await verifyWith(again.cookie, code);
    await expectRefusal(replay, { status: 400, code: 'auth.second_factor_invalid' });

    // The database holds the secret encrypted, not as the app was given it.
    const [stored] = await queryRows<{ secret: string }>({
      db: t.db,
      query: sql`SELECT t.secret FROM totp_factors t JOIN users u ON u.id = t.user_id WHERE u.email = 'student@beego.demo'`,
    });
    expect(stored?.secret).toMatch(/^v1\./);
    expect(stored?.secret).not.toContain(secret);
  });
});

describe('a session waiting for its second factor', () => {
  it('reaches only me, logout and the second-factor routes of its step, and expires after ten minutes', async () => {
    const { cookie } = await firstStep('coordinator@beego.demo');
    await enrolTotp(cookie);
    const pending = await firstStep('coordinator@beego.demo');
    expect(pending.secondFactor).toBe('verify');

    const me = await t.request('/api/auth/me', { cookie: pending.cookie });
    expect(me.status).toBe(200);
    expect((await me.json()).secondFactor).toBe('verify');
    for (const [path, method] of [
      ['/api/visits/students', 'GET'],
      ['/api/auth/sessions', 'GET'],
      ['/api/auth/second-factor/totp/setup', 'POST'],
      ['/api/auth/second-factor/passkeys/options', 'POST'],
      ['/api/auth/second-factor/recovery-codes', 'POST'],
    ] as const) {
      const res = await t.request(path, { method, cookie: pending.cookie });
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect((await res.json()).error.code).toBe('auth.second_factor_required');
    }
    expect((await t.request('/api/auth/second-factor', { cookie: pending.cookie })).status).toBe(200);

    t.clock.advance({ minutes: 11 });
    expect((await t.request('/api/auth/me', { cookie: pending.cookie })).status).toBe(401);
  });
});

describe('recovery codes', () => {
  it('let a user in once each, instead of the app', async () => {
    const email = 'lesgever@ligo.demo';
    const { cookie } = await firstStep(email);
    const { recoveryCodes } = await enrolTotp(cookie);
    const [first] = recoveryCodes;

    const pending = await firstStep(email);
    const used = await verifyWith(pending.cookie, first!.toUpperCase());
    expect(used.status).toBe(200);

    const later = await firstStep(email);
    const reused = await verifyWith(later.cookie, first!);
    expect(reused.status).toBe(400);
    const own = await t.request('/api/auth/second-factor', { cookie: cookieFrom(used) });
    expect((await own.json()).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1);
  });
});

describe('the tenant setting that requires a second factor of the welfare roles', () => {
  it('is off by default outside production and on by default in production', async () => {
    const tenantId = (
      await (await t.request('/api/auth/me', await t.login({ email: 'admin@ocmw-gent.demo' }))).json()
    ).tenants[0].id as string;
    const inTest = await secondFactorPolicyOf({ db: t.db, config: t.config, tenantId });
    const inProduction = await secondFactorPolicyOf({
      db: t.db,
      config: { ...t.config, env: 'production' },
      tenantId,
    });
    expect({ inTest: inTest.required, inProduction: inProduction.required }).toEqual({
      inTest: false,
      inProduction: true,
    });
  });

  it('makes a social worker without a factor enrol one at sign-in before anything else opens', async () => {
    const admin = await t.login({ email: 'admin@ocmw-gent.demo' });
    const set = await t.request('/api/auth/second-factor/policy', {
      method: 'PUT',
      cookie: admin.cookie,
      body: { required: true },
    });
    expect(set.status).toBe(200);
    expect((await set.json()).required).toBe(true);

    const pending = await firstStep('projectleider@ocmw-gent.demo');
    expect(pending.secondFactor).toBe('enrol');
    const clients = await t.request('/api/clients', { cookie: pending.cookie });
    expect(clients.status).toBe(403);
    expect(
      (
        await t.request('/api/auth/second-factor/verify/code', {
          method: 'POST',
          cookie: pending.cookie,
          body: { code: '123456' },
        })
      ).status,
    ).toBe(403);

    const { recoveryCodes, response, me } = await enrolTotp(pending.cookie);
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(me.secondFactor).toBeNull();
    const full = cookieFrom(response);
    expect((await t.request('/api/clients', { cookie: full })).status).toBe(200);

    // The only factor of someone who must have one stays.
    const remove = await t.request('/api/auth/second-factor/totp', { method: 'DELETE', cookie: full });
    await expectRefusal(remove, { status: 409, code: 'auth.second_factor_last' });

    // A partner's roles are never obliged.
    expect((await firstStep('coordinator@ligo.demo')).secondFactor).toBeNull();

    const off = await t.request('/api/auth/second-factor/policy', {
      method: 'PUT',
      cookie: admin.cookie,
      body: { required: false },
    });
    expect((await off.json()).required).toBe(false);
  });
});

describe('an admin resetting a user’s factors', () => {
  it('removes them, ends that user’s sessions and is audited; a coordinator cannot reach welfare staff', async () => {
    const email = 'sociaal@ocmw-gent.demo';
    const { cookie } = await firstStep(email);
    const pendingOrFull = cookie;
    // Enrols (the tenant may require it by now), then signs in fully with a code.
    const { secret } = await enrolTotp(pendingOrFull);
    const pending = await firstStep(email);
    t.clock.advance({ minutes: 1 });
    const full = cookieFrom(await verifyWith(pending.cookie, codeOf(secret)));
    const me = await (await t.request('/api/auth/me', { cookie: full })).json();

    const coordinator = await t.login({ email: 'coordinator@ligo.demo' });
    const foreign = await t.request(`/api/users/${me.user.id}/second-factor/reset`, {
      method: 'POST',
      cookie: coordinator.cookie,
    });
    expect(foreign.status).toBe(404);

    const admin = await t.login({ email: 'admin@ocmw-gent.demo' });
    const reset = await t.request(`/api/users/${me.user.id}/second-factor/reset`, {
      method: 'POST',
      cookie: admin.cookie,
    });
    expect(reset.status).toBe(204);
    expect((await t.request('/api/auth/me', { cookie: full })).status).toBe(401);
    const own = await t.request('/api/auth/second-factor', { cookie: (await firstStep(email)).cookie });
    expect((await own.json()).totp).toBe(false);

    const audited = await queryRows<{ actor_user_id: string }>({
      db: t.db,
      query: sql`SELECT actor_user_id FROM audit_log WHERE action = 'auth.second_factor_reset' AND resource = ${`user:${me.user.id}`}`,
    });
    expect(audited).toHaveLength(1);
  });
});

describe('second-factor throttling', () => {
  it('makes wrong codes of one account wait like failed logins, from any address', async () => {
    // Past the throttle's memory of the earlier tests' mistakes.
    t.clock.advance({ minutes: 25 * 60 });
    const email = 'student@beego.demo';
    const pending = await firstStep(email);
    expect(pending.secondFactor).toBe('verify');
    for (let i = 0; i < LOGIN_THROTTLE.account.freeFailures; i += 1)
      expect((await verifyWith(pending.cookie, `00000${i}`)).status).toBe(400);
    const limited = await verifyWith(pending.cookie, '000009');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

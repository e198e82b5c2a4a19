import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForFile } from '../../roof/testing/app-for-file';
import { clientAddresses } from '../../roof/testing/client-addresses';
import { expectRefusal, expectSameRefusal } from '../../roof/testing/expect-refusal';
import { cookieFrom, type TestApp } from '../../roof/testing/test-app';
import { sessionsTable } from './auth.tables';

let t: TestApp;
appForFile(
  (app) => {
    t = app;
  },
  { env: { TRUST_PROXY: 'true' } },
);

// Each test uses its own address, so the per-address limit of one test does not leak into another.
const fromNewAddress = clientAddresses('192.0.2').header;

async function loginRequest(
  body: Record<string, unknown>,
  headers: Record<string, string> = fromNewAddress(),
) {
  return t.request('/api/auth/login', { method: 'POST', body, headers });
}

/** Signs in with the demo password of `email`, through `portal` when one is given. */
function demoLogin(email: string, portal?: string) {
  return loginRequest({ email, password: t.config.demo.password, ...(portal ? { portal } : {}) });
}

/**
 * What `/api/auth/me` answers the session `cookie` with, `minutesLater` on the clock: 200 while the
 * session lasts, 401 once it has ended.
 */
async function meStatus(cookie: string, minutesLater = 0) {
  t.clock.advance({ minutes: minutesLater });
  return (await t.request('/api/auth/me', { cookie })).status;
}

describe('login', () => {
  it('logs in, returns Me and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await demoLogin('sociaal@ocmw-gent.demo');
    expect(res.status).toBe(200);
    const me = await res.json();
    expect(me).toMatchObject({
      user: {
        email: 'sociaal@ocmw-gent.demo',
        role: 'social_worker',
        displayName: 'Sara Vermeulen',
        locale: 'nl',
      },
      organisation: { name: 'OCMW Gent', kind: 'welfare' },
      tenants: [{ name: 'OCMW Gent (demo)' }],
      portal: 'ocmw',
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^dp_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
  });

  it('stores only a hash of the session token', async () => {
    const res = await demoLogin('admin@ocmw-gent.demo');
    const token = cookieFrom(res).split('=')[1]!;
    const rows = await t.db.select({ tokenHash: sessionsTable.tokenHash }).from(sessionsTable);
    expect(rows.some((row) => row.tokenHash === token)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });

  it('accepts the e-mail address in any case and with spaces around it', async () => {
    const res = await demoLogin('  Sociaal@OCMW-Gent.demo ');
    expect(res.status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail address identically', async () => {
    const wrong = await loginRequest({ email: 'sociaal@ocmw-gent.demo', password: 'not-the-password' });
    const unknown = await loginRequest({ email: 'nobody@ocmw-gent.demo', password: 'not-the-password' });
    await expectSameRefusal([wrong, unknown], { status: 401, code: 'auth.invalid_credentials' });
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('sends a partner to its own portal without opening a session', async () => {
    const res = await demoLogin('student@beego.demo', 'ocmw');
    const error = await expectRefusal(res, { status: 403, code: 'auth.wrong_portal' });
    expect(error.details).toEqual({ portal: 'beego' });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('lets a user in through their own portal', async () => {
    const res = await demoLogin('lesgever@ligo.demo', 'ligo');
    expect(res.status).toBe(200);
    expect((await res.json()).portal).toBe('ligo');
  });

  it('validates the body field by field', async () => {
    const res = await loginRequest({ email: 'a@b.c', password: '', portal: 'elsewhere', role: 'admin' });
    const error = await expectRefusal(res, { status: 400, code: 'validation.failed' });
    const paths = error.details.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(expect.arrayContaining(['password', 'portal', 'role']));
  });

  it('refuses a disabled account with the same 401 and ends its sessions', async () => {
    const { cookie } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    const { disableUser } = await import('../../tracks/accounts/accounts.usecases');
    await disableUser({ db: t.db, clock: t.clock, email: 'projectleider@ocmw-gent.demo' });

    const me = await t.request('/api/auth/me', { cookie });
    expect(me.status).toBe(401);
    const res = await demoLogin('projectleider@ocmw-gent.demo');
    await expectRefusal(res, { status: 401, code: 'auth.invalid_credentials' });
  });
});

describe('me and logout', () => {
  it('answers 401 auth.unauthenticated without a session', async () => {
    const res = await t.request('/api/auth/me');
    await expectRefusal(res, { status: 401, code: 'auth.unauthenticated' });
  });

  it('returns the partner tenants for a partner user', async () => {
    const { cookie } = await t.login({ email: 'coordinator@beego.demo' });
    const res = await t.request('/api/auth/me', { cookie });
    expect(res.status).toBe(200);
    const me = await res.json();
    expect(me.organisation).toMatchObject({ name: 'Beego', kind: 'home_help' });
    expect(me.tenants).toEqual([{ id: expect.stringMatching(/^ten_/), name: 'OCMW Gent (demo)' }]);
    expect(me.portal).toBe('beego');
  });

  it('logs out: the session row is deleted and the cookie cleared', async () => {
    const { cookie } = await t.login({ email: 'student@beego.demo' });
    const before = await t.db.select().from(sessionsTable);
    const res = await t.request('/api/auth/logout', { method: 'POST', cookie });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/dp_session=;.*Max-Age=0/);
    const after = await t.db.select().from(sessionsTable);
    expect(after.length).toBe(before.length - 1);
    expect(await meStatus(cookie)).toBe(401);
  });

  it('ends a session after the idle timeout and keeps an active one alive', async () => {
    const { cookie } = await t.login({ email: 'lesgever@ligo.demo' });
    expect(await meStatus(cookie, 50)).toBe(200);
    expect(await meStatus(cookie, 50)).toBe(200);
    expect(await meStatus(cookie, 61)).toBe(401);
  });

  it('ends a session after the absolute timeout even when it is used', async () => {
    const { cookie } = await t.login({ email: 'coordinator@beego.demo' });
    for (let hour = 0; hour < 11; hour += 1) {
      expect(await meStatus(cookie, 59)).toBe(200);
    }
    expect(await meStatus(cookie, 60)).toBe(401);
  });

  it('writes last_seen at most once a minute', async () => {
    const { cookie } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    const token = cookie.split('=')[1]!;
    const { hashSessionToken } = await import('./auth.tokens');
    const read = async () =>
      (
        await t.db
          .select({ lastSeenAt: sessionsTable.lastSeenAt })
          .from(sessionsTable)
          .where(eq(sessionsTable.tokenHash, hashSessionToken({ token })))
      )[0]!.lastSeenAt.getTime();
    const first = await read();
    t.clock.advance({ minutes: 0.5 });
    await t.request('/api/auth/me', { cookie });
    expect(await read()).toBe(first);
    t.clock.advance({ minutes: 1 });
    await t.request('/api/auth/me', { cookie });
    expect(await read()).toBeGreaterThan(first);
  });
});

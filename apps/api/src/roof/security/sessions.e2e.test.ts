import { describe, expect, it } from 'vitest';
import { createUser, disableUser } from '../../tracks/accounts/accounts.usecases';
import { appWithPortalsForFile } from '../testing/app-for-file';
import { clientAddresses } from '../testing/client-addresses';
import { cookieFrom, createTestApp, type TestApp } from '../testing/test-app';
import { demoEmail, fillPath, readOperations } from './security.fixtures';

const NATIONAL_NUMBER = '85.07.30-033.28';
const logLines: string[] = [];
let t: TestApp;

appWithPortalsForFile(
  Object.fromEntries(
    ['ocmw-portal', 'beego-portal', 'ligo-portal'].map((folder) => [
      `${folder}/dist/index.html`,
      '<!doctype html><title>Portal</title>',
    ]),
  ),
  (app) => {
    t = app;
  },
  { env: { TRUST_PROXY: 'true' }, logLines },
);

const newAddress = clientAddresses('203.0.113').header;

async function login({
  email,
  password = t.config.demo.password,
  cookie,
  headers = newAddress(),
}: {
  email: string;
  password?: string;
  cookie?: string;
  headers?: Record<string, string>;
}) {
  return t.request('/api/auth/login', { method: 'POST', body: { email, password }, cookie, headers });
}

const me = (cookie: string) => t.request('/api/auth/me', { cookie });

describe('sessions', () => {
  it('issues a new token at every login and never adopts a token the browser already had', async () => {
    const first = cookieFrom(await login({ email: demoEmail('welfare:project_lead') }));
    const second = cookieFrom(await login({ email: demoEmail('welfare:project_lead'), cookie: first }));
    expect(second).toMatch(/^dp_session=[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    const planted = 'dp_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const third = cookieFrom(await login({ email: demoEmail('welfare:project_lead'), cookie: planted }));
    expect(third).not.toBe(planted);
    expect((await me(planted)).status).toBe(401);
  });

  it('ends the session on the server at logout, so a copied cookie stops working', async () => {
    const cookie = cookieFrom(await login({ email: demoEmail('home_help:student') }));
    expect((await me(cookie)).status).toBe(200);
    expect((await t.request('/api/auth/logout', { method: 'POST', cookie })).status).toBe(204);
    expect((await me(cookie)).status).toBe(401);
  });

  it('ends every session of a user who is disabled', async () => {
    await createUser({
      db: t.db,
      email: 'weg@ocmw-gent.demo',
      organisationRef: 'OCMW Gent',
      role: 'social_worker',
      displayName: 'Weg',
      password: 'weg-password-123',
      passwordChangeRequired: false,
    });
    const one = cookieFrom(await login({ email: 'weg@ocmw-gent.demo', password: 'weg-password-123' }));
    const two = cookieFrom(await login({ email: 'weg@ocmw-gent.demo', password: 'weg-password-123' }));
    await disableUser({ db: t.db, clock: t.clock, email: 'weg@ocmw-gent.demo' });
    expect((await me(one)).status).toBe(401);
    expect((await me(two)).status).toBe(401);
  });

  it('ends a session after the idle timeout and after the absolute timeout, however active', async () => {
    const idle = cookieFrom(await login({ email: demoEmail('training:teacher') }));
    t.clock.advance({ minutes: t.config.sessions.idleMinutes - 1 });
    expect((await me(idle)).status).toBe(200);
    t.clock.advance({ minutes: t.config.sessions.idleMinutes + 1 });
    expect((await me(idle)).status).toBe(401);

    const busy = cookieFrom(await login({ email: demoEmail('training:teacher') }));
    const steps = Math.ceil((t.config.sessions.absoluteHours * 60) / 30);
    let lastOk = 0;
    for (let step = 1; step <= steps + 1; step += 1) {
      t.clock.advance({ minutes: 30 });
      if ((await me(busy)).status === 200) lastOk = step;
    }
    expect(lastOk * 30).toBeLessThan(t.config.sessions.absoluteHours * 60);
    expect((await me(busy)).status).toBe(401);
  });
});

describe('login', () => {
  it('answers an unknown account, a wrong password and a disabled account byte for byte alike', async () => {
    const answers = [];
    for (const email of ['niemand@ocmw-gent.demo', demoEmail('welfare:admin'), 'weg@ocmw-gent.demo']) {
      const res = await login({ email, password: 'not-the-password' });
      const text = (await res.text()).replace(/"requestId":"[^"]+"/, '');
      answers.push({ status: res.status, text, cookie: res.headers.get('set-cookie') });
    }
    expect(answers[0]).toMatchObject({ status: 401, cookie: null });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('slows down an account after five failures, even from many addresses, with 429 and Retry-After', async () => {
    const email = demoEmail('home_help:coordinator');
    for (let i = 0; i < 5; i += 1)
      expect((await login({ email, password: 'wrong-password' })).status).toBe(401);
    const res = await login({ email });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await res.json()).error.code).toBe('auth.rate_limited');
  });

  it('slows down an address after 30 failures, whatever the account, with 429', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.250' };
    for (let i = 0; i < 30; i += 1) {
      expect(
        (await login({ email: `guess${i}@ocmw-gent.demo`, password: 'wrong-password', headers })).status,
      ).toBe(401);
    }
    const res = await login({ email: demoEmail('training:coordinator'), headers });
    expect(res.status).toBe(429);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, without Secure outside production', async () => {
    const header = (await login({ email: demoEmail('welfare:social_worker') })).headers.get('set-cookie')!;
    expect(header).toMatch(/^dp_session=/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Path=\//);
    expect(header).not.toMatch(/Domain=/i);
  });

  it('adds Secure and the __Host- prefix in production', async () => {
    const production = await createTestApp({
      env: { NODE_ENV: 'production', PUBLIC_URL: 'https://digipakket.example' },
    });
    try {
      const res = await production.request('/api/auth/login', {
        method: 'POST',
        body: { email: demoEmail('welfare:social_worker'), password: production.config.demo.password },
      });
      const header = res.headers.get('set-cookie')!;
      expect(header).toMatch(/^__Host-dp_session=/);
      expect(header).toMatch(/Secure/);
      expect(header).toMatch(/HttpOnly/);
      expect(header).toMatch(/SameSite=Lax/);
      expect(header).toMatch(/Path=\//);
      expect(header).not.toMatch(/Domain=/i);
      const cookie = cookieFrom(res);
      expect((await production.request('/api/auth/me', { cookie })).status).toBe(200);
      expect(
        (
          await production.request('/api/auth/me', {
            cookie: cookie.replace('__Host-dp_session', 'dp_session'),
          })
        ).status,
      ).toBe(401);
    } finally {
      await production.close();
    }
  });
});

describe('cross-site requests', () => {
  it('refuses every state-changing route with 403 auth.bad_origin when the Origin is foreign', async () => {
    const { operations } = await readOperations({ t });
    const cookie = cookieFrom(await login({ email: demoEmail('welfare:project_lead') }));
    const changing = operations.filter((operation) => operation.method !== 'GET');
    expect(changing.length).toBeGreaterThan(2);
    const wrong: string[] = [];
    for (const operation of changing) {
      for (const origin of ['https://evil.example', 'null', `${t.config.server.publicUrl}.evil.example`]) {
        const res = await t.request(fillPath({ path: operation.path }), {
          method: operation.method,
          cookie,
          body: operation.hasJsonBody ? {} : undefined,
          headers: { origin },
        });
        const text = await res.text();
        if (res.status !== 403 || !text.includes('"auth.bad_origin"'))
          wrong.push(`${operation.method} ${operation.path} from ${origin} -> ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect((await me(cookie)).status).toBe(200);
  });
});

describe('headers', () => {
  it('sends no-store and the security headers on every API answer, errors included', async () => {
    const { operations } = await readOperations({ t });
    const cookie = cookieFrom(await login({ email: demoEmail('welfare:social_worker') }));
    const wrong: string[] = [];
    const paths = [
      ...operations.map((operation) => ({
        method: operation.method,
        path: fillPath({ path: operation.path }),
      })),
      { method: 'GET', path: '/api/nothing-here' },
      { method: 'GET', path: '/api/health' },
    ];
    for (const { method, path } of paths) {
      for (const withCookie of [cookie, undefined]) {
        const res = await t.request(path, {
          method,
          cookie: withCookie,
          body: method === 'GET' ? undefined : {},
        });
        if (res.headers.get('cache-control') !== 'no-store') wrong.push(`${method} ${path}: cache-control`);
        if (res.headers.get('x-content-type-options') !== 'nosniff') wrong.push(`${method} ${path}: nosniff`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("serves each portal's HTML with a CSP that forbids framing, a foreign <base> and form posts elsewhere, nosniff and no referrer", async () => {
    for (const portal of ['ocmw', 'beego', 'ligo']) {
      const res = await t.request(`/${portal}/`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).toMatch(/base-uri 'none'/);
      expect(csp).toMatch(/form-action 'self'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('logs', () => {
  it('never hold a password, a session token, a cookie or a national number', async () => {
    logLines.length = 0;
    const password = t.config.demo.password;
    const ok = await login({ email: demoEmail('welfare:social_worker') });
    const cookie = cookieFrom(ok);
    const token = cookie.split('=')[1]!;
    await login({ email: demoEmail('welfare:admin'), password: 'Geheim-wachtwoord-42' });
    const created = await t.request('/api/clients', {
      method: 'POST',
      cookie,
      body: {
        fileNumber: 'LOG-0001',
        firstName: 'Logboek',
        lastName: 'Proef',
        preferredLanguage: 'nl',
        nationalNumber: NATIONAL_NUMBER,
      },
    });
    expect(created.status).toBe(201);
    await t.request('/api/clients', {
      method: 'POST',
      cookie,
      body: { fileNumber: 'LOG-0002', nationalNumber: '85073003399', password: 'Geheim-wachtwoord-42' },
    });
    await t.request(`/api/clients?q=${encodeURIComponent(NATIONAL_NUMBER)}`, { cookie });
    await t.request('/api/clients/%00', { cookie });
    await t.request('/api/auth/me', { cookie: `dp_session=${token.slice(0, 42)}x` });

    const output = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(5);
    for (const secret of [
      password,
      'Geheim-wachtwoord-42',
      token,
      token.slice(0, 42),
      '85073003328',
      NATIONAL_NUMBER,
      '85073003399',
    ]) {
      expect(output).not.toContain(secret);
    }
    expect(output).not.toMatch(/dp_session=/);
  });
});

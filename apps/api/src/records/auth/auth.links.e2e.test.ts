import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { auditRows } from '../../roof/testing/audit-rows';
import { clientAddresses } from '../../roof/testing/client-addresses';
import { CHOSEN_PASSWORD, tokenOfLink } from '../../roof/testing/first-login';
import { startTestSmtpServer } from '../../roof/testing/messaging-fakes';
import { cookieFrom, createTestApp, type TestApp } from '../../roof/testing/test-app';
import { usersTable } from '../users/users.tables';
import { signInLinksTable } from './auth.tables';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let coordinator: string;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({
    env: { TRUST_PROXY: 'true', SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port) },
  });
  ({ cookie: coordinator } = await t.login({ email: 'coordinator@beego.demo' }));
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

// Each test uses its own address, so the per-address limit of one test does not leak into another.
const fromNewAddress = clientAddresses('203.0.113').header;

async function errorCode(res: Response): Promise<[number, string | undefined]> {
  return [res.status, ((await res.json()) as { error?: { code?: string } }).error?.code];
}

async function inviteStudent(email: string): Promise<{ id: string; url: string }> {
  const res = await t.request('/api/visits/students', {
    method: 'POST',
    cookie: coordinator,
    body: { email, displayName: 'Nieuwe Student' },
  });
  expect(res.status).toBe(201);
  const { student, link } = await res.json();
  return { id: student.id, url: link.url };
}

function useLink(url: string, newPassword = CHOSEN_PASSWORD) {
  return t.request('/api/auth/links/use', {
    method: 'POST',
    body: { token: tokenOfLink({ url }), newPassword },
    headers: fromNewAddress(),
  });
}

function checkLink(url: string) {
  return t.request('/api/auth/links/check', {
    method: 'POST',
    body: { token: tokenOfLink({ url }) },
    headers: fromNewAddress(),
  });
}

function login(email: string, password: string) {
  return t.request('/api/auth/login', {
    method: 'POST',
    body: { email, password },
    headers: fromNewAddress(),
  });
}

async function waitForMailTo(email: string) {
  for (let i = 0; i < 100; i += 1) {
    const mail = smtp.received.find((received) => received.to.includes(email));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No mail reached ${email}`);
}

describe('invitation links', () => {
  it('lets the invited student choose a password once, then sign in; the link used twice is refused', async () => {
    const email = 'link.eenmaal@beego.demo';
    const { url } = await inviteStudent(email);
    expect(await errorCode(await login(email, CHOSEN_PASSWORD))).toEqual([401, 'auth.invalid_credentials']);

    const info = await checkLink(url);
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ purpose: 'invitation', email, portal: 'beego' });

    const used = await useLink(url);
    expect(used.status).toBe(200);
    expect(await used.json()).toEqual({ email, portal: 'beego' });
    const signedIn = await login(email, CHOSEN_PASSWORD);
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).passwordChangeRequired).toBe(false);

    expect(await errorCode(await useLink(url, 'Een ander lang wachtwoord 7'))).toEqual([
      410,
      'auth.link_used',
    ]);
    expect(await errorCode(await checkLink(url))).toEqual([410, 'auth.link_used']);
    expect((await login(email, CHOSEN_PASSWORD)).status).toBe(200);

    const [user] = await t.db.select().from(usersTable).where(eq(usersTable.email, email));
    const audit = await auditRows(t.db, { resource: `user:${user!.id}` });
    expect(audit.map((row) => row.action).sort()).toEqual(
      expect.arrayContaining(['auth.invitation_accept', 'user.invite']),
    );
    const [stored] = await t.db.select().from(signInLinksTable).where(eq(signInLinksTable.userId, user!.id));
    expect(stored!.tokenHash).not.toContain(tokenOfLink({ url }));
    expect(JSON.stringify(audit)).not.toContain(tokenOfLink({ url }));
  });

  it('refuses an expired link and an unknown one, each with its own code', async () => {
    const { url } = await inviteStudent('link.verlopen@beego.demo');
    t.clock.advance({ days: 7, minutes: 1 });
    try {
      expect(await errorCode(await checkLink(url))).toEqual([410, 'auth.link_expired']);
      expect(await errorCode(await useLink(url))).toEqual([410, 'auth.link_expired']);
    } finally {
      t.clock.set(new Date(t.clock.now().getTime() - (7 * 24 * 60 + 1) * 60_000));
    }
    const unknown = `${url.split('#')[0]}#${'A'.repeat(43)}`;
    expect(await errorCode(await checkLink(unknown))).toEqual([404, 'auth.link_unknown']);
    expect(await errorCode(await useLink(unknown))).toEqual([404, 'auth.link_unknown']);
  });

  it('invalidates the earlier link when the coordinator issues a new one, and refuses links of a deactivated student', async () => {
    ({ cookie: coordinator } = await t.login({ email: 'coordinator@beego.demo' }));
    const { id, url: first } = await inviteStudent('link.opnieuw@beego.demo');
    const again = await t.request(`/api/visits/students/${id}/link`, { method: 'POST', cookie: coordinator });
    expect(again.status).toBe(201);
    const { url: second } = await again.json();
    expect(second).not.toBe(first);
    expect(await errorCode(await useLink(first))).toEqual([404, 'auth.link_unknown']);

    const off = await t.request(`/api/visits/students/${id}/deactivate`, {
      method: 'POST',
      cookie: coordinator,
    });
    expect(off.status).toBe(204);
    expect(await errorCode(await useLink(second))).toEqual([404, 'auth.link_unknown']);
    const denied = await t.request(`/api/visits/students/${id}/link`, {
      method: 'POST',
      cookie: coordinator,
    });
    expect(await errorCode(denied)).toEqual([404, 'student.not_found']);
  });

  it('refuses a common password or the own address through the link, and the link still works after', async () => {
    const email = 'link.zwak@beego.demo';
    const { url } = await inviteStudent(email);
    expect(await errorCode(await useLink(url, 'password1234'))).toEqual([400, 'auth.password_too_common']);
    expect(await errorCode(await useLink(url, email))).toEqual([400, 'auth.password_too_common']);
    expect(await errorCode(await useLink(url, 'kort'))).toEqual([400, 'validation.failed']);
    expect((await useLink(url)).status).toBe(200);
  });

  it('slows down guessing links from one address like failed logins', async () => {
    const headers = fromNewAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8 && !statuses.includes(429); attempt += 1) {
      const res = await t.request('/api/auth/links/check', {
        method: 'POST',
        body: { token: `geraden-${attempt}-${'x'.repeat(30)}` },
        headers,
      });
      statuses.push(res.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([404]));
  });
});

describe('forgotten password', () => {
  it('answers the same for an unknown address and sends nothing', async () => {
    const before = smtp.received.length;
    const unknown = await t.request('/api/auth/password-reset', {
      method: 'POST',
      body: { email: 'niemand@nergens.test' },
      headers: fromNewAddress(),
    });
    const known = await t.request('/api/auth/password-reset', {
      method: 'POST',
      body: { email: 'lesgever@ligo.demo' },
      headers: fromNewAddress(),
    });
    expect([unknown.status, await unknown.text()]).toEqual([known.status, await known.text()]);
    expect(unknown.status).toBe(204);
    await waitForMailTo('lesgever@ligo.demo');
    expect(smtp.received.slice(before).flatMap((mail) => mail.to)).toEqual(['lesgever@ligo.demo']);
  });

  it('e-mails a link that sets a new password once and ends every other session of the user', async () => {
    const email = 'coordinator@ligo.demo';
    const { cookie: open } = await t.login({ email });
    const res = await t.request('/api/auth/password-reset', {
      method: 'POST',
      body: { email: email.toUpperCase() },
      headers: fromNewAddress(),
    });
    expect(res.status).toBe(204);
    const mail = await waitForMailTo(email);
    const url = /https?:\/\/\S+\/ligo\/link#[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(url).toBeDefined();
    expect((await checkLink(url!)).status).toBe(200);
    expect((await useLink(url!, 'Een nieuw wachtwoord voor Ligo')).status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie: open })).status).toBe(401);
    expect((await login(email, 'Een nieuw wachtwoord voor Ligo')).status).toBe(200);
    expect(await errorCode(await useLink(url!, 'Nog een ander wachtwoord 9'))).toEqual([
      410,
      'auth.link_used',
    ]);
    const audit = await t.db
      .select({ action: auditLogTable.action })
      .from(auditLogTable)
      .where(and(eq(auditLogTable.action, 'auth.password_reset'), eq(auditLogTable.outcome, 'success')));
    expect(audit.length).toBeGreaterThan(0);
  });

  it('lets a reset link work for 30 minutes only', async () => {
    const email = 'student@beego.demo';
    await t.request('/api/auth/password-reset', {
      method: 'POST',
      body: { email },
      headers: fromNewAddress(),
    });
    const url = /https?:\/\/\S+\/beego\/link#[A-Za-z0-9_-]+/.exec((await waitForMailTo(email)).text)![0];
    t.clock.advance({ minutes: 31 });
    try {
      expect(await errorCode(await useLink(url))).toEqual([410, 'auth.link_expired']);
    } finally {
      t.clock.set(new Date(t.clock.now().getTime() - 31 * 60_000));
    }
  });

  it('slows down reset requests for one address like failed logins', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8 && !statuses.includes(429); attempt += 1) {
      const res = await t.request('/api/auth/password-reset', {
        method: 'POST',
        body: { email: 'herhaald@nergens.test' },
        headers: fromNewAddress(),
      });
      statuses.push(res.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([204]));
  });
});

describe('own sessions', () => {
  it('lists the user’s sessions with this one marked, and ends one, the others, but never someone else’s', async () => {
    const email = 'sociaal@ocmw-gent.demo';
    const signIn = () =>
      t.request('/api/auth/login', {
        method: 'POST',
        body: { email, password: t.config.demo.password },
        headers: { ...fromNewAddress(), 'user-agent': 'Testbrowser/1.0' },
      });
    const here = cookieFrom(await signIn());
    const phone = cookieFrom(await signIn());
    const tablet = cookieFrom(await signIn());

    const list = await (await t.request('/api/auth/sessions', { cookie: here })).json();
    expect(list.items.length).toBeGreaterThanOrEqual(3);
    expect(list.items.filter((item: { current: boolean }) => item.current)).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ userAgent: 'Testbrowser/1.0' });

    const { cookie: otherUser } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    const mine = (await (await t.request('/api/auth/sessions', { cookie: otherUser })).json()).items[0].id;
    expect(
      await errorCode(await t.request(`/api/auth/sessions/${mine}`, { method: 'DELETE', cookie: here })),
    ).toEqual([404, 'auth.session_not_found']);
    expect((await t.request('/api/auth/me', { cookie: otherUser })).status).toBe(200);

    const phoneId = (await (await t.request('/api/auth/sessions', { cookie: phone })).json()).items.find(
      (item: { current: boolean }) => item.current,
    ).id;
    expect(
      (await t.request(`/api/auth/sessions/${phoneId}`, { method: 'DELETE', cookie: here })).status,
    ).toBe(204);
    expect((await t.request('/api/auth/me', { cookie: phone })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: tablet })).status).toBe(200);

    const ended = await t.request('/api/auth/sessions/end-others', { method: 'POST', cookie: here });
    expect(ended.status).toBe(200);
    expect((await ended.json()).ended).toBeGreaterThanOrEqual(1);
    expect((await t.request('/api/auth/me', { cookie: tablet })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: here })).status).toBe(200);
    const audit = await t.db
      .select({ action: auditLogTable.action })
      .from(auditLogTable)
      .where(eq(auditLogTable.resource, `session:${phoneId}`));
    expect(audit).toEqual([{ action: 'auth.session_end' }]);
  });
});

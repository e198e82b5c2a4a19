import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { clientAddresses } from '../../roof/testing/client-addresses';
import { CHOSEN_PASSWORD, tokenOfLink } from '../../roof/testing/first-login';
import { cookieFrom, type TestApp } from '../../roof/testing/test-app';
import { createUser } from '../../tracks/accounts/accounts.usecases';
import { usersTable } from '../users/users.tables';
import { sessionsTable } from './auth.tables';

let t: TestApp;
let ligoCoordinator: string;
let admin: string;

signedInAppForFile(
  { ligoCoordinator: 'coordinator@ligo.demo', admin: 'admin@ocmw-gent.demo' },
  (started) => {
    ({ t, ligoCoordinator, admin } = started);
  },
  { env: { TRUST_PROXY: 'true' } },
);

// Each test uses its own address, so the per-address limit of one test does not leak into another.
const fromNewAddress = clientAddresses('198.51.100').header;

async function loginAs({ email, password }: { email: string; password: string }) {
  return t.request('/api/auth/login', {
    method: 'POST',
    body: { email, password },
    headers: fromNewAddress(),
  });
}

function changePassword({
  cookie,
  currentPassword,
  newPassword,
  headers = {},
}: {
  cookie: string;
  currentPassword: string;
  newPassword: string;
  headers?: Record<string, string>;
}) {
  return t.request('/api/auth/password', {
    method: 'POST',
    cookie,
    body: { currentPassword, newPassword },
    headers,
  });
}

/** A student account made by an operator with a password they chose: the student must replace it. */
async function operatorMadeStudent(email: string): Promise<string> {
  const [beego] = await t.db
    .select({ organisationId: usersTable.organisationId })
    .from(usersTable)
    .where(eq(usersTable.email, 'coordinator@beego.demo'));
  const password = `operator-${email.split('@')[0]}`;
  await createUser({
    db: t.db,
    email,
    organisationRef: beego!.organisationId,
    role: 'student',
    displayName: 'Nieuwe Student',
    password,
    passwordChangeRequired: true,
  });
  return password;
}

async function errorCode(res: Response): Promise<[number, string | undefined]> {
  return [res.status, ((await res.json()) as { error?: { code?: string } }).error?.code];
}

describe('a password someone else chose', () => {
  it('lets a student whose password an operator chose in only to choose a new one, which ends the shown one and every other session', async () => {
    const email = 'eerste.login@beego.demo';
    const shown = await operatorMadeStudent(email);

    const first = await loginAs({ email, password: shown });
    expect(first.status).toBe(200);
    expect((await first.json()).passwordChangeRequired).toBe(true);
    const cookie = cookieFrom(first);
    const other = cookieFrom(await loginAs({ email, password: shown }));

    expect(await errorCode(await t.request('/api/visits/mine', { cookie }))).toEqual([
      403,
      'auth.password_change_required',
    ]);
    const me = await t.request('/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect((await me.json()).passwordChangeRequired).toBe(true);

    const changed = await changePassword({
      cookie,
      currentPassword: shown,
      newPassword: 'Mijn eigen fiets is blauw',
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()).passwordChangeRequired).toBe(false);
    const renewed = cookieFrom(changed);
    expect(renewed).not.toBe(cookie);

    expect((await t.request('/api/visits/mine', { cookie: renewed })).status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: other })).status).toBe(401);
    expect(await errorCode(await loginAs({ email, password: shown }))).toEqual([
      401,
      'auth.invalid_credentials',
    ]);
    const again = await loginAs({ email, password: 'Mijn eigen fiets is blauw' });
    expect(again.status).toBe(200);
    expect((await again.json()).passwordChangeRequired).toBe(false);

    const [user] = await t.db.select().from(usersTable).where(eq(usersTable.email, email));
    expect(user?.passwordChangeRequired).toBe(false);
    const sessions = await t.db.select().from(sessionsTable).where(eq(sessionsTable.userId, user!.id));
    expect(sessions).toHaveLength(2);
    const audit = await auditRows(t.db, { action: 'auth.password_change', actorUserId: user!.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      outcome: 'success',
      resource: `user:${user!.id}`,
      actorRole: 'student',
    });
    const written = JSON.stringify(audit);
    expect(written).not.toContain(shown);
    expect(written).not.toContain('Mijn eigen fiets');
  });

  it('still lets a session that must change its password log out', async () => {
    const email = 'uitloggen@beego.demo';
    const shown = await operatorMadeStudent(email);
    const cookie = cookieFrom(await loginAs({ email, password: shown }));
    expect((await t.request('/api/auth/logout', { method: 'POST', cookie })).status).toBe(204);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('marks accounts made by an operator, and not invited accounts once they chose a password through their link, nor the demo accounts', async () => {
    const teacher = await t.request('/api/training/teachers', {
      method: 'POST',
      cookie: ligoCoordinator,
      body: { email: 'nieuwe.lesgever@ligo.demo', displayName: 'Nieuwe Lesgever' },
    });
    const colleague = await t.request('/api/users', {
      method: 'POST',
      cookie: admin,
      body: { email: 'nieuwe.collega@ocmw-gent.demo', displayName: 'Nieuwe Collega', role: 'social_worker' },
    });
    const [welfare] = await t.db
      .select({ organisationId: usersTable.organisationId })
      .from(usersTable)
      .where(eq(usersTable.email, 'admin@ocmw-gent.demo'));
    await createUser({
      db: t.db,
      email: 'operator.made@ocmw-gent.demo',
      organisationRef: welfare!.organisationId,
      role: 'project_lead',
      displayName: undefined,
      password: 'operator-chosen-1',
      passwordChangeRequired: true,
    });
    for (const [email, invited] of [
      ['nieuwe.lesgever@ligo.demo', teacher],
      ['nieuwe.collega@ocmw-gent.demo', colleague],
    ] as const) {
      const { link } = await invited.json();
      const used = await t.request('/api/auth/links/use', {
        method: 'POST',
        body: { token: tokenOfLink(link), newPassword: CHOSEN_PASSWORD },
      });
      expect(used.status).toBe(200);
      const res = await loginAs({ email, password: CHOSEN_PASSWORD });
      expect([email, (await res.json()).passwordChangeRequired]).toEqual([email, false]);
    }
    const operatorMade = await loginAs({
      email: 'operator.made@ocmw-gent.demo',
      password: 'operator-chosen-1',
    });
    expect((await operatorMade.json()).passwordChangeRequired).toBe(true);
    const demo = await loginAs({ email: 'student@beego.demo', password: t.config.demo.password });
    expect((await demo.json()).passwordChangeRequired).toBe(false);
  });
});

describe('changing one’s own password', () => {
  it('refuses a wrong current password, the same password, a common one, the own e-mail and a short one, and audits the wrong one', async () => {
    const email = 'weigeringen@beego.demo';
    const shown = await operatorMadeStudent(email);
    const cookie = cookieFrom(await loginAs({ email, password: shown }));
    const cases: [string, string, [number, string]][] = [
      ['niet-het-wachtwoord', 'Een goed nieuw wachtwoord', [400, 'auth.current_password_wrong']],
      [shown, shown, [400, 'auth.password_unchanged']],
      [shown, 'Password123', [400, 'auth.password_too_common']],
      [shown, 'wachtwoord', [400, 'auth.password_too_common']],
      [shown, email.toUpperCase(), [400, 'auth.password_too_common']],
      [shown, 'kort', [400, 'validation.failed']],
      [shown, 'x'.repeat(129), [400, 'validation.failed']],
    ];
    for (const [currentPassword, newPassword, expected] of cases) {
      const res = await changePassword({ cookie, currentPassword, newPassword });
      expect([newPassword, ...(await errorCode(res))]).toEqual([newPassword, ...expected]);
    }
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
    const [user] = await t.db.select().from(usersTable).where(eq(usersTable.email, email));
    expect(user?.passwordChangeRequired).toBe(true);
    const denied = await auditRows(t.db, { action: 'auth.password_change', actorUserId: user!.id });
    expect(denied.map((row) => row.outcome)).toEqual(['denied']);
  });

  it('stops guessing the current password as the login throttle of the account stops guessing logins', async () => {
    const { cookie } = await t.login({ email: 'lesgever@ligo.demo' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11 && !statuses.includes(429); attempt += 1) {
      const res = await changePassword({
        cookie,
        currentPassword: `gok-${attempt}`,
        newPassword: 'Een goed nieuw wachtwoord',
        headers: fromNewAddress(),
      });
      statuses.push(res.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([400]));
    const login = await loginAs({ email: 'lesgever@ligo.demo', password: t.config.demo.password });
    expect(login.status).toBe(429);
  });

  it('lets any signed-in user change their own password, keeping only the new session', async () => {
    const { cookie } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    const { cookie: elsewhere } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    const res = await changePassword({
      cookie,
      currentPassword: t.config.demo.password,
      newPassword: 'Een nieuw wachtwoord voor de projectleider',
    });
    expect(res.status).toBe(200);
    expect((await t.request('/api/clients', { cookie: cookieFrom(res) })).status).toBe(200);
    expect((await t.request('/api/clients', { cookie: elsewhere })).status).toBe(401);
    expect(
      (await loginAs({ email: 'projectleider@ocmw-gent.demo', password: t.config.demo.password })).status,
    ).toBe(401);
  });
});

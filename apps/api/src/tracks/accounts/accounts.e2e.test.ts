import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { loginFirstTime } from '../../roof/testing/first-login';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let admin: string;

signedInAppForFile({ admin: 'admin@ocmw-gent.demo' }, (started) => {
  ({ t, admin } = started);
});

describe("the welfare centre's users", () => {
  it('lists only the welfare centre’s own accounts', async () => {
    const list = await (await t.request('/api/users', { cookie: admin })).json();
    const emails = list.items.map((user: { email: string }) => user.email);
    expect(emails).toEqual(
      expect.arrayContaining([
        'sociaal@ocmw-gent.demo',
        'projectleider@ocmw-gent.demo',
        'admin@ocmw-gent.demo',
      ]),
    );
    expect(emails).not.toContain('student@beego.demo');
  });

  it('invites a colleague with a link that lets them choose their own password, once', async () => {
    const res = await t.request('/api/users', {
      method: 'POST',
      cookie: admin,
      body: { email: 'nieuw@ocmw-gent.demo', displayName: 'Nieuwe Collega', role: 'social_worker' },
    });
    expect(res.status).toBe(201);
    const { user, link } = await res.json();
    expect(user).toMatchObject({ email: 'nieuw@ocmw-gent.demo', role: 'social_worker', active: true });
    expect(link.url).toMatch(/\/ocmw\/link#/);
    await loginFirstTime({ t, email: 'nieuw@ocmw-gent.demo', link });

    const again = await t.request('/api/users', {
      method: 'POST',
      cookie: admin,
      body: { email: 'nieuw@ocmw-gent.demo', displayName: 'Dubbel', role: 'social_worker' },
    });
    await expectRefusal(again, { status: 409, code: 'user.email_taken' });
  });

  it('disables an account and ends its sessions at once', async () => {
    const { cookie: workerCookie } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await t.request('/api/clients', { cookie: workerCookie })).status).toBe(200);
    const list = await (await t.request('/api/users', { cookie: admin })).json();
    const worker = list.items.find((user: { email: string }) => user.email === 'sociaal@ocmw-gent.demo');
    const res = await t.request(`/api/users/${worker.id}/disable`, { method: 'POST', cookie: admin });
    expect(res.status).toBe(204);
    expect((await t.request('/api/clients', { cookie: workerCookie })).status).toBe(401);
    const after = await (await t.request('/api/users', { cookie: admin })).json();
    expect(after.items.find((user: { id: string }) => user.id === worker.id).active).toBe(false);
  });

  it('refuses a partner’s account as missing, disabling oneself, and anyone but the admin', async () => {
    const coordinator = await t.login({ email: 'coordinator@beego.demo' });
    expect((await t.request('/api/users', { cookie: coordinator.cookie })).status).toBe(403);
    const lead = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    expect((await t.request('/api/users', { cookie: lead.cookie })).status).toBe(403);
    const me = await (await t.request('/api/auth/me', { cookie: admin })).json();
    const self = await t.request(`/api/users/${me.user.id}/disable`, { method: 'POST', cookie: admin });
    expect(self.status).toBe(409);
    const other = await t.request('/api/users/usr_doesnotexist000000/disable', {
      method: 'POST',
      cookie: admin,
    });
    expect(other.status).toBe(404);
  });
});

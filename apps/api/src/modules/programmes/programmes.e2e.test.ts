import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app/testing/test-app';

let t: TestApp;
let admin: string;
let programmeId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie: admin } = await t.login({ email: 'admin@ocmw-gent.demo' }));
  const list = await (await t.request('/api/programmes', { cookie: admin })).json();
  programmeId = list.items[0].id;
});
afterAll(async () => {
  await t.close();
});

describe('programme settings', () => {
  it('lists the programmes with their waves', async () => {
    const list = await (await t.request('/api/programmes', { cookie: admin })).json();
    expect(list.items[0].waves.map((wave: { name: string }) => wave.name)).toEqual(['Golf 1', 'Golf 2']);
  });

  it('saves settings the domain accepts and refuses the others with one reason per field', async () => {
    const { settings } = await (
      await t.request(`/api/programmes/${programmeId}/settings`, { cookie: admin })
    ).json();
    expect(settings.chequesPerClient).toBe(2);

    const bad = await t.request(`/api/programmes/${programmeId}/settings`, {
      method: 'PUT',
      cookie: admin,
      body: { ...settings, sessionsToComplete: 5, followUp: { ...settings.followUp, inactiveDays: 0 } },
    });
    expect(bad.status).toBe(400);
    const error = (await bad.json()).error;
    expect(error.code).toBe('programme.settings_invalid');
    expect(
      error.details.reasons.map((reason: { field: string; code: string }) => [reason.field, reason.code]),
    ).toEqual(
      expect.arrayContaining([
        ['followUp.inactiveDays', 'programme.follow_up.inactive_days.out_of_range'],
        ['sessionsToComplete', 'programme.sessions_to_complete.exceeds_sessions'],
      ]),
    );

    const ok = await t.request(`/api/programmes/${programmeId}/settings`, {
      method: 'PUT',
      cookie: admin,
      body: {
        ...settings,
        chequeValidityMonths: 6,
        followUp: { ...settings.followUp, pickupOverdueDays: 7 },
      },
    });
    expect(ok.status).toBe(200);
    const again = await (
      await t.request(`/api/programmes/${programmeId}/settings`, { cookie: admin })
    ).json();
    expect(again.settings).toMatchObject({ chequeValidityMonths: 6, followUp: { pickupOverdueDays: 7 } });
  });

  it('refuses unknown fields and a social worker', async () => {
    const { settings } = await (
      await t.request(`/api/programmes/${programmeId}/settings`, { cookie: admin })
    ).json();
    const extra = await t.request(`/api/programmes/${programmeId}/settings`, {
      method: 'PUT',
      cookie: admin,
      body: { ...settings, tenantId: 'ten_other' },
    });
    expect(extra.status).toBe(400);
    const worker = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect(
      (await t.request(`/api/programmes/${programmeId}/settings`, { cookie: worker.cookie })).status,
    ).toBe(403);
  });
});

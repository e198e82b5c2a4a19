import { defaultProgrammeSettings } from '@digipakket/domain';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { setUpEmptyTenant } from '../../roof/testing/empty-tenant';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let admin: string;
let programmeId: string;

signedInAppForFile({ admin: 'admin@ocmw-gent.demo' }, async (started) => {
  ({ t, admin } = started);
  const list = await (await t.request('/api/programmes', { cookie: admin })).json();
  programmeId = list.items[0].id;
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

describe('starting a programme in a welfare centre set up without demo data', () => {
  let aalst: Awaited<ReturnType<typeof setUpEmptyTenant>>;
  const start = (body: unknown, cookie = aalst.cookies.admin) =>
    t.request('/api/programmes', { method: 'POST', cookie, body });

  beforeAll(async () => {
    aalst = await setUpEmptyTenant(t);
  });

  it("lists the welfare centre's own partners to its admin and project lead, and to nobody else", async () => {
    const expected = {
      items: [
        { id: aalst.homeHelp.id, name: 'Digihulp Aalst', kind: 'home_help' },
        { id: aalst.training.id, name: 'Leerpunt Aalst', kind: 'training' },
      ],
    };
    for (const cookie of [aalst.cookies.admin, aalst.cookies.project_lead]) {
      const res = await t.request('/api/programmes/partners', { cookie });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(expected);
    }
    const worker = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await t.request('/api/programmes/partners', { cookie: worker.cookie })).status).toBe(403);
    const gent = await (await t.request('/api/programmes/partners', { cookie: admin })).json();
    expect(gent.items.map((item: { name: string }) => item.name)).not.toContain('Digihulp Aalst');
  });

  it('lets only the admin start a programme', async () => {
    const res = await start({ name: 'Digipakket Aalst' }, aalst.cookies.project_lead);
    expect(res.status).toBe(403);
    expect(await t.db.$count(auditLogTable, eq(auditLogTable.action, 'programme.create'))).toBe(0);
  });

  it('refuses a partner that does not work for the welfare centre in that kind, naming the field', async () => {
    const unknown = await start({ name: 'Digipakket Aalst', homeHelpOrgId: 'org_doesnotexist0000000000' });
    expect(unknown.status).toBe(400);
    const unknownError = (await unknown.json()).error;
    expect(unknownError).toMatchObject({
      code: 'programme.partner_invalid',
      details: { field: 'homeHelpOrgId' },
    });

    const wrongKind = await start({ name: 'Digipakket Aalst', trainingOrgId: aalst.homeHelp.id });
    expect(wrongKind.status).toBe(400);
    expect((await wrongKind.json()).error).toMatchObject({
      code: 'programme.partner_invalid',
      details: { field: 'trainingOrgId' },
    });

    // Beego works for Gent only: for Aalst it is answered exactly like an organisation that does not exist.
    const [beego] = (await (await t.request('/api/programmes', { cookie: admin })).json()).items.map(
      (item: { homeHelpPartner: { id: string } }) => item.homeHelpPartner.id,
    );
    const otherTenants = await start({ name: 'Digipakket Aalst', homeHelpOrgId: beego });
    expect(otherTenants.status).toBe(400);
    const { requestId: _a, ...otherError } = (await otherTenants.json()).error;
    const { requestId: _b, ...missingError } = unknownError;
    expect(otherError).toEqual(missingError);

    const list = await (await t.request('/api/programmes', { cookie: aalst.cookies.admin })).json();
    expect(list.items).toEqual([]);
  });

  it('refuses a name that is empty or too long, and fields the form does not have', async () => {
    for (const body of [
      { name: '  ' },
      { name: 'x'.repeat(121) },
      { name: 'Digipakket Aalst', status: 'closed' },
      { name: 'Digipakket Aalst', tenantId: 'ten_other' },
    ]) {
      expect((await start(body)).status).toBe(400);
    }
  });

  it('starts an active programme with the default settings and its partners, audited', async () => {
    const res = await start({
      name: '  Digipakket Aalst 2025 ',
      homeHelpOrgId: aalst.homeHelp.id,
      trainingOrgId: aalst.training.id,
    });
    expect(res.status).toBe(201);
    const programme = await res.json();
    expect(programme).toEqual({
      id: expect.stringMatching(/^prg_/),
      name: 'Digipakket Aalst 2025',
      status: 'active',
      homeHelpPartner: { id: aalst.homeHelp.id, name: 'Digihulp Aalst' },
      trainingPartner: { id: aalst.training.id, name: 'Leerpunt Aalst' },
      waves: [],
    });

    const list = await (await t.request('/api/programmes', { cookie: aalst.cookies.project_lead })).json();
    expect(list.items).toEqual([programme]);
    const { settings } = await (
      await t.request(`/api/programmes/${programme.id}/settings`, { cookie: aalst.cookies.project_lead })
    ).json();
    expect(settings).toEqual(defaultProgrammeSettings());
    const audited = await auditRows(t.db, { action: 'programme.create', tenantId: aalst.tenant.id });
    expect(audited.map((row) => row.resource)).toEqual([`programme:${programme.id}`]);

    const dashboard = await t.request('/api/dashboard', { cookie: aalst.cookies.project_lead });
    expect(dashboard.status).toBe(200);
  });

  it('refuses a second active programme with programme.already_active', async () => {
    const res = await start({ name: 'Nog een programma' });
    await expectRefusal(res, { status: 409, code: 'programme.already_active' });
    const list = await (await t.request('/api/programmes', { cookie: aalst.cookies.admin })).json();
    expect(list.items.map((item: { name: string }) => item.name)).toEqual(['Digipakket Aalst 2025']);
  });
});

import { describe, expect, it } from 'vitest';
import { DEMO_BRANDING } from '../../read-models/documents/documents.demo';
import { appForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { setUpEmptyTenant } from '../../roof/testing/empty-tenant';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let aalst: Awaited<ReturnType<typeof setUpEmptyTenant>>;
let gentAdmin: string;

const save = (body: unknown, cookie = aalst.cookies.admin) =>
  t.request('/api/branding', { method: 'PUT', cookie, body });

const valid = () => ({
  name: 'OCMW Aalst',
  contactPhone: '053 73 21 11',
  contactEmail: 'digipakket@ocmw-aalst.example',
  address: 'Hopmarkt 20, 9300 Aalst',
  footer: 'OCMW Aalst · Digipakket',
  logoPngBase64: DEMO_BRANDING.logoPngBase64,
  partnerPhones: { [aalst.homeHelp.id]: '+32 53 60 00 00' },
});

appForFile(async (app) => {
  t = app;
  aalst = await setUpEmptyTenant(t);
  ({ cookie: gentAdmin } = await t.login({ email: 'admin@ocmw-gent.demo' }));
});

describe("the details on a welfare centre's documents", () => {
  it('reads, on a fresh tenant, its name, an empty contact phone and every partner without a number', async () => {
    for (const cookie of [aalst.cookies.admin, aalst.cookies.project_lead]) {
      const res = await t.request('/api/branding', { cookie });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        name: 'OCMW Aalst',
        contactPhone: '',
        contactEmail: null,
        address: null,
        footer: 'OCMW Aalst',
        logoPngBase64: null,
        partners: [
          { id: aalst.homeHelp.id, name: 'Digihulp Aalst', kind: 'home_help', phone: null },
          { id: aalst.training.id, name: 'Leerpunt Aalst', kind: 'training', phone: null },
        ],
      });
    }
  });

  it('refuses a missing or foreign contact phone, a logo that is not a PNG and fields the form does not have', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]).toString('base64');
    const { contactPhone: _phone, ...withoutPhone } = valid();
    for (const [body, field] of [
      [withoutPhone, 'contactPhone'],
      [{ ...valid(), contactPhone: '  ' }, 'contactPhone'],
      [{ ...valid(), contactPhone: '+31 6 12345678' }, 'contactPhone'],
      [{ ...valid(), name: ' ' }, 'name'],
      [{ ...valid(), contactEmail: 'not an address' }, 'contactEmail'],
      [{ ...valid(), logoPngBase64: jpeg }, 'logoPngBase64'],
      [{ ...valid(), logoPngBase64: `iVBORw0KGgo${'A'.repeat(400_000)}` }, 'logoPngBase64'],
      [{ ...valid(), partnerPhones: { [aalst.homeHelp.id]: '12' } }, `partnerPhones.${aalst.homeHelp.id}`],
      [{ ...valid(), tenantId: 'ten_other' }, undefined],
    ] as const) {
      const res = await save(body);
      expect(res.status, JSON.stringify(field)).toBe(400);
      const error = (await res.json()).error;
      expect(error.code).toBe('validation.failed');
      if (field) expect(JSON.stringify(error.details.fields)).toContain(field);
    }
    expect(
      (await (await t.request('/api/branding', { cookie: aalst.cookies.admin })).json()).contactPhone,
    ).toBe('');
  });

  it("refuses a phone for another tenant's partner exactly like one for an organisation that does not exist", async () => {
    const unknown = await save({ ...valid(), partnerPhones: { org_doesnotexist0000000000: '09 244 00 00' } });
    expect(unknown.status).toBe(400);
    const unknownError = (await unknown.json()).error;
    expect(unknownError).toMatchObject({
      code: 'branding.partner_invalid',
      details: { field: 'partnerPhones.org_doesnotexist0000000000' },
    });

    // Beego works for Gent only: for Aalst it is answered like an organisation that does not exist.
    const gent = await (await t.request('/api/branding', { cookie: gentAdmin })).json();
    const beego = gent.partners.find((partner: { kind: string }) => partner.kind === 'home_help').id;
    const other = await save({ ...valid(), partnerPhones: { [beego]: '09 244 00 00' } });
    expect(other.status).toBe(400);
    const { requestId: _a, ...otherError } = (await other.json()).error;
    const { requestId: _b, ...missingError } = unknownError;
    expect(otherError).toEqual({
      ...missingError,
      details: { field: `partnerPhones.${beego}` },
    });
    expect(otherError.code).toBe(missingError.code);
    expect(otherError.message).toBe(missingError.message);
  });

  it('saves the details whole, reads them back and audits the change', async () => {
    const res = await save({ ...valid(), name: '  OCMW Aalst  ' });
    expect(res.status).toBe(200);
    // The details come back as sent (the name trimmed), and the partners' phones on the partners.
    const { partnerPhones: _partnerPhones, ...details } = valid();
    const expected = {
      ...details,
      partners: [
        { id: aalst.homeHelp.id, name: 'Digihulp Aalst', kind: 'home_help', phone: '+32 53 60 00 00' },
        { id: aalst.training.id, name: 'Leerpunt Aalst', kind: 'training', phone: null },
      ],
    };
    expect(await res.json()).toEqual(expected);
    const read = await t.request('/api/branding', { cookie: aalst.cookies.project_lead });
    expect(await read.json()).toEqual(expected);
    const audited = await auditRows(t.db, { action: 'branding.update', tenantId: aalst.tenant.id });
    expect(audited.map((row) => [row.resource, row.outcome])).toEqual([
      [`tenant:${aalst.tenant.id}`, 'success'],
    ]);

    // A field left out is cleared: the logo, the e-mail, the address and the footer are optional.
    const minimal = await save({ name: 'OCMW Aalst', contactPhone: '053 73 21 11' });
    expect(await minimal.json()).toMatchObject({
      contactEmail: null,
      address: null,
      footer: '',
      logoPngBase64: null,
      partners: [{ phone: null }, { phone: null }],
    });
  });

  it('lets the project lead read but not change them, and nobody else read them', async () => {
    expect((await save(valid(), aalst.cookies.project_lead)).status).toBe(403);
    expect((await t.request('/api/branding', { cookie: aalst.cookies.social_worker })).status).toBe(403);
    expect((await save(valid(), aalst.cookies.social_worker)).status).toBe(403);
    for (const email of ['coordinator@beego.demo', 'student@beego.demo', 'coordinator@ligo.demo']) {
      const { cookie } = await t.login({ email });
      expect((await t.request('/api/branding', { cookie })).status, email).toBe(403);
      expect((await save(valid(), cookie)).status, email).toBe(403);
    }
    expect((await t.request('/api/branding')).status).toBe(401);
  });
});

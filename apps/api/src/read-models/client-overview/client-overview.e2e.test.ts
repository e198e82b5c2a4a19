import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aClientOfAnotherTenant } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let otherTenantClientId: string;

/** The demo client with this file number, as the database holds it. */
const clientOf = async (fileNumber: string) => {
  const [row] = await t.db.select().from(clientsTable).where(eq(clientsTable.fileNumber, fileNumber));
  return row!;
};
const idOf = async (fileNumber: string) => (await clientOf(fileNumber)).id;

/** A valid national register number (born before 2000) built from its first nine digits. */
function nationalNumber(body: string): string {
  return `${body}${String(97 - (Number(body) % 97)).padStart(2, '0')}`;
}

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  // Named as the duplicate check below asks for, which must not find her.
  const { client } = await aClientOfAnotherTenant(createSeedBuilder({ db: t.db }), {
    firstName: 'Anna',
    lastName: 'Aalst',
  });
  otherTenantClientId = client.id;
});

describe('GET /api/clients/:id/overview', () => {
  it('shows a completed client with every track and a timeline naming who did what for which organisation', async () => {
    const id = await idOf('GNT-2025-0041');
    const res = await t.request(`/api/clients/${id}/overview`, { cookie });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('completed');
    expect(body.intake).toMatchObject({ decision: 'approved', eligible: true, waveName: 'Golf 1' });
    expect(body.device).toMatchObject({ status: 'handed_out' });
    expect(body.cheques).toHaveLength(2);
    expect(body.cheques[0].visit).toMatchObject({ studentName: 'Yassin El Idrissi' });
    expect(body.training.enrolments[0]).toMatchObject({ status: 'enrolled' });
    const kinds = body.timeline.map((entry: { kind: string }) => entry.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'client.created',
        'intake.approved',
        'device.reserved',
        'device.handed_out',
        'cheque.issued',
        'cheque.redeemed',
        'training.enrolled',
      ]),
    );
    const redeemed = body.timeline.find((entry: { kind: string }) => entry.kind === 'cheque.redeemed');
    expect(redeemed).toMatchObject({ actorName: 'Yassin El Idrissi', organisationName: 'Beego' });
    const times = body.timeline.map((entry: { at: string }) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("lists the client's open signals", async () => {
    const id = await idOf('GNT-2025-0018');
    const body = await (await t.request(`/api/clients/${id}/overview`, { cookie })).json();
    expect(body.status).toBe('device_reserved');
    expect(body.signals).toEqual([
      expect.objectContaining({ kind: 'device.pickup_overdue', status: 'open' }),
    ]);
  });

  it('audits every read of the page', async () => {
    const id = await idOf('GNT-2025-0003');
    await t.request(`/api/clients/${id}/overview`, { cookie });
    const rows = await auditRows(t.db, { clientId: id, purpose: 'client_page' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'client.read', outcome: 'success', actorRole: 'social_worker' });
  });

  it("answers another tenant's client exactly like a missing one", async () => {
    const other = await t.request(`/api/clients/${otherTenantClientId}/overview`, { cookie });
    const missing = await t.request('/api/clients/cli_00000000000000000000/overview', { cookie });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await other.json()).error.code).toBe('client.not_found');
    expect((await missing.json()).error.code).toBe('client.not_found');
  });

  it('refuses partners', async () => {
    const { cookie: student } = await t.login({ email: 'student@beego.demo' });
    const id = await idOf('GNT-2025-0041');
    expect((await t.request(`/api/clients/${id}/overview`, { cookie: student })).status).toBe(403);
  });
});

describe('PATCH /api/clients/:id', () => {
  it('changes only the fields sent, stores the national number as digits and shows the change in the timeline', async () => {
    const id = await idOf('GNT-2025-0002');
    const number = nationalNumber('850730033');
    const res = await t.request(`/api/clients/${id}`, {
      method: 'PATCH',
      body: {
        phone: '+32 9 266 00 00',
        nationalNumber: `${number.slice(0, 2)}.${number.slice(2, 4)}.${number.slice(4, 6)}-${number.slice(6, 9)}.${number.slice(9)}`,
        city: null,
      },
      cookie,
    });
    expect(res.status).toBe(200);
    const { client } = await res.json();
    expect(client).toMatchObject({
      phone: '+32 9 266 00 00',
      nationalNumber: number,
      city: null,
      fileNumber: 'GNT-2025-0002',
    });
    const overview = await (await t.request(`/api/clients/${id}/overview`, { cookie })).json();
    expect(overview.timeline[0]).toMatchObject({
      kind: 'client.update',
      actorName: 'Sara Vermeulen',
      organisationName: 'OCMW Gent',
    });
  });

  it('refuses a foreign phone number, a bad postcode and a national number with wrong check digits', async () => {
    const id = await idOf('GNT-2025-0002');
    const wrong = `${nationalNumber('850730034').slice(0, 9)}00`;
    const res = await t.request(`/api/clients/${id}`, {
      method: 'PATCH',
      body: { phone: '+31 6 12345678', postcode: '0900', nationalNumber: wrong },
      cookie,
    });
    expect(res.status).toBe(400);
    const paths = (await res.json()).error.details.fields.map((field: { path: string }) => field.path).sort();
    expect(paths).toEqual(['nationalNumber', 'phone', 'postcode']);
  });

  it('refuses a national number already used by another client with 409', async () => {
    const number = nationalNumber('900101123');
    const first = await t.request(`/api/clients/${await idOf('GNT-2025-0004')}`, {
      method: 'PATCH',
      body: { nationalNumber: number },
      cookie,
    });
    expect(first.status).toBe(200);
    const second = await t.request(`/api/clients/${await idOf('GNT-2025-0005')}`, {
      method: 'PATCH',
      body: { nationalNumber: number },
      cookie,
    });
    await expectRefusal(second, { status: 409, code: 'client.duplicate_national_number' });
  });

  it('ignores nothing silently: unknown fields such as the tenant are refused', async () => {
    const res = await t.request(`/api/clients/${await idOf('GNT-2025-0004')}`, {
      method: 'PATCH',
      body: { tenantId: 'ten_x' },
      cookie,
    });
    expect(res.status).toBe(400);
  });

  it("answers another tenant's client with 404", async () => {
    const res = await t.request(`/api/clients/${otherTenantClientId}`, {
      method: 'PATCH',
      body: { city: 'Gent' },
      cookie,
    });
    expect(res.status).toBe(404);
  });
});

describe('POST /api/clients/duplicates', () => {
  it('finds the same person by name and birth date, by address and by national number, saying what matched', async () => {
    const client = await clientOf('GNT-2025-0010');
    const res = await t.request('/api/clients/duplicates', {
      method: 'POST',
      body: {
        firstName: client.firstName.toUpperCase(),
        lastName: client.lastName,
        birthDate: client.birthDate!,
        street: `${client.street!.replace(' ', '  ')}`,
        postcode: client.postcode!,
      },
      cookie,
    });
    expect(res.status).toBe(200);
    const { candidates } = await res.json();
    expect(candidates.find((candidate: { id: string }) => candidate.id === client.id)).toMatchObject({
      matches: ['name_birth_date', 'address'],
    });
  });

  it('leaves out the client being edited and finds nothing for a new person', async () => {
    const client = await clientOf('GNT-2025-0010');
    const res = await t.request('/api/clients/duplicates', {
      method: 'POST',
      body: {
        excludeClientId: client.id,
        firstName: client.firstName,
        lastName: client.lastName,
        birthDate: client.birthDate!,
      },
      cookie,
    });
    expect((await res.json()).candidates).toEqual([]);
  });

  it("never shows another tenant's clients", async () => {
    const res = await t.request('/api/clients/duplicates', {
      method: 'POST',
      body: { firstName: 'Anna', lastName: 'Aalst', birthDate: '1980-01-01' },
      cookie,
    });
    expect((await res.json()).candidates).toEqual([]);
  });
});

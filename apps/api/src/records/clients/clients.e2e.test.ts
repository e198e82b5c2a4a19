import { TRAJECTORY_STATUSES } from '@digipakket/domain';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aClientOfAnotherTenant } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal, expectSameRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let socialWorker: string;
let otherTenantClientId: string;

signedInAppForFile({ socialWorker: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, socialWorker } = started);
  const { client } = await aClientOfAnotherTenant(createSeedBuilder({ db: t.db }));
  otherTenantClientId = client.id;
});

const validClient = {
  fileNumber: 'GNT-TEST-0001',
  firstName: 'Leila',
  lastName: 'Haddad',
  birthDate: '1984-05-17',
  phone: '+32 470 12 34 56',
  email: 'leila@example.org',
  preferredLanguage: 'ar',
  street: 'Sleepstraat 12',
  postcode: '9000',
  city: 'Gent',
};

describe('who may use the client file', () => {
  it('refuses a student with 403 auth.forbidden', async () => {
    const { cookie } = await t.login({ email: 'student@beego.demo' });
    const res = await t.request('/api/clients', { cookie });
    await expectRefusal(res, { status: 403, code: 'auth.forbidden' });
  });

  it('refuses anyone without a session with 401, before looking at the body', async () => {
    const res = await t.request('/api/clients', { method: 'POST', body: '{not json' });
    expect(res.status).toBe(401);
  });
});

describe('POST /api/clients', () => {
  it('registers a client and audits it', async () => {
    const res = await t.request('/api/clients', { method: 'POST', body: validClient, cookie: socialWorker });
    expect(res.status).toBe(201);
    const { client } = await res.json();
    expect(client).toMatchObject({
      id: expect.stringMatching(/^cli_/),
      fileNumber: 'GNT-TEST-0001',
      firstName: 'Leila',
      phone: '+32 470 12 34 56',
      postcode: '9000',
      status: 'referred',
    });
    const audit = await auditRows(t.db, { clientId: client.id, action: 'client.create' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorRole: 'social_worker', outcome: 'success' });
  });

  it('answers a file number already used in the tenant with 409', async () => {
    const res = await t.request('/api/clients', {
      method: 'POST',
      body: { ...validClient, fileNumber: 'GNT-2025-0001' },
      cookie: socialWorker,
    });
    await expectRefusal(res, { status: 409, code: 'client.duplicate_file_number' });
  });

  it('lists each invalid field with its path', async () => {
    const res = await t.request('/api/clients', {
      method: 'POST',
      body: {
        fileNumber: '',
        firstName: 'A',
        lastName: 'B',
        birthDate: '1984-13-45',
        phone: '12ab',
        preferredLanguage: 'xx',
        postcode: '900',
        tenantId: 'ten_other',
      },
      cookie: socialWorker,
    });
    const error = await expectRefusal(res, { status: 400, code: 'validation.failed' });
    const byPath = Object.fromEntries(
      error.details.fields.map((field: { path: string; code: string }) => [field.path, field.code]),
    );
    expect(Object.keys(byPath).sort()).toEqual(
      ['birthDate', 'fileNumber', 'phone', 'postcode', 'preferredLanguage', 'tenantId'].sort(),
    );
    expect(byPath.tenantId).toBe('unrecognized_key');
  });

  it('accepts a phone number with at least 9 digits and refuses a shorter one', async () => {
    const ok = await t.request('/api/clients', {
      method: 'POST',
      body: { ...validClient, fileNumber: 'GNT-TEST-0002', phone: '09 123 45 67' },
      cookie: socialWorker,
    });
    expect(ok.status).toBe(201);
    const short = await t.request('/api/clients', {
      method: 'POST',
      body: { ...validClient, fileNumber: 'GNT-TEST-0003', phone: '1234 5678' },
      cookie: socialWorker,
    });
    expect(short.status).toBe(400);
  });
});

describe('GET /api/clients', () => {
  it('pages through the tenant with a total', async () => {
    const res = await t.request('/api/clients?limit=10&offset=0', { cookie: socialWorker });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items).toHaveLength(10);
    expect(body.total).toBeGreaterThanOrEqual(50);
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        'fileNumber',
        'firstName',
        'id',
        'lastName',
        'neighbourhood',
        'phone',
        'preferredLanguage',
        'status',
      ].sort(),
    );
  });

  it('finds "Mohammed" when searching "Mohamed", and not the other tenant\'s Mohammed', async () => {
    const res = await t.request('/api/clients?q=Mohamed', { cookie: socialWorker });
    const body = await res.json();
    const names = body.items.map(
      (item: { firstName: string; lastName: string }) => `${item.firstName} ${item.lastName}`,
    );
    expect(names).toContain('Mohammed El Amrani');
    expect(names).not.toContain('Mohammed Elders');
  });

  it('finds a client by file number and by phone digits', async () => {
    const byFile = await (await t.request('/api/clients?q=GNT-2025-0007', { cookie: socialWorker })).json();
    expect(byFile.items[0].fileNumber).toBe('GNT-2025-0007');
    const phone = byFile.items[0].phone as string;
    const byPhone = await (
      await t.request(`/api/clients?q=${encodeURIComponent(phone.replace(/\s/g, ''))}`, {
        cookie: socialWorker,
      })
    ).json();
    expect(byPhone.items.map((item: { id: string }) => item.id)).toContain(byFile.items[0].id);
  });

  it('shows the clients of the demo in different trajectory stages', async () => {
    const body = await (await t.request('/api/clients?limit=100', { cookie: socialWorker })).json();
    const statuses = new Set(body.items.map((item: { status: string }) => item.status));
    // Every status but `closed`: no trajectory of the demo is closed.
    for (const status of TRAJECTORY_STATUSES.filter((candidate) => candidate !== 'closed')) {
      expect(statuses, status).toContain(status);
    }
  });

  it('refuses a limit over 100', async () => {
    const res = await t.request('/api/clients?limit=101', { cookie: socialWorker });
    expect(res.status).toBe(400);
    expect((await res.json()).error.details.fields[0].path).toBe('limit');
  });

  it('treats LIKE wildcards in the query literally', async () => {
    const body = await (await t.request('/api/clients?q=%25%25', { cookie: socialWorker })).json();
    expect(body.total).toBe(0);
  });
});

describe('GET /api/clients/:id', () => {
  it('reads a client of the own tenant and audits the read', async () => {
    const list = await (await t.request('/api/clients?q=GNT-2025-0001', { cookie: socialWorker })).json();
    const id = list.items[0].id;
    const res = await t.request(`/api/clients/${id}`, { cookie: socialWorker });
    expect(res.status).toBe(200);
    const { client } = await res.json();
    expect(client).toMatchObject({ id, fileNumber: 'GNT-2025-0001', firstName: 'Mohammed' });
    const audit = await auditRows(t.db, { clientId: id, action: 'client.read' });
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it("answers another tenant's client exactly like a missing one", async () => {
    const other = await t.request(`/api/clients/${otherTenantClientId}`, { cookie: socialWorker });
    const missing = await t.request('/api/clients/cli_00000000000000000000', { cookie: socialWorker });
    await expectSameRefusal([other, missing], { status: 404, code: 'client.not_found' });
  });

  it('keeps the audit log append-only', async () => {
    await expect(t.db.delete(auditLogTable)).rejects.toThrow();
    await expect(t.db.update(auditLogTable).set({ action: 'changed' })).rejects.toThrow();
  });
});

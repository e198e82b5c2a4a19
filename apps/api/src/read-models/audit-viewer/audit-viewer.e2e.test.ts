import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { clientIdOfFile } from '../../roof/testing/demo-rows';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let lead: string;
let clientId: string;

signedInAppForFile({ lead: 'projectleider@ocmw-gent.demo' }, async (started) => {
  ({ t, lead } = started);
  clientId = await clientIdOfFile(t.db, 'GNT-2025-0003');
  const worker = await t.login({ email: 'sociaal@ocmw-gent.demo' });
  await t.request(`/api/clients/${clientId}`, { cookie: worker.cookie });
});

describe('the audit log viewer', () => {
  it("shows who read a client's record, from which organisation and when", async () => {
    const page = await (
      await t.request(`/api/audit?clientId=${clientId}&action=client.read`, { cookie: lead })
    ).json();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      action: 'client.read',
      outcome: 'success',
      actor: { name: 'Sara Vermeulen', role: 'social_worker', organisation: 'OCMW Gent' },
      client: { id: clientId, fileNumber: 'GNT-2025-0003' },
    });
  });

  it('pages newest first and filters by user and period', async () => {
    const first = await (await t.request('/api/audit?limit=2', { cookie: lead })).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].at >= first.items[1].at).toBe(true);
    const second = await (await t.request('/api/audit?limit=2&offset=2', { cookie: lead })).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const none = await (await t.request('/api/audit?from=2000-01-01&to=2000-01-31', { cookie: lead })).json();
    expect(none.total).toBe(0);
  });

  it('exports the filtered log as CSV and writes the export to the log', async () => {
    const res = await t.request(`/api/audit/export?clientId=${clientId}`, { cookie: lead });
    expect(res.status).toBe(200);
    const text = new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(3));
    expect(text.split('\r\n')[0]).toBe(
      'at;user;role;organisation;action;outcome;client;fileNumber;resource;purpose',
    );
    expect(text).toContain('client.read');
    const exports = await auditRows(t.db, { action: 'audit.export' });
    expect(exports).toHaveLength(1);
  });

  it('is for the project lead only', async () => {
    for (const email of ['sociaal@ocmw-gent.demo', 'admin@ocmw-gent.demo', 'coordinator@beego.demo']) {
      const { cookie } = await t.login({ email });
      expect((await t.request('/api/audit', { cookie })).status).toBe(403);
    }
  });
});

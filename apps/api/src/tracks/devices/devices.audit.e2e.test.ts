import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { registerApprovedClient } from '../../roof/testing/approved-client';
import { auditRows } from '../../roof/testing/audit-rows';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;

/** The audit rows one request wrote, found by the request id the API answered with. */
async function auditOf(res: { headers: Headers }) {
  const requestId = res.headers.get('x-request-id')!;
  return auditRows(t.db, { requestId });
}

const approvedClient = () =>
  registerApprovedClient({
    t,
    cookie,
    client: { fileNumber: 'DEV-AUDIT-1', firstName: 'Lies', lastName: 'Laptop', preferredLanguage: 'nl' },
  });

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('reads of clients on the device pages', () => {
  it('writes one audit row per client a device list shows as holder', async () => {
    const res = await t.request('/api/devices?status=handed_out&limit=100', { cookie });
    expect(res.status).toBe(200);
    const body = await res.json();
    const holders = new Set(
      body.items.map((item: { holder: { id: string } | null }) => item.holder?.id).filter(Boolean),
    );
    expect(holders.size).toBeGreaterThan(0);
    const rows = await auditOf(res);
    expect(rows).toHaveLength(holders.size);
    expect(new Set(rows.map((row) => row.clientId))).toEqual(holders);
    for (const row of rows) {
      expect(row).toMatchObject({ action: 'device.read', purpose: 'device_list', outcome: 'success' });
    }
  });

  it('writes nothing for a list that names no client', async () => {
    const res = await t.request('/api/devices?status=in_stock', { cookie });
    expect((await res.json()).items.every((item: { holder: unknown }) => item.holder === null)).toBe(true);
    expect(await auditOf(res)).toEqual([]);
  });

  it('audits the holder and every client named in a device history as read from the device page', async () => {
    const clientId = await approvedClient();
    const stock = await (await t.request('/api/devices?status=in_stock&limit=1', { cookie })).json();
    const deviceId = stock.items[0].id as string;
    const reserve = (type: string) =>
      t.request(`/api/devices/${deviceId}/transitions`, {
        method: 'POST',
        body: type === 'reserve' ? { type, clientId } : { type },
        cookie,
      });
    expect((await reserve('reserve')).status).toBe(200);
    t.clock.advance({ minutes: 1 });
    expect((await reserve('cancel_reservation')).status).toBe(200);

    const res = await t.request(`/api/devices/${deviceId}`, { cookie });
    expect(res.status).toBe(200);
    const rows = await auditOf(res);
    expect(rows).toEqual([
      expect.objectContaining({
        clientId,
        action: 'device.read',
        resource: `device:${deviceId}`,
        purpose: 'device_page',
      }),
    ]);

    const missing = await t.request('/api/devices/dev_00000000000000000000', { cookie });
    expect(missing.status).toBe(404);
    expect(
      await t.db
        .select()
        .from(auditLogTable)
        .where(
          and(
            eq(auditLogTable.requestId, missing.headers.get('x-request-id')!),
            eq(auditLogTable.action, 'device.read'),
          ),
        ),
    ).toEqual([]);
  });
});

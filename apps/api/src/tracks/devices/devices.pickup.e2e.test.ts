import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { devicesTable } from '../../records/devices/devices.tables';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { anotherTenant } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { clientIdOfFile } from '../../roof/testing/demo-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let clientId: string;
let reservedId: string;
let inStockId: string;
let otherTenantDeviceId: string;

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  clientId = await clientIdOfFile(t.db, 'GNT-2025-0018');
  const [reserved] = await t.db.select().from(devicesTable).where(eq(devicesTable.holderClientId, clientId));
  reservedId = reserved!.id;
  const [inStock] = await t.db
    .select()
    .from(devicesTable)
    .where(eq(devicesTable.status, 'in_stock'))
    .limit(1);
  inStockId = inStock!.id;
  const seed = createSeedBuilder({ db: t.db });
  const tenant = await anotherTenant(seed);
  const [other] = await seed.devices([{ tenantId: tenant.id, serial: 'AAL-001', model: 'Laptop' }]);
  otherTenantDeviceId = other!.id;
});

/** Books the pickup of a laptop: `body` is what the stock page sends. */
const bookPickup = (deviceId: string, body: Record<string, unknown>, as = cookie) =>
  t.request(`/api/devices/${deviceId}/pickup`, { method: 'PUT', body, cookie: as });

describe('PUT /api/devices/:id/pickup', () => {
  it('books the pickup of a reserved laptop, audits it and shows it on the client page while the overdue signal stays', async () => {
    const res = await bookPickup(reservedId, { pickupAt: '2025-06-03T10:30:00+02:00' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deviceId: reservedId, pickupAt: '2025-06-03T08:30:00.000Z' });
    const audit = await auditRows(t.db, { clientId, action: 'device.pickup_booked' });
    expect(audit).toHaveLength(1);
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.device).toMatchObject({ status: 'reserved', pickupAt: '2025-06-03T08:30:00.000Z' });
    expect(overview.timeline.map((entry: { kind: string }) => entry.kind)).toContain('device.pickup_booked');
    expect(overview.signals).toEqual([expect.objectContaining({ kind: 'device.pickup_overdue' })]);
  });

  it('refuses a laptop that is not reserved with 409', async () => {
    const res = await bookPickup(inStockId, { pickupAt: '2025-06-03T10:30:00+02:00' });
    await expectRefusal(res, { status: 409, code: 'device.not_reserved' });
  });

  it('refuses a time without offset, a date alone and unknown fields with 400', async () => {
    for (const body of [
      { pickupAt: '2025-06-03T10:30:00' },
      { pickupAt: '2025-06-03' },
      { pickupAt: '2025-06-03T10:30:00Z', note: 'x' },
    ]) {
      const res = await bookPickup(reservedId, body);
      expect(res.status).toBe(400);
    }
  });

  it("answers another tenant's device exactly like a missing one", async () => {
    for (const id of [otherTenantDeviceId, 'dev_00000000000000000000']) {
      const res = await bookPickup(id, { pickupAt: '2025-06-03T10:30:00Z' });
      await expectRefusal(res, { status: 404, code: 'device.not_found' });
    }
  });

  it('refuses partners with 403', async () => {
    const { cookie: student } = await t.login({ email: 'student@beego.demo' });
    const res = await bookPickup(reservedId, { pickupAt: '2025-06-03T10:30:00Z' }, student);
    expect(res.status).toBe(403);
  });

  it('clears the appointment when the laptop changes status', async () => {
    await t.db.update(devicesTable).set({ pickupAt: new Date() }).where(eq(devicesTable.id, reservedId));
    const res = await t.request(`/api/devices/${reservedId}/transitions`, {
      method: 'POST',
      body: { type: 'cancel_reservation', reason: 'De cliënt wil geen laptop meer.' },
      cookie,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const [device] = await t.db.select().from(devicesTable).where(eq(devicesTable.id, reservedId));
    expect(device!.pickupAt).toBeNull();
  });
});

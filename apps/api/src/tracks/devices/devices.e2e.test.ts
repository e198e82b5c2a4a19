import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable } from '../../records/devices/devices.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { approvedClientSupply, SCREEN_SIGNATURE } from '../../roof/testing/approved-client';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
const clients = approvedClientSupply({ prefix: 'DEV', lastName: 'Laptop' });
const approvedClient = () => clients.next({ t, cookie });

async function receive(serials: string[]) {
  const res = await t.request('/api/devices/batches', {
    method: 'POST',
    body: { model: 'Lenovo ThinkPad E14', funding: 'Test', serials: serials.join('\n') },
    cookie,
  });
  expect(res.status).toBe(201);
  return (await res.json()).devices.map((device: { id: string }) => device.id) as string[];
}

/** Each change a minute after the previous one, so the history has an order to show. */
const move = (deviceId: string, body: Record<string, unknown>) => {
  t.clock.advance({ minutes: 1 });
  return t.request(`/api/devices/${deviceId}/transitions`, { method: 'POST', body, cookie });
};

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('POST /api/devices/batches', () => {
  it('receives every pasted serial in stock, skipping empty lines, each with its first history event', async () => {
    const res = await t.request('/api/devices/batches', {
      method: 'POST',
      body: {
        model: 'HP ProBook 445 G10',
        funding: 'Stad Gent 2025',
        serials: 'B-001\r\n\n  B-002  \nB-003\n',
      },
      cookie,
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.received).toBe(3);
    expect(body.devices.map((device: { serial: string }) => device.serial)).toEqual([
      'B-001',
      'B-002',
      'B-003',
    ]);
    const history = await t.db
      .select()
      .from(deviceEventsTable)
      .where(eq(deviceEventsTable.deviceId, body.devices[0].id));
    expect(history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'in_stock' })]);
  });

  it('refuses the whole batch when a serial repeats or is already in stock, naming each line', async () => {
    const res = await t.request('/api/devices/batches', {
      method: 'POST',
      body: { model: 'HP ProBook 445 G10', serials: 'C-001\nB-001\nC-002\nC-001' },
      cookie,
    });
    const error = await expectRefusal(res, { status: 409, code: 'device.duplicate_serial' });
    expect(error.details.rows).toEqual([
      { row: 2, serial: 'B-001', reason: 'already_in_stock' },
      { row: 4, serial: 'C-001', reason: 'repeated_in_batch', firstRow: 1 },
    ]);
    const list = await (await t.request('/api/devices?q=C-', { cookie })).json();
    expect(list.total).toBe(0);
  });

  it('refuses an empty paste', async () => {
    const res = await t.request('/api/devices/batches', {
      method: 'POST',
      body: { model: 'X', serials: '\n \n' },
      cookie,
    });
    await expectRefusal(res, { status: 400, code: 'device.batch_empty' });
  });
});

describe('GET /api/devices', () => {
  it('filters by status and model and counts every status', async () => {
    const res = await t.request(
      `/api/devices?status=in_stock&model=${encodeURIComponent('Dell Latitude 3540')}`,
      { cookie },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items)
      expect(item).toMatchObject({ status: 'in_stock', model: 'Dell Latitude 3540', holder: null });
    expect(body.models).toContain('Lenovo ThinkPad E14');
    expect(body.counts.handed_out).toBeGreaterThan(0);
  });

  it('shows who holds a reserved laptop', async () => {
    const body = await (await t.request('/api/devices?status=reserved', { cookie })).json();
    expect(body.items[0].holder).toMatchObject({ fileNumber: expect.stringMatching(/^GNT-/) });
  });
});

describe('the life of a laptop', () => {
  it('is reserved for an approved client, handed out with a signature drawn on screen, returned and restocked', async () => {
    const clientId = await approvedClient();
    const [deviceId] = await receive(['LIFE-1']);
    const reserved = await move(deviceId!, { type: 'reserve', clientId });
    expect(reserved.status).toBe(200);
    expect((await reserved.json()).device).toMatchObject({ status: 'reserved', holder: { id: clientId } });
    expect((await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json()).status).toBe(
      'device_reserved',
    );

    const unsigned = await move(deviceId!, { type: 'hand_out', signatureMethod: 'screen' });
    await expectRefusal(unsigned, { status: 400, code: 'device.signature_missing' });

    const handed = await move(deviceId!, {
      type: 'hand_out',
      signatureMethod: 'screen',
      signaturePng: SCREEN_SIGNATURE,
    });
    expect(handed.status).toBe(200);
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.status).toBe('equipped');
    expect(overview.device).toMatchObject({
      status: 'handed_out',
      signatureMethod: 'screen',
      serial: 'LIFE-1',
    });

    expect((await move(deviceId!, { type: 'return', reason: 'Verhuist' })).status).toBe(200);
    expect((await move(deviceId!, { type: 'restock' })).status).toBe(200);
    const detail = await (await t.request(`/api/devices/${deviceId}`, { cookie })).json();
    expect(detail.device.status).toBe('in_stock');
    expect(detail.history.map((entry: { toStatus: string }) => entry.toStatus)).toEqual([
      'in_stock',
      'returned',
      'handed_out',
      'reserved',
      'in_stock',
    ]);
    expect(detail.history[2]).toMatchObject({
      signatureMethod: 'screen',
      actorName: 'Sara Vermeulen',
      clientId,
    });
  });

  it('records defective and lost laptops, and repairs a defective one', async () => {
    const [first, second] = await receive(['BROKEN-1', 'LOST-1']);
    for (const deviceId of [first!, second!]) {
      const clientId = await approvedClient();
      await move(deviceId, { type: 'reserve', clientId });
      expect((await move(deviceId, { type: 'hand_out', signatureMethod: 'paper' })).status).toBe(200);
    }
    expect((await move(first!, { type: 'report_defective', note: 'Scherm gebarsten' })).status).toBe(200);
    expect((await move(first!, { type: 'restock', reason: 'Scherm vervangen' })).status).toBe(200);
    expect((await move(second!, { type: 'report_lost' })).status).toBe(200);
    const lost = await move(second!, { type: 'restock' });
    await expectRefusal(lost, { status: 409, code: 'device.cannot_restock' });
  });

  it('cancels a reservation: the laptop is back in stock and the client can get another', async () => {
    const clientId = await approvedClient();
    const [deviceId] = await receive(['CANCEL-1']);
    await move(deviceId!, { type: 'reserve', clientId });
    expect((await move(deviceId!, { type: 'cancel_reservation', reason: 'Cliënt kwam niet' })).status).toBe(
      200,
    );
    const overview = await (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
    expect(overview.status).toBe('approved');
    expect(overview.device).toMatchObject({ status: 'reservation_cancelled' });
  });
});

describe('retries', () => {
  it('replays the first answer of a reservation sent again with the same Idempotency-Key', async () => {
    const [deviceId] = await receive(['RETRY-1']);
    const clientId = await approvedClient();
    const send = () =>
      t.request(`/api/devices/${deviceId}/transitions`, {
        method: 'POST',
        body: { type: 'reserve', clientId },
        cookie,
        headers: { 'idempotency-key': 'reserve-retry-0001' },
      });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const history = await t.db
      .select()
      .from(deviceEventsTable)
      .where(eq(deviceEventsTable.deviceId, deviceId!));
    expect(history.filter((event) => event.toStatus === 'reserved')).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('never reserves one laptop for two clients', async () => {
    const [deviceId] = await receive(['TWICE-1']);
    const first = await approvedClient();
    const second = await approvedClient();
    expect((await move(deviceId!, { type: 'reserve', clientId: first })).status).toBe(200);
    const again = await move(deviceId!, { type: 'reserve', clientId: second });
    await expectRefusal(again, { status: 409, code: 'device.not_in_stock' });
  });

  it('never gives one client two laptops', async () => {
    const [a, b] = await receive(['PAIR-1', 'PAIR-2']);
    const clientId = await approvedClient();
    expect((await move(a!, { type: 'reserve', clientId })).status).toBe(200);
    const second = await move(b!, { type: 'reserve', clientId });
    await expectRefusal(second, { status: 409, code: 'device.client_already_holds' });
  });

  it('reserves only for an approved client', async () => {
    const [deviceId] = await receive(['NOTYET-1']);
    const [referred] = await t.db
      .select()
      .from(clientsTable)
      .where(eq(clientsTable.fileNumber, 'GNT-2025-0001'));
    const res = await move(deviceId!, { type: 'reserve', clientId: referred!.id });
    await expectRefusal(res, { status: 409, code: 'device.client_not_approved' });
  });

  it('hands out only a reserved laptop', async () => {
    const [deviceId] = await receive(['STOCK-1']);
    const res = await move(deviceId!, { type: 'hand_out', signatureMethod: 'paper' });
    await expectRefusal(res, { status: 409, code: 'device.not_reserved' });
  });

  it('answers unknown devices with 404 and refuses partners', async () => {
    expect((await t.request('/api/devices/dev_00000000000000000000', { cookie })).status).toBe(404);
    const { cookie: coordinator } = await t.login({ email: 'coordinator@beego.demo' });
    expect((await t.request('/api/devices', { cookie: coordinator })).status).toBe(403);
  });

  it('refuses a signature that is not a PNG data URL', async () => {
    const [deviceId] = await receive(['SVG-1']);
    const res = await move(deviceId!, {
      type: 'hand_out',
      signatureMethod: 'screen',
      signaturePng: 'data:image/svg+xml,<svg/>',
    });
    expect(res.status).toBe(400);
  });
});

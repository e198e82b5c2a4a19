import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { numberedClient, registerApprovedClient } from '../../roof/testing/approved-client';
import type { TestApp } from '../../roof/testing/test-app';

// "A device is never reserved for two clients" under real concurrency: separate connections, started together.
let t: TestApp;
let cookie: string;
const clientIds: string[] = [];

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  const context = await (await t.request(`/api/clients/${await firstClient()}/intake`, { cookie })).json();
  const waveId = context.waves.at(-1).id;
  for (let index = 0; index < 50; index += 1) {
    const clientId = await registerApprovedClient({
      t,
      cookie,
      client: numberedClient({ prefix: 'RACE', n: index, firstName: 'Race', lastName: 'Client' }),
      intake: { waveId, overrideReason: 'Wachtlijst van de golf is met de projectleider afgesproken.' },
    });
    clientIds.push(clientId);
  }
});

async function firstClient() {
  const list = await (await t.request('/api/clients?limit=1', { cookie })).json();
  return list.items[0].id as string;
}

describe('device reservation on PostgreSQL', () => {
  it('reserves one laptop for exactly one of 50 clients asking at the same time; the other 49 get 409', async () => {
    for (let round = 0; round < 3; round += 1) {
      const received = await t.request('/api/devices/batches', {
        method: 'POST',
        body: { model: 'Race model', serials: `RACE-DEVICE-${round}` },
        cookie,
      });
      const deviceId = (await received.json()).devices[0].id as string;
      const answers = await Promise.all(
        clientIds.map((clientId) =>
          t.request(`/api/devices/${deviceId}/transitions`, {
            method: 'POST',
            body: { type: 'reserve', clientId },
            cookie,
          }),
        ),
      );
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(49);
      const [device] = await t.db.select().from(devicesTable).where(eq(devicesTable.id, deviceId));
      expect(device?.status).toBe('reserved');
      const events = await t.db
        .select()
        .from(deviceEventsTable)
        .where(eq(deviceEventsTable.deviceId, deviceId));
      expect(events.filter((event) => event.toStatus === 'reserved')).toHaveLength(1);
      const winner = clientIds[statuses.indexOf(200)]!;
      expect(device?.holderClientId).toBe(winner);
      await t.request(`/api/devices/${deviceId}/transitions`, {
        method: 'POST',
        body: { type: 'cancel_reservation' },
        cookie,
      });
    }
  });
});

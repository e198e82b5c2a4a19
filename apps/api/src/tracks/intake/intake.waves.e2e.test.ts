import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { approvedIntake, numberedClient, registerClient } from '../../roof/testing/approved-client';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let sequence = 0;

type WaveOption = {
  id: string;
  name: string;
  laptopCapacity: number;
  laptopsCommitted: number;
  laptopsFree: number;
};

async function newClient() {
  sequence += 1;
  return registerClient({
    t,
    cookie,
    client: numberedClient({ prefix: 'WAVE', n: sequence, firstName: 'Sara', lastName: 'Golf' }),
  });
}

async function wavesFor(clientId: string): Promise<WaveOption[]> {
  return (await (await t.request(`/api/clients/${clientId}/intake`, { cookie })).json()).waves;
}

async function inStock(): Promise<number> {
  return (await (await t.request('/api/devices?status=in_stock&limit=1', { cookie })).json()).total;
}

async function receive(serials: string[]) {
  const res = await t.request('/api/devices/batches', {
    method: 'POST',
    body: { model: 'Golflaptop', serials: serials.join('\n') },
    cookie,
  });
  expect(res.status).toBe(201);
  return (await res.json()).devices.map((device: { id: string }) => device.id) as string[];
}

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('the waves an intake chooses from', () => {
  it('counts as free only the laptops in stock and not yet promised, never more than the wave has room for', async () => {
    const asker = await newClient();
    const before = await wavesFor(asker);
    for (const wave of before) {
      expect(wave.laptopsFree).toBeLessThanOrEqual(Math.max(0, wave.laptopCapacity - wave.laptopsCommitted));
      expect(wave.laptopsFree).toBeLessThanOrEqual(await inStock());
    }
    const roomiest = [...before].sort(
      (a, b) => b.laptopCapacity - b.laptopsCommitted - (a.laptopCapacity - a.laptopsCommitted),
    )[0]!;
    const room = () => roomiest.laptopCapacity - roomiest.laptopsCommitted;
    const free = async () => (await wavesFor(asker)).find((wave) => wave.id === roomiest.id)!.laptopsFree;
    // The demo's stock is promised to clients already waiting: laptops arrive until one is free.
    let received = 0;
    while ((await free()) === 0 && received < 60) {
      received += 1;
      await receive([`WAVE-GAP-${received}`]);
    }
    const start = await free();
    expect(start).toBe(1);
    expect(start).toBeLessThan(room());

    // Two laptops arrive: two more are free.
    const [deviceId] = await receive(['WAVE-DEV-1', 'WAVE-DEV-2']);
    expect(await free()).toBe(start + 2);

    // Another client is approved into the wave: one of them is promised.
    const other = await newClient();
    const approved = await t.request(`/api/clients/${other}/intake`, {
      method: 'PUT',
      body: approvedIntake({ waveId: roomiest.id, purposes: ['school'] }),
      cookie,
    });
    expect(approved.status).toBe(200);
    expect(await free()).toBe(start + 1);

    // Reserving a laptop for that client takes it out of stock and ends the promise: still one more.
    const reserved = await t.request(`/api/devices/${deviceId}/transitions`, {
      method: 'POST',
      body: { type: 'reserve', clientId: other },
      cookie,
    });
    expect(reserved.status).toBe(200);
    expect(await free()).toBe(start + 1);
  });
});

import { TRAJECTORY_STATUSES } from '@digipakket/domain';
import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { approvedIntake } from '../../roof/testing/approved-client';
import { userIdOf } from '../../roof/testing/demo-rows';
import type { TestApp } from '../../roof/testing/test-app';
import { runSignalSweep } from '../../tracks/signals/signals.sweep';

let t: TestApp;
let socialWorker: string;
let projectLead: string;
let socialWorkerId: string;
let waveId: string;
const made: Record<'referred' | 'approved' | 'reserved' | 'byLead', string> = {
  referred: '',
  approved: '',
  reserved: '',
  byLead: '',
};

const NAME = 'Filterproef';

async function register(cookie: string, suffix: string) {
  const res = await t.request('/api/clients', {
    method: 'POST',
    body: {
      fileNumber: `FLT-${suffix}`,
      firstName: 'Lotte',
      lastName: `${NAME}${suffix}`,
      preferredLanguage: 'nl',
    },
    cookie,
  });
  expect(res.status).toBe(201);
  return (await res.json()).client.id as string;
}

async function approve(clientId: string) {
  const res = await t.request(`/api/clients/${clientId}/intake`, {
    method: 'PUT',
    body: approvedIntake({ waveId, overrideReason: 'Proef van de filters' }),
    cookie: socialWorker,
  });
  expect(res.status).toBe(200);
}

type Listed = { items: { id: string; status: string }[]; total: number };

async function list(query: string, cookie = socialWorker): Promise<Listed> {
  const res = await t.request(`/api/clients?${query}`, { cookie });
  expect(res.status).toBe(200);
  return res.json();
}

const ids = (listed: Listed) => listed.items.map((item) => item.id).sort();

signedInAppForFile({ socialWorker: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, socialWorker } = started);
  socialWorkerId = await userIdOf(t.db, 'sociaal@ocmw-gent.demo');

  made.referred = await register(socialWorker, 'A');
  const { waves } = await (
    await t.request(`/api/clients/${made.referred}/intake`, { cookie: socialWorker })
  ).json();
  waveId = waves.at(-1).id;
  made.approved = await register(socialWorker, 'B');
  await approve(made.approved);
  made.reserved = await register(socialWorker, 'C');
  await approve(made.reserved);
  const batch = await (
    await t.request('/api/devices/batches', {
      method: 'POST',
      body: { model: 'Filterlaptop', serials: 'FLT-DEV-1' },
      cookie: socialWorker,
    })
  ).json();
  const reserved = await t.request(`/api/devices/${batch.devices[0].id}/transitions`, {
    method: 'POST',
    body: { type: 'reserve', clientId: made.reserved },
    cookie: socialWorker,
  });
  expect(reserved.status).toBe(200);
  // Not picked up for fifteen days: the sweep raises "laptop not picked up".
  t.clock.advance({ days: 15 });
  await runSignalSweep({ db: t.db, clock: t.clock, clientIds: [made.reserved] });
  // Fifteen days idle end every session: sign in again.
  ({ cookie: socialWorker } = await t.login({ email: 'sociaal@ocmw-gent.demo' }));
  ({ cookie: projectLead } = await t.login({ email: 'projectleider@ocmw-gent.demo' }));
  made.byLead = await register(projectLead, 'D');
});

describe('GET /api/clients filters', () => {
  it('narrows the list to one derived status, and combines with the search', async () => {
    expect(ids(await list(`q=${NAME}&status=approved`))).toEqual([made.approved]);
    expect(ids(await list(`q=${NAME}&status=device_reserved`))).toEqual([made.reserved]);
    const referred = await list(`q=${NAME}&status=referred`);
    expect(ids(referred)).toEqual([made.referred, made.byLead].sort());
    expect(referred.total).toBe(2);
    expect(referred.items.every((item) => item.status === 'referred')).toBe(true);
  });

  it('pages a status-filtered list with the total of the whole filtered list', async () => {
    const first = await list(`q=${NAME}&status=referred&limit=1&offset=0`);
    const second = await list(`q=${NAME}&status=referred&limit=1&offset=1`);
    expect(first.total).toBe(2);
    expect(second.total).toBe(2);
    expect([...ids(first), ...ids(second)].sort()).toEqual([made.referred, made.byLead].sort());
  });

  it('shows every client exactly once across the statuses, each with the status asked for', async () => {
    const all = await list('limit=100');
    let sum = 0;
    for (const status of TRAJECTORY_STATUSES) {
      const listed = await list(`status=${status}&limit=100`);
      expect(listed.items.every((item) => item.status === status)).toBe(true);
      sum += listed.total;
    }
    expect(sum).toBe(all.total);
  });

  it('narrows the list to the clients of a wave', async () => {
    expect(ids(await list(`q=${NAME}&waveId=${waveId}`))).toEqual([made.approved, made.reserved].sort());
    expect((await list(`q=${NAME}&waveId=wav_none`)).total).toBe(0);
  });

  it('narrows the list to clients with an open signal, of one kind or any', async () => {
    expect(ids(await list(`q=${NAME}&signal=device.pickup_overdue`))).toEqual([made.reserved]);
    expect(ids(await list(`q=${NAME}&signal=any`))).toEqual([made.reserved]);
    expect((await list(`q=${NAME}&signal=training.absent_twice`)).total).toBe(0);
  });

  it('narrows the list to the clients a social worker registered, or to my own', async () => {
    expect(ids(await list(`q=${NAME}&socialWorkerId=${socialWorkerId}`, projectLead))).toEqual(
      [made.referred, made.approved, made.reserved].sort(),
    );
    expect(ids(await list(`q=${NAME}&mine=1`, projectLead))).toEqual([made.byLead]);
    expect(ids(await list(`q=${NAME}&mine=1&status=approved`))).toEqual([made.approved]);
  });

  it('refuses an unknown status, signal kind or an unbounded page with 400', async () => {
    for (const query of [
      'status=lost',
      'signal=everything',
      'limit=1000',
      'mine=yes',
      `waveId=${'x'.repeat(65)}`,
    ]) {
      const res = await t.request(`/api/clients?${query}`, { cookie: socialWorker });
      expect(res.status, query).toBe(400);
    }
  });
});

describe('GET /api/social-workers', () => {
  it("lists the centre's social workers and project leads to filter by, not the admin", async () => {
    const res = await t.request('/api/social-workers', { cookie: socialWorker });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((item: { id: string }) => item.id)).toContain(socialWorkerId);
    expect(new Set(items.map((item: { role: string }) => item.role))).toEqual(
      new Set(['social_worker', 'project_lead']),
    );
  });
});

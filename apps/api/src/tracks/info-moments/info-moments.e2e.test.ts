import { describe, expect, it } from 'vitest';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { anotherTenant } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { numberedClient, registerApprovedClient } from '../../roof/testing/approved-client';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let sequence = 0;
let waveId: string;

/** Registers a client and approves them; `withoutInfo` changes the package to leave the info part out. */
async function approvedClient({ withoutInfo = false }: { withoutInfo?: boolean } = {}) {
  sequence += 1;
  return registerApprovedClient({
    t,
    cookie,
    client: numberedClient({ prefix: 'INF', n: sequence, firstName: 'Info', lastName: 'Moment' }),
    intake: {
      waveId,
      ...(withoutInfo
        ? {
            package: { cheques: 2, basicCourse: true, digibuddy: false, infoSession: false },
            packageChangeReason: 'Kreeg de uitleg al bij de vorige aanvraag',
          }
        : {}),
    },
  });
}

async function plan(capacity = 10, as = cookie) {
  const res = await t.request('/api/info-moments', {
    method: 'POST',
    body: { startsAt: '2026-03-10T14:00:00+01:00', place: 'Sociaal Huis, zaal 2', language: 'nl', capacity },
    cookie: as,
  });
  expect(res.status).toBe(201);
  return (await res.json()).moment.id as string;
}

const invite = (momentId: string, clientIds: string[], as = cookie) =>
  t.request(`/api/info-moments/${momentId}/invitations`, { method: 'POST', body: { clientIds }, cookie: as });
const mark = (momentId: string, clientId: string, attendance: 'attended' | 'absent', as = cookie) =>
  t.request(`/api/info-moments/${momentId}/invitations/${clientId}/attendance`, {
    method: 'POST',
    body: { attendance },
    cookie: as,
  });
const overview = async (clientId: string) =>
  (await t.request(`/api/clients/${clientId}/overview`, { cookie })).json();
const eligible = async (momentId: string) =>
  (
    (await (await t.request(`/api/info-moments/${momentId}/eligible-clients`, { cookie })).json())
      .clients as {
      id: string;
    }[]
  ).map((client) => client.id);

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  const { cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
  const { items: programmes } = await (await t.request('/api/programmes', { cookie: lead })).json();
  const res = await t.request('/api/waves', {
    method: 'POST',
    cookie: lead,
    body: {
      programmeId: programmes[0].id,
      name: 'Infomomenten',
      pickupFrom: '2026-03-01',
      pickupUntil: '2026-03-31',
      capacity: { laptops: 100, chequeHours: 400, trainingSeats: 100 },
      acceptOverflow: true,
    },
  });
  const planned = await res.json();
  expect(res.status, JSON.stringify(planned)).toBe(201);
  waveId = planned.plan.wave.id;
});

describe('an info moment', () => {
  it('closes the info part of the package for the client marked present, with the timeline and the audit', async () => {
    const clientId = await approvedClient();
    expect((await overview(clientId)).pendingTracks).toContain('info_session');
    const momentId = await plan();
    expect(await eligible(momentId)).toContain(clientId);

    const invited = await invite(momentId, [clientId]);
    expect(invited.status).toBe(201);
    const detail = await invited.json();
    expect(detail.moment).toMatchObject({
      capacity: 10,
      invited: 1,
      attended: 0,
      place: 'Sociaal Huis, zaal 2',
    });
    expect(detail.invitations).toEqual([expect.objectContaining({ clientId, attendance: 'invited' })]);
    expect(await eligible(momentId)).not.toContain(clientId);

    const marked = await mark(momentId, clientId, 'attended');
    expect(marked.status).toBe(200);
    expect((await marked.json()).moment).toMatchObject({ invited: 1, attended: 1 });

    const after = await overview(clientId);
    expect(after.pendingTracks).not.toContain('info_session');
    expect(after.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(
      expect.arrayContaining(['info_moment.invited', 'info_moment.attended']),
    );
    const info = await (await t.request(`/api/clients/${clientId}/info-moments`, { cookie })).json();
    expect(info).toMatchObject({
      state: 'given',
      oneToOne: false,
      invitations: [{ momentId, attendance: 'attended' }],
    });
    for (const action of ['info_moment.invite', 'info_moment.attendance']) {
      const rows = await auditRows(t.db, { clientId, action });
      expect(rows, action).toHaveLength(1);
    }
  });

  it('never takes back a presence, while an absence can be corrected to present', async () => {
    const [present, absent] = [await approvedClient(), await approvedClient()];
    const momentId = await plan();
    expect((await invite(momentId, [present, absent])).status).toBe(201);
    expect((await mark(momentId, present, 'attended')).status).toBe(200);
    const refused = await mark(momentId, present, 'absent');
    await expectRefusal(refused, { status: 409, code: 'info_moment.already_attended' });

    expect((await mark(momentId, absent, 'absent')).status).toBe(200);
    expect((await overview(absent)).pendingTracks).toContain('info_session');
    expect((await mark(momentId, absent, 'attended')).status).toBe(200);
    expect((await overview(absent)).pendingTracks).not.toContain('info_session');
  });

  it('never invites more clients than its capacity, all or none', async () => {
    const clients = [await approvedClient(), await approvedClient(), await approvedClient()];
    const momentId = await plan(2);
    const full = await invite(momentId, clients);
    expect(full.status).toBe(409);
    expect((await full.json()).error).toMatchObject({ code: 'info_moment.full', details: { free: 2 } });
    expect((await invite(momentId, clients.slice(0, 2))).status).toBe(201);
    const third = await invite(momentId, [clients[2]!]);
    expect((await third.json()).error).toMatchObject({ code: 'info_moment.full', details: { free: 0 } });
    // Inviting a client invited already changes nothing and takes no place.
    expect((await invite(momentId, [clients[0]!])).status).toBe(201);
  });

  it('holds its capacity when simultaneous invitations race for the last place', async () => {
    const clients = [await approvedClient(), await approvedClient(), await approvedClient()];
    const momentId = await plan(1);
    const answers = await Promise.all(clients.map((clientId) => invite(momentId, [clientId])));
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409, 409]);
    const detail = await (await t.request(`/api/info-moments/${momentId}`, { cookie })).json();
    expect(detail.invitations).toHaveLength(1);
  });

  it('invites only clients whose package includes the info part and who did not get it yet', async () => {
    const without = await approvedClient({ withoutInfo: true });
    const momentId = await plan();
    expect(await eligible(momentId)).not.toContain(without);
    const refused = await invite(momentId, [without]);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatchObject({
      code: 'info_moment.not_included',
      details: { clients: [{ clientId: without, code: 'info_moment.not_included' }] },
    });
    const unknown = await invite(momentId, ['cli_doesnotexist000000000']);
    expect(unknown.status).toBe(404);
  });
});

describe('info given one to one', () => {
  it('closes the info part of the package, once, and shows on the timeline', async () => {
    const clientId = await approvedClient();
    const res = await t.request(`/api/clients/${clientId}/info-moments/one-to-one`, {
      method: 'POST',
      cookie,
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ state: 'given', oneToOne: true });
    const after = await overview(clientId);
    expect(after.pendingTracks).not.toContain('info_session');
    expect(after.timeline.map((entry: { kind: string }) => entry.kind)).toContain('info_moment.one_to_one');
    const again = await t.request(`/api/clients/${clientId}/info-moments/one-to-one`, {
      method: 'POST',
      cookie,
    });
    expect((await again.json()).error.code).toBe('info_moment.already_given');
    const momentId = await plan();
    expect(await eligible(momentId)).not.toContain(clientId);
  });

  it('is refused for a package without the info part', async () => {
    const clientId = await approvedClient({ withoutInfo: true });
    const res = await t.request(`/api/clients/${clientId}/info-moments/one-to-one`, {
      method: 'POST',
      cookie,
    });
    await expectRefusal(res, { status: 409, code: 'info_moment.not_included' });
  });
});

describe('who may use info moments', () => {
  it('is the caseworkers: partners and the admin are refused', async () => {
    const momentId = await plan();
    const clientId = await approvedClient();
    const { cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' });
    expect((await invite(momentId, [clientId], lead)).status).toBe(201);
    for (const email of [
      'admin@ocmw-gent.demo',
      'coordinator@beego.demo',
      'student@beego.demo',
      'coordinator@ligo.demo',
      'lesgever@ligo.demo',
    ]) {
      const { cookie: other } = await t.login({ email });
      expect((await t.request('/api/info-moments', { cookie: other })).status, email).toBe(403);
      expect((await t.request(`/api/info-moments/${momentId}`, { cookie: other })).status, email).toBe(403);
      expect((await mark(momentId, clientId, 'attended', other)).status, email).toBe(403);
      expect(
        (
          await t.request(`/api/clients/${clientId}/info-moments/one-to-one`, {
            method: 'POST',
            cookie: other,
          })
        ).status,
        email,
      ).toBe(403);
    }
  });

  it("answers another tenant's moment like a missing one", async () => {
    const seed = createSeedBuilder({ db: t.db });
    const tenant = await anotherTenant(seed);
    const [other] = await seed.infoMoments([
      {
        tenantId: tenant.id,
        startsAt: new Date('2026-03-10T13:00:00Z'),
        place: 'Elders',
        language: 'nl',
        capacity: 5,
      },
    ]);
    const clientId = await approvedClient();
    const missing = 'imo_0000000000000000000000';
    for (const id of [other!.id, missing]) {
      const res = await t.request(`/api/info-moments/${id}`, { cookie });
      await expectRefusal(res, { status: 404, code: 'info_moment.not_found' });
      expect((await invite(id, [clientId])).status).toBe(404);
      expect((await mark(id, clientId, 'attended')).status).toBe(404);
    }
    const { moments } = await (await t.request('/api/info-moments', { cookie })).json();
    expect(moments.map((moment: { id: string }) => moment.id)).not.toContain(other!.id);
  });
});

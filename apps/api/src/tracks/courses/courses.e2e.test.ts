import { describe, expect, it } from 'vitest';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { CHOSEN_PASSWORD, loginFirstTime, signInNewAccount } from '../../roof/testing/first-login';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let coordinator: string;
let socialWorker: string;
let programmeId: string;
let clientIds: string[];
let otherOrgCoordinator: string;

signedInAppForFile(
  { coordinator: 'coordinator@ligo.demo', socialWorker: 'sociaal@ocmw-gent.demo' },
  async (started) => {
    ({ t, coordinator, socialWorker } = started);
    const programmes = await (await t.request('/api/training/programmes', { cookie: coordinator })).json();
    programmeId = programmes.items[0].id;
    const clients = await t.db.select({ id: clientsTable.id }).from(clientsTable).limit(3);
    clientIds = clients.map((client) => client.id);
    const [other] = await t.db
      .insert(organisationsTable)
      .values({ kind: 'training', name: 'Andere basiseducatie', tenantId: null })
      .returning();
    otherOrgCoordinator = await signInNewAccount({
      t,
      email: 'coord@andere.test',
      organisationRef: other!.id,
      role: 'coordinator',
      displayName: 'Andere',
    });
  },
);

const post = (path: string, body: unknown, cookie = coordinator) =>
  t.request(path, { method: 'POST', body, cookie });

describe('locations and teachers', () => {
  it('adds and changes a location with accessibility and directions', async () => {
    const res = await post('/api/training/locations', {
      name: 'Bibliotheek De Krook',
      street: 'Miriam Makebaplein 1',
      postcode: '9000',
      city: 'Gent',
      accessibility: 'Rolstoeltoegankelijk, lift naar verdieping 2',
      directions: 'Tram 1 halte Korenmarkt, 5 minuten wandelen',
    });
    expect(res.status).toBe(201);
    const { location } = await res.json();
    const changed = await t.request(`/api/training/locations/${location.id}`, {
      method: 'PUT',
      cookie: coordinator,
      body: { name: 'De Krook — lokaal 2.1', accessibility: 'Lift' },
    });
    expect((await changed.json()).location).toMatchObject({
      name: 'De Krook — lokaal 2.1',
      accessibility: 'Lift',
      street: null,
    });
    const list = await (await t.request('/api/training/locations', { cookie: coordinator })).json();
    expect(list.items.map((item: { name: string }) => item.name)).toContain('De Krook — lokaal 2.1');
    const foreign = await t.request(`/api/training/locations/${location.id}`, {
      method: 'PUT',
      cookie: otherOrgCoordinator,
      body: { name: 'Overgenomen' },
    });
    expect(foreign.status).toBe(404);
  });

  it('invites a teacher with a link shown once, and deactivating ends their sessions', async () => {
    const res = await post('/api/training/teachers', {
      email: 'nieuw@ligo.test',
      displayName: 'Nieuwe lesgever',
    });
    expect(res.status).toBe(201);
    const { teacher, link } = await res.json();
    expect(link.url).toMatch(/\/ligo\/link#/);
    const { cookie } = await loginFirstTime({ t, email: 'nieuw@ligo.test', link });
    expect((await t.request('/api/training/sessions/mine', { cookie })).status).toBe(200);
    const list = await (await t.request('/api/training/teachers', { cookie: coordinator })).json();
    expect(list.items.find((item: { id: string }) => item.id === teacher.id)).not.toHaveProperty('link');

    const off = await post(`/api/training/teachers/${teacher.id}/deactivate`, undefined);
    expect(off.status).toBe(200);
    expect((await off.json()).teacher.active).toBe(false);
    expect((await t.request('/api/training/sessions/mine', { cookie })).status).toBe(401);
    const again = await t.request('/api/auth/login', {
      method: 'POST',
      body: { email: 'nieuw@ligo.test', password: CHOSEN_PASSWORD },
    });
    expect(again.status).not.toBe(200);
  });

  it('refuses a teacher of another organisation and an e-mail already in use', async () => {
    const list = await (await t.request('/api/training/teachers', { cookie: coordinator })).json();
    const koen = list.items.find((item: { email: string }) => item.email === 'lesgever@ligo.demo');
    expect(
      (await post(`/api/training/teachers/${koen.id}/deactivate`, undefined, otherOrgCoordinator)).status,
    ).toBe(404);
    const taken = await post('/api/training/teachers', {
      email: 'lesgever@ligo.demo',
      displayName: 'Dubbel',
    });
    expect(taken.status).toBe(409);
  });

  it('keeps these pages from teachers', async () => {
    const { cookie } = await t.login({ email: 'lesgever@ligo.demo' });
    expect((await t.request('/api/training/groups', { cookie })).status).toBe(403);
    expect((await t.request('/api/training/teachers', { cookie })).status).toBe(403);
  });
});

describe('a course from group to referral', () => {
  it('creates a group, plans three mornings, fills it, waitlists, derives completion and records referrals', async () => {
    const teachers = await (await t.request('/api/training/teachers', { cookie: coordinator })).json();
    const koen = teachers.items.find((item: { email: string }) => item.email === 'lesgever@ligo.demo');
    const locations = await (await t.request('/api/training/locations', { cookie: coordinator })).json();
    const created = await post('/api/training/groups', {
      name: 'Basis digitaal — groep D',
      programmeId,
      locationId: locations.items[0].id,
      teacherUserId: koen.id,
      languageSupport: ['nl', 'ar'],
      capacity: 2,
    });
    expect(created.status).toBe(201);
    const { group } = await created.json();
    expect(group).toMatchObject({ basicSessions: 3, sessionCount: 0, teacherName: 'Koen Maes', capacity: 2 });

    const planned = await post(`/api/training/groups/${group.id}/sessions`, {
      startDate: '2025-03-10',
      weekdays: [1, 3, 5],
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(planned.status).toBe(201);
    const { sessions } = await planned.json();
    expect(sessions.map((s: { date: string }) => s.date)).toEqual(['2025-03-10', '2025-03-12', '2025-03-14']);
    const twice = await post(`/api/training/groups/${group.id}/sessions`, {
      startDate: '2025-03-10',
      weekdays: [1],
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(twice.status).toBe(409);

    const enrolments: { id: string; status: string }[] = [];
    for (const clientId of clientIds) {
      const res = await post(
        '/api/training/enrolments',
        { clientId, groupId: group.id, confirmLanguageMismatch: true },
        socialWorker,
      );
      enrolments.push((await res.json()).enrolment);
    }
    expect(enrolments.map((e) => e.status)).toEqual(['enrolled', 'enrolled', 'waitlisted']);

    const { cookie: teacher } = await t.login({ email: 'lesgever@ligo.demo' });
    for (const [index, session] of sessions.slice(0, 2).entries()) {
      await t.request(`/api/training/sessions/${session.id}/attendance/${enrolments[0]!.id}`, {
        method: 'PUT',
        cookie: teacher,
        body: { status: index === 0 ? 'present' : 'late' },
      });
      await t.request(`/api/training/sessions/${session.id}/attendance/${enrolments[1]!.id}`, {
        method: 'PUT',
        cookie: teacher,
        body: { status: 'absent' },
      });
    }
    const moved = await t.request(`/api/training/sessions/${sessions[2].id}`, {
      method: 'PATCH',
      cookie: coordinator,
      body: { date: '2025-03-17', startTime: '13:30', endTime: '16:30' },
    });
    expect((await moved.json()).session).toMatchObject({
      date: '2025-03-17',
      startTime: '13:30',
      cancelled: false,
    });

    const detail = await (
      await t.request(`/api/training/groups/${group.id}`, { cookie: coordinator })
    ).json();
    expect(detail.learners.map((l: { status: string }) => l.status)).toEqual([
      'enrolled',
      'enrolled',
      'waitlisted',
    ]);
    const first = detail.learners.find((l: { enrolmentId: string }) => l.enrolmentId === enrolments[0]!.id);
    expect(first).toMatchObject({ attended: 2, required: 2, completed: true });
    const second = detail.learners.find((l: { enrolmentId: string }) => l.enrolmentId === enrolments[1]!.id);
    expect(second).toMatchObject({ attended: 0, completed: false, stillPossible: false });

    const referred = await t.request(`/api/training/enrolments/${enrolments[0]!.id}/referral`, {
      method: 'PUT',
      cookie: coordinator,
      body: { decision: 'referred', courseName: 'Computer — vervolgcursus' },
    });
    expect(referred.status).toBe(200);
    const notReferred = await t.request(`/api/training/enrolments/${enrolments[1]!.id}/referral`, {
      method: 'PUT',
      cookie: coordinator,
      body: { decision: 'not_referred', reason: 'Te vaak afwezig; eerst thuis oefenen' },
    });
    expect((await notReferred.json()).referral).toMatchObject({ decision: 'not_referred', courseName: null });
    const missing = await t.request(`/api/training/enrolments/${enrolments[1]!.id}/referral`, {
      method: 'PUT',
      cookie: coordinator,
      body: { decision: 'referred' },
    });
    expect(missing.status).toBe(400);
    const waitlisted = await t.request(`/api/training/enrolments/${enrolments[2]!.id}/referral`, {
      method: 'PUT',
      cookie: coordinator,
      body: { decision: 'not_referred', reason: 'x' },
    });
    expect((await waitlisted.json()).error.code).toBe('referral.not_enrolled');

    const forWelfare = await (
      await t.request(`/api/training/clients/${clientIds[0]}/enrolments`, { cookie: socialWorker })
    ).json();
    const mine = forWelfare.items.find((item: { id: string }) => item.id === enrolments[0]!.id);
    expect(mine).toMatchObject({
      completed: true,
      referral: { decision: 'referred', courseName: 'Computer — vervolgcursus' },
    });

    const bigger = await t.request(`/api/training/groups/${group.id}`, {
      method: 'PATCH',
      cookie: coordinator,
      body: { capacity: 3 },
    });
    expect((await bigger.json()).group).toMatchObject({ capacity: 3, enrolledCount: 3, waitlistCount: 0 });
    const smaller = await t.request(`/api/training/groups/${group.id}`, {
      method: 'PATCH',
      cookie: coordinator,
      body: { capacity: 1 },
    });
    expect((await smaller.json()).error.code).toBe('enrolment.capacity_below_enrolled');

    const cancelled = await t.request(`/api/training/sessions/${sessions[2].id}`, {
      method: 'PATCH',
      cookie: coordinator,
      body: { cancelled: true },
    });
    expect((await cancelled.json()).session.cancelled).toBe(true);
  });

  it("answers 404 for another organisation's group and session", async () => {
    const groups = await (await t.request('/api/training/groups', { cookie: coordinator })).json();
    const groupId = groups.items[0].id;
    expect((await t.request(`/api/training/groups/${groupId}`, { cookie: otherOrgCoordinator })).status).toBe(
      404,
    );
    const detail = await (await t.request(`/api/training/groups/${groupId}`, { cookie: coordinator })).json();
    const patch = await t.request(`/api/training/sessions/${detail.sessions[0].id}`, {
      method: 'PATCH',
      cookie: otherOrgCoordinator,
      body: { cancelled: true },
    });
    expect(patch.status).toBe(404);
    const create = await post(
      '/api/training/groups',
      { name: 'Kaping', programmeId, capacity: 5 },
      otherOrgCoordinator,
    );
    expect(create.status).toBe(404);
  });

  it("answers 404 to the welfare centre for another tenant's client enrolments", async () => {
    const res = await t.request('/api/training/clients/cli_doesnotexist00000000/enrolments', {
      cookie: socialWorker,
    });
    expect(res.status).toBe(404);
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_CHEQUE_CODES } from '../../roof/demo/demo.seed';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { userIdOf } from '../../roof/testing/demo-rows';
import { loginFirstTime } from '../../roof/testing/first-login';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';
import { insertOtherTenantCheque } from './visits.test-data';

let t: TestApp;
let coordinator: string;
let student: string;
let studentId: string;
signedInAppForFile(
  { coordinator: 'coordinator@beego.demo', student: 'student@beego.demo' },
  async (started) => {
    ({ t, coordinator, student } = started);
    studentId = await userIdOf(t.db, 'student@beego.demo');
  },
);

async function chequeOf(code: string) {
  const [row] = await t.db.select().from(chequesTable).where(eq(chequesTable.code, code));
  return row!;
}

// Tomorrow at 18:00 in Gent, after the demo student's last visit of the day (15:30): no clash.
const tomorrow = '2025-03-13T17:00:00.000Z';

describe('GET /api/visits/queue', () => {
  it('lists requested cheques and unplanned installation cheques, oldest first, with how long they waited', async () => {
    const res = await t.request('/api/visits/queue', { cookie: coordinator });
    expect(res.status).toBe(200);
    const queue = await res.json();
    expect(queue.items.length).toBeGreaterThan(0);
    expect(
      queue.items.every((item: { status: string }) => ['issued', 'requested'].includes(item.status)),
    ).toBe(true);
    const since = queue.items.map((item: { waitingSince: string }) => item.waitingSince);
    expect(since).toEqual([...since].sort());
    const requested = await chequeOf(DEMO_CHEQUE_CODES.requested);
    expect(queue.items.find((item: { chequeId: string }) => item.chequeId === requested.id)).toMatchObject({
      status: 'requested',
      purpose: 'free',
      tenantName: 'OCMW Gent (demo)',
      daysWaiting: expect.any(Number),
    });
    expect(queue.tenants).toEqual([{ id: requested.tenantId, name: 'OCMW Gent (demo)' }]);
    expect(queue.scheduled.length).toBe(6);
  });

  it('filters by purpose, language, neighbourhood, tenant and cheque', async () => {
    const free = await (await t.request('/api/visits/queue?purpose=free', { cookie: coordinator })).json();
    expect(free.items.every((item: { purpose: string }) => item.purpose === 'free')).toBe(true);
    const first = free.items[0];
    const byLanguage = await (
      await t.request(`/api/visits/queue?language=${first.language}`, { cookie: coordinator })
    ).json();
    expect(byLanguage.items.every((item: { language: string }) => item.language === first.language)).toBe(
      true,
    );
    const one = await (
      await t.request(`/api/visits/queue?chequeId=${first.chequeId}`, { cookie: coordinator })
    ).json();
    expect(one.items.map((item: { chequeId: string }) => item.chequeId)).toEqual([first.chequeId]);
    const none = await (
      await t.request('/api/visits/queue?tenantId=ten_nothing', { cookie: coordinator })
    ).json();
    expect(none.items).toEqual([]);
    const nowhere = await (
      await t.request('/api/visits/queue?neighbourhood=Nergens', { cookie: coordinator })
    ).json();
    expect(nowhere.items).toEqual([]);
  });

  it("never shows another tenant's cheques and is refused to students", async () => {
    const { chequeId } = await insertOtherTenantCheque({ db: t.db });
    const queue = await (await t.request('/api/visits/queue', { cookie: coordinator })).json();
    expect(queue.items.some((item: { chequeId: string }) => item.chequeId === chequeId)).toBe(false);
    expect((await t.request('/api/visits/queue', { cookie: student })).status).toBe(403);
  });
});

/** The coordinator plans the visit of a cheque: a student and an appointment. */
const assign = (chequeId: string, body: { studentId: string; appointmentAt: string }) =>
  t.request(`/api/visits/${chequeId}/assign`, { method: 'POST', cookie: coordinator, body });

describe('planning visits', () => {
  it('assigns a requested cheque to a student with an appointment, and the student sees it', async () => {
    const cheque = await chequeOf(DEMO_CHEQUE_CODES.requested);
    const res = await assign(cheque.id, { studentId, appointmentAt: tomorrow });
    expect(res.status).toBe(200);
    expect((await res.json()).visit).toMatchObject({ status: 'scheduled', appointmentAt: tomorrow });
    const mine = await (await t.request('/api/visits/mine', { cookie: student })).json();
    expect(mine.items.some((item: { chequeId: string }) => item.chequeId === cheque.id)).toBe(true);
    const detail = await t.request(`/api/visits/${cheque.id}`, { cookie: student });
    expect(detail.status).toBe(200);
    expect((await detail.json()).visit).toMatchObject({ clientName: expect.any(String), visit: null });
  });

  it('refuses to assign an already planned cheque, a past appointment and an unknown student', async () => {
    const cheque = await chequeOf(DEMO_CHEQUE_CODES.requested);
    const again = await assign(cheque.id, { studentId, appointmentAt: tomorrow });
    expect(again.status).toBe(409);
    const other = await chequeOf(DEMO_CHEQUE_CODES.requestedOther);
    const past = await assign(other.id, { studentId, appointmentAt: '2025-03-01T09:00:00.000Z' });
    expect([past.status, (await past.json()).error.code]).toEqual([400, 'cheque.schedule_in_past']);
    const unknown = await assign(other.id, { studentId: 'usr_nobody', appointmentAt: tomorrow });
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([404, 'student.not_found']);
  });

  it('reschedules a planned visit and records a no-show that puts the cheque back in the queue', async () => {
    const cheque = await chequeOf(DEMO_CHEQUE_CODES.requested);
    const moved = await t.request(`/api/visits/${cheque.id}/reschedule`, {
      method: 'POST',
      cookie: coordinator,
      body: { studentId, appointmentAt: '2025-03-14T13:00:00.000Z' },
    });
    expect(moved.status).toBe(200);
    expect((await moved.json()).visit.appointmentAt).toBe('2025-03-14T13:00:00.000Z');
    const noShow = await t.request(`/api/visits/${cheque.id}/no-show`, {
      method: 'POST',
      cookie: coordinator,
      body: {},
    });
    expect(noShow.status).toBe(200);
    expect((await noShow.json()).visit).toMatchObject({
      status: 'requested',
      appointmentAt: null,
      studentName: null,
    });
    const timeline = await auditRows(t.db, { clientId: cheque.clientId, action: 'cheque.no_show' });
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.tenantId).toBe(cheque.tenantId);
    const twice = await t.request(`/api/visits/${cheque.id}/no-show`, {
      method: 'POST',
      cookie: coordinator,
      body: {},
    });
    expect(twice.status).toBe(409);
  });

  it("answers another tenant's cheque like a missing one, and refuses students", async () => {
    const { chequeId } = await insertOtherTenantCheque({ db: t.db });
    const res = await assign(chequeId, { studentId, appointmentAt: tomorrow });
    expect([res.status, (await res.json()).error.code]).toEqual([404, 'cheque.not_found']);
    expect((await t.request(`/api/visits/${chequeId}`, { cookie: coordinator })).status).toBe(404);
    const asStudent = await t.request(`/api/visits/${chequeId}/no-show`, {
      method: 'POST',
      cookie: student,
      body: {},
    });
    expect(asStudent.status).toBe(403);
  });
});

describe('GET /api/visits/:chequeId', () => {
  it("hides another student's visit from a student, and audits each read", async () => {
    const cheque = await chequeOf(DEMO_CHEQUE_CODES.plannedTomorrow);
    const invited = await t.request('/api/visits/students', {
      method: 'POST',
      cookie: coordinator,
      body: { email: 'andere.student@beego.demo', displayName: 'Andere Student' },
    });
    const other = await loginFirstTime({
      t,
      email: 'andere.student@beego.demo',
      link: (await invited.json()).link,
    });
    const res = await t.request(`/api/visits/${cheque.id}`, { cookie: other.cookie });
    expect([res.status, (await res.json()).error.code]).toEqual([404, 'visit.not_found']);
    expect((await t.request(`/api/visits/${cheque.id}`, { cookie: coordinator })).status).toBe(200);
    const reads = await auditRows(t.db, { action: 'visit.read', resource: `cheque:${cheque.id}` });
    expect(reads.map((row) => row.outcome).sort()).toEqual(['denied', 'success']);
  });
});

describe('students', () => {
  it('invites a student with a link shown once, lists and deactivates them, ending their sessions', async () => {
    const invited = await t.request('/api/visits/students', {
      method: 'POST',
      cookie: coordinator,
      body: { email: 'nieuwe.student@beego.demo', displayName: 'Nieuwe Student' },
    });
    expect(invited.status).toBe(201);
    const { student: created, link } = await invited.json();
    expect(link.url).toMatch(/\/beego\/link#[A-Za-z0-9_-]{43}$/);
    expect(link.qrSvg).toMatch(/^<svg/);
    const session = await loginFirstTime({ t, email: 'nieuwe.student@beego.demo', link });
    expect((await t.request('/api/visits/mine', { cookie: session.cookie })).status).toBe(200);

    const list = await (await t.request('/api/visits/students', { cookie: coordinator })).json();
    expect(list.items.find((item: { id: string }) => item.id === created.id)).toMatchObject({ active: true });
    expect(list.items.find((item: { id: string }) => item.id === studentId).upcomingVisits).toBeGreaterThan(
      0,
    );
    expect(JSON.stringify(list)).not.toContain(link.url.split('#')[1]);

    const off = await t.request(`/api/visits/students/${created.id}/deactivate`, {
      method: 'POST',
      cookie: coordinator,
    });
    expect(off.status).toBe(204);
    expect((await t.request('/api/visits/mine', { cookie: session.cookie })).status).toBe(401);
  });

  it('refuses a taken e-mail address, extra fields, and users of other organisations', async () => {
    const taken = await t.request('/api/visits/students', {
      method: 'POST',
      cookie: coordinator,
      body: { email: 'student@beego.demo', displayName: 'Dubbel' },
    });
    expect([taken.status, (await taken.json()).error.code]).toEqual([409, 'student.email_taken']);
    const extra = await t.request('/api/visits/students', {
      method: 'POST',
      cookie: coordinator,
      body: { email: 'x@beego.demo', displayName: 'X', role: 'coordinator' },
    });
    expect(extra.status).toBe(400);
    const teacherId = await userIdOf(t.db, 'lesgever@ligo.demo');
    const foreign = await t.request(`/api/visits/students/${teacherId}/deactivate`, {
      method: 'POST',
      cookie: coordinator,
    });
    expect(foreign.status).toBe(404);
    expect((await t.request('/api/visits/students', { cookie: student })).status).toBe(403);
  });
});

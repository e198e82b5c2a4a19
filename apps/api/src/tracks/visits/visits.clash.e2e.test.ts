import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { userIdOf } from '../../roof/testing/demo-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';

let t: TestApp;
let coordinator: string;
let studentId: string;
let waiting: { chequeId: string; clientName: string; clientId: string }[];

signedInAppForFile({ coordinator: 'coordinator@beego.demo' }, async (started) => {
  ({ t, coordinator } = started);
  studentId = await userIdOf(t.db, 'student@beego.demo');
  const queue = await (await t.request('/api/visits/queue', { cookie: coordinator })).json();
  const ids = queue.items.map((item: { chequeId: string }) => item.chequeId).slice(0, 5) as string[];
  const cheques = await t.db
    .select({ id: chequesTable.id, clientId: chequesTable.clientId })
    .from(chequesTable)
    .where(inArray(chequesTable.id, ids));
  waiting = ids.map((chequeId) => ({
    chequeId,
    clientId: cheques.find((cheque) => cheque.id === chequeId)!.clientId,
    clientName: queue.items.find((item: { chequeId: string }) => item.chequeId === chequeId).clientName,
  }));
  // Two of them live at opposite ends of Gent, one is not located.
  await t.db
    .update(clientsTable)
    .set({ lat: 51.0545, lon: 3.7215 })
    .where(eq(clientsTable.id, waiting[0]!.clientId));
  await t.db
    .update(clientsTable)
    .set({ lat: 51.0058, lon: 3.7103 })
    .where(eq(clientsTable.id, waiting[1]!.clientId));
  await t.db
    .update(clientsTable)
    .set({ lat: null, lon: null })
    .where(eq(clientsTable.id, waiting[2]!.clientId));
});

function assign(chequeId: string, body: Record<string, unknown>) {
  return t.request(`/api/visits/${chequeId}/assign`, { method: 'POST', cookie: coordinator, body });
}

describe('a clash in the student planning', () => {
  it('warns when the student already has a visit at that hour elsewhere, and plans only when confirmed', async () => {
    const first = await assign(waiting[0]!.chequeId, {
      studentId,
      appointmentAt: '2025-03-20T09:00:00.000Z',
    });
    expect(first.status).toBe(200);
    const clash = await assign(waiting[1]!.chequeId, {
      studentId,
      appointmentAt: '2025-03-20T09:30:00.000Z',
    });
    const error = await expectRefusal(clash, { status: 409, code: 'visit.clash' });
    expect(error.details.clashes).toEqual([
      {
        chequeId: waiting[0]!.chequeId,
        clientName: waiting[0]!.clientName,
        appointmentAt: '2025-03-20T09:00:00.000Z',
        kind: 'overlap',
        gapMinutes: -30,
        neededMinutes: expect.any(Number),
      },
    ]);
    const [still] = await t.db.select().from(chequesTable).where(eq(chequesTable.id, waiting[1]!.chequeId));
    expect(still!.status).not.toBe('scheduled');

    const confirmed = await assign(waiting[1]!.chequeId, {
      studentId,
      appointmentAt: '2025-03-20T09:30:00.000Z',
      confirmClash: true,
    });
    expect(confirmed.status).toBe(200);
    expect((await confirmed.json()).visit.status).toBe('scheduled');
  });

  it('warns when there is too little time to cross town between two visits, by the homes when known', async () => {
    // From the centre to Zwijnaarde (about 5.5 km) takes more than the ten minutes left after 13:00-14:00.
    const moved = await t.request(`/api/visits/${waiting[0]!.chequeId}/reschedule`, {
      method: 'POST',
      cookie: coordinator,
      body: { studentId, appointmentAt: '2025-03-21T13:00:00.000Z' },
    });
    expect(moved.status).toBe(200);
    const tooSoon = await t.request(`/api/visits/${waiting[1]!.chequeId}/reschedule`, {
      method: 'POST',
      cookie: coordinator,
      body: { studentId, appointmentAt: '2025-03-21T14:10:00.000Z' },
    });
    expect(tooSoon.status).toBe(409);
    const { error } = await tooSoon.json();
    expect(error.details.clashes).toMatchObject([{ kind: 'travel', gapMinutes: 10 }]);
    expect(error.details.clashes[0].neededMinutes).toBeGreaterThan(10);

    const later = await t.request(`/api/visits/${waiting[1]!.chequeId}/reschedule`, {
      method: 'POST',
      cookie: coordinator,
      body: { studentId, appointmentAt: '2025-03-21T15:00:00.000Z' },
    });
    expect(later.status).toBe(200);
  });

  it('keeps a fixed buffer when a home is not known, and says nothing for visits far enough apart', async () => {
    const tight = await assign(waiting[2]!.chequeId, {
      studentId,
      appointmentAt: '2025-03-21T16:15:00.000Z',
    });
    expect(tight.status).toBe(409);
    expect((await tight.json()).error.details.clashes).toMatchObject([
      { chequeId: waiting[1]!.chequeId, kind: 'travel', gapMinutes: 15, neededMinutes: 30 },
    ]);
    const apart = await assign(waiting[2]!.chequeId, {
      studentId,
      appointmentAt: '2025-03-21T16:30:00.000Z',
    });
    expect(apart.status).toBe(200);
  });
});

describe('the queue for the coordinator', () => {
  it("holds each waiting client's phone number, to call and agree on a time", async () => {
    const queue = await (await t.request('/api/visits/queue', { cookie: coordinator })).json();
    expect(queue.items.length).toBeGreaterThan(0);
    for (const item of queue.items) expect(item).toHaveProperty('phone');
    const [client] = await t.db
      .select({ phone: clientsTable.phone })
      .from(clientsTable)
      .innerJoin(chequesTable, eq(chequesTable.clientId, clientsTable.id))
      .where(eq(chequesTable.id, queue.items[0].chequeId));
    expect(queue.items[0].phone).toBe(client!.phone);
  });
});

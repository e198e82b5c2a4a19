import { renderMessage } from '@digipakket/domain';
import { and, asc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withSystemScope, withTransaction } from '../../ground/database/database';
import { clientsTable } from '../../records/clients/clients.tables';
import { devicesTable } from '../../records/devices/devices.tables';
import { DEMO_CHEQUE_CODES } from '../../roof/demo/demo.seed';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { userIdOf } from '../../roof/testing/demo-rows';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';
import { courseSessionsTable, enrolmentsTable } from '../training/training.tables';
import { planAppointmentMessages } from './messages.outbox';
import { messagesTable } from './messages.tables';

let t: TestApp;
let welfare: string;
let beego: string;
let ligo: string;
let studentId: string;
let cheque: typeof chequesTable.$inferSelect;
let language: string;

signedInAppForFile(
  { welfare: 'sociaal@ocmw-gent.demo', beego: 'coordinator@beego.demo', ligo: 'coordinator@ligo.demo' },
  async (started) => {
    ({ t, welfare, beego, ligo } = started);
    studentId = await userIdOf(t.db, 'student@beego.demo');
    [cheque] = (await t.db
      .select()
      .from(chequesTable)
      .where(eq(chequesTable.code, DEMO_CHEQUE_CODES.requested))) as [typeof chequesTable.$inferSelect];
    const [client] = await t.db.select().from(clientsTable).where(eq(clientsTable.id, cheque.clientId));
    language = client!.preferredLanguage;
  },
);

const messagesOf = (subject: string) =>
  t.db
    .select()
    .from(messagesTable)
    .where(eq(messagesTable.subject, subject))
    .orderBy(asc(messagesTable.createdAt), asc(messagesTable.sendAfter));

const contact = (body: unknown) =>
  t.request(`/api/clients/${cheque.clientId}/contact`, { method: 'PUT', cookie: welfare, body });

describe('consent per channel', () => {
  it('records consent with the date and who recorded it, and the preferred channel', async () => {
    const res = await contact({
      phone: '+32 470 12 34 56',
      consents: { sms: true, letter: true },
      preferredChannel: 'sms',
    });
    expect(res.status).toBe(200);
    const { contact: saved } = await res.json();
    expect(saved).toMatchObject({
      phone: '+32 470 12 34 56',
      preferredChannel: 'sms',
      effectiveChannel: 'sms',
      consents: {
        sms: { consented: true, recordedAt: t.clock.now().toISOString(), recordedByName: expect.any(String) },
        email: null,
      },
    });
    const read = await (
      await t.request(`/api/clients/${cheque.clientId}/contact`, { cookie: welfare })
    ).json();
    expect(read.contact).toEqual(saved);
  });

  it('is not for partners', async () => {
    const res = await t.request(`/api/clients/${cheque.clientId}/contact`, { cookie: beego });
    expect(res.status).toBe(403);
  });
});

describe('reminders of a home-help visit', () => {
  const subject = () => `cheque:${cheque.id}`;
  /** Beego plans the visit of the cheque at `appointmentAt`, or moves it there. */
  const planVisit = (action: 'assign' | 'reschedule', appointmentAt: string) =>
    t.request(`/api/visits/${cheque.id}/${action}`, {
      method: 'POST',
      cookie: beego,
      body: { studentId, appointmentAt, confirmClash: true },
    });

  it('queues the reminders 5 and 1 days before, by SMS, in the client’s language, in the planning transaction', async () => {
    const res = await planVisit('assign', '2025-03-18T16:00:00.000Z');
    expect(res.status).toBe(200);
    const rows = await messagesOf(subject());
    expect(
      rows.map((row) => [row.kind, row.daysBefore, row.channel, row.status, row.sendAfter.toISOString()]),
    ).toEqual([
      ['visit_reminder', 5, 'sms', 'queued', '2025-03-13T16:00:00.000Z'],
      ['visit_reminder', 1, 'sms', 'queued', '2025-03-17T16:00:00.000Z'],
    ]);
    const expected = renderMessage({
      kind: 'visit_reminder',
      language,
      values: { from: 'Beego', date: '18/03', time: '17:00' },
    });
    expect(rows[0]!.language).toBe(expected.language);
    expect(rows[0]!.body).toBe(expected.text);
    expect(rows[0]!.recipient).toBe('+32 470 12 34 56');
  });

  it('writes the same reminders once when the same plan is written again', async () => {
    const [row] = await messagesOf(subject());
    await withSystemScope({
      work: () =>
        withTransaction({
          db: t.db,
          work: (tx) =>
            planAppointmentMessages({
              db: tx,
              kind: 'visit',
              subject: subject(),
              orgId: row!.orgId,
              orgName: 'Beego',
              programmeId: cheque.programmeId,
              clientIds: [cheque.clientId],
              startsAt: new Date('2025-03-18T16:00:00.000Z'),
              now: t.clock.now(),
              timeZone: t.config.timeZone,
            }),
        }),
    });
    expect(await messagesOf(subject())).toHaveLength(2);
  });

  it('withdraws the reminders not yet sent when the visit moves, tells the client at once and queues new ones', async () => {
    const res = await planVisit('reschedule', '2025-03-20T16:00:00.000Z');
    expect(res.status).toBe(200);
    const rows = await messagesOf(subject());
    const summary = rows.map((row) => [row.kind, row.daysBefore, row.status, row.reason]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['visit_reminder', 5, 'withdrawn', 'visit.moved'],
        ['visit_reminder', 1, 'withdrawn', 'visit.moved'],
        ['visit_moved', 0, 'queued', null],
        ['visit_reminder', 5, 'queued', null],
        ['visit_reminder', 1, 'queued', null],
      ]),
    );
    expect(rows).toHaveLength(5);
    expect(rows.find((row) => row.kind === 'visit_moved')!.body).toContain('20/03');
  });

  it('withdraws the queued SMS at once when the client refuses SMS, and queues them by e-mail when agreed', async () => {
    const res = await contact({ email: 'client@example.org', consents: { sms: false, email: true } });
    expect(res.status).toBe(200);
    expect((await res.json()).contact.effectiveChannel).toBe('email');
    const rows = await messagesOf(subject());
    const sms = rows.filter((row) => row.channel === 'sms');
    expect(sms.every((row) => row.status === 'withdrawn')).toBe(true);
    const email = rows.filter((row) => row.channel === 'email');
    expect(email.map((row) => [row.kind, row.status, row.recipient])).toEqual(
      expect.arrayContaining([
        ['visit_moved', 'queued', 'client@example.org'],
        ['visit_reminder', 'queued', 'client@example.org'],
      ]),
    );
    expect(email).toHaveLength(3);
  });

  it('shows the partner its own messages about the visit, and another partner none', async () => {
    const own = await t.request(`/api/messages?subject=${subject()}`, { cookie: beego });
    expect(own.status).toBe(200);
    expect((await own.json()).items.length).toBeGreaterThan(0);
    const other = await (await t.request(`/api/messages?subject=${subject()}`, { cookie: ligo })).json();
    expect(other.items).toEqual([]);
  });
});

describe('a cancelled cheque', () => {
  it('withdraws the reminders of its planned visit and tells the client the visit is off', async () => {
    const res = await t.request(`/api/cheques/${cheque.id}/cancel`, {
      method: 'POST',
      cookie: welfare,
      body: { reason: 'De cliënt verhuist' },
    });
    expect(res.status).toBe(200);
    const rows = await messagesOf(`cheque:${cheque.id}`);
    expect(rows.filter((row) => row.kind === 'visit_reminder' && row.status === 'queued')).toEqual([]);
    const notice = rows.find((row) => row.kind === 'visit_cancelled');
    expect(notice).toMatchObject({ status: 'queued', channel: 'email' });
    expect(notice!.body).toContain('20/03');
  });
});

describe('the laptop pickup', () => {
  it('queues reminders of the pickup appointment, from the programme, and withdraws them once the laptop is handed out', async () => {
    const [device] = await t.db
      .select({ id: devicesTable.id, clientId: devicesTable.holderClientId })
      .from(devicesTable)
      .where(and(eq(devicesTable.status, 'reserved'), isNotNull(devicesTable.holderClientId)))
      .limit(1);
    expect(device).toBeDefined();
    const booked = await t.request(`/api/devices/${device!.id}/pickup`, {
      method: 'PUT',
      cookie: welfare,
      body: { pickupAt: '2025-03-19T09:00:00.000Z' },
    });
    expect(booked.status).toBe(200);
    const queued = await messagesOf(`device:${device!.id}`);
    expect(queued.map((row) => [row.kind, row.daysBefore, row.status])).toEqual([
      ['pickup_reminder', 5, 'queued'],
      ['pickup_reminder', 1, 'queued'],
    ]);
    expect(queued[0]!.body.startsWith('Digipakket')).toBe(true);
    const handedOut = await t.request(`/api/devices/${device!.id}/transitions`, {
      method: 'POST',
      cookie: welfare,
      body: { type: 'hand_out', signatureMethod: 'paper' },
    });
    expect(handedOut.status).toBe(200);
    const after = await messagesOf(`device:${device!.id}`);
    expect(after.map((row) => [row.status, row.reason])).toEqual([
      ['withdrawn', 'pickup.handed_out'],
      ['withdrawn', 'pickup.handed_out'],
    ]);
  });
});

describe("the programme's reminder days", () => {
  it('sends reminders on the days the programme sets, and refuses a day out of range', async () => {
    const admin = (await t.login({ email: 'admin@ocmw-gent.demo' })).cookie;
    const path = `/api/programmes/${cheque.programmeId}/settings`;
    const { settings } = await (await t.request(path, { cookie: admin })).json();
    expect(settings.reminderDaysBefore).toEqual([5, 1]);
    const refused = await t.request(path, {
      method: 'PUT',
      cookie: admin,
      body: { ...settings, reminderDaysBefore: [45] },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('programme.reminder_days_before.out_of_range');
    const saved = await t.request(path, {
      method: 'PUT',
      cookie: admin,
      body: { ...settings, reminderDaysBefore: [2] },
    });
    expect(saved.status).toBe(200);
    const [other] = await t.db
      .select()
      .from(chequesTable)
      .where(and(eq(chequesTable.programmeId, cheque.programmeId!), eq(chequesTable.status, 'issued')))
      .limit(1);
    const res = await t.request(`/api/visits/${other!.id}/assign`, {
      method: 'POST',
      cookie: beego,
      body: { studentId, appointmentAt: '2025-03-25T16:00:00.000Z', confirmClash: true },
    });
    expect(res.status).toBe(200);
    const rows = await messagesOf(`cheque:${other!.id}`);
    expect(rows.map((row) => [row.kind, row.daysBefore])).toEqual([['visit_reminder', 2]]);
    await t.request(path, { method: 'PUT', cookie: admin, body: settings });
  });
});

describe('the client page', () => {
  it('shows each message on the timeline with its channel and status, for the welfare centre', async () => {
    const res = await t.request(`/api/clients/${cheque.clientId}/overview`, { cookie: welfare });
    expect(res.status).toBe(200);
    const overview = await res.json();
    const messages = overview.timeline.filter((entry: { kind: string }) => entry.kind.startsWith('message.'));
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'message.visit_reminder',
          detail: 'sms:withdrawn:visit.moved',
          organisationName: 'Beego',
        }),
        expect.objectContaining({ kind: 'message.visit_moved', detail: 'email:queued' }),
      ]),
    );
  });
});

describe('the access request (GDPR)', () => {
  it("lists the client's consents and messages under the welfare centre, and each partner's own under it", async () => {
    const lead = (await t.login({ email: 'projectleider@ocmw-gent.demo' })).cookie;
    const res = await t.request(`/api/clients/${cheque.clientId}/privacy-export`, { cookie: lead });
    expect(res.status).toBe(200);
    const exported = await res.json();
    const byKind = new Map(
      exported.organisations.map(
        (entry: { organisation: { kind: string }; data: Record<string, unknown[]> }) => [
          entry.organisation.kind,
          entry.data,
        ],
      ),
    ) as Map<string, Record<string, { channel?: string; orgId?: string }[]>>;
    const welfare = byKind.get('welfare')!;
    expect(welfare.contactConsents!.map((row) => row.channel).sort()).toEqual(['email', 'letter', 'sms']);
    expect(welfare.messages!.length).toBeGreaterThan(0);
    const homeHelp = byKind.get('home_help')!;
    expect(homeHelp.messages!.length).toBe(welfare.messages!.length);
  });
});

describe('notices of a training half-day', () => {
  it('tells every enrolled learner of a moved session and withdraws their reminders for the old moment', async () => {
    const [session] = await t.db
      .select({
        id: courseSessionsTable.id,
        groupId: courseSessionsTable.groupId,
        date: courseSessionsTable.date,
      })
      .from(courseSessionsTable)
      .innerJoin(enrolmentsTable, eq(enrolmentsTable.groupId, courseSessionsTable.groupId))
      .where(
        and(
          gt(courseSessionsTable.date, '2025-03-14'),
          isNull(courseSessionsTable.cancelledAt),
          eq(enrolmentsTable.status, 'enrolled'),
        ),
      )
      .orderBy(asc(courseSessionsTable.date))
      .limit(1);
    expect(session).toBeDefined();
    const learners = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(enrolmentsTable)
      .where(and(eq(enrolmentsTable.groupId, session!.groupId), eq(enrolmentsTable.status, 'enrolled')));
    const res = await t.request(`/api/training/sessions/${session!.id}`, {
      method: 'PATCH',
      cookie: ligo,
      body: { date: '2025-04-30' },
    });
    expect(res.status).toBe(200);
    const rows = await messagesOf(`course_session:${session!.id}`);
    const notices = rows.filter((row) => row.kind === 'lesson_moved');
    expect(notices.length).toBe(learners[0]!.n);
    expect(notices.every((row) => row.body.includes('30/04'))).toBe(true);
    const reminders = rows.filter((row) => row.kind === 'lesson_reminder' && row.status === 'queued');
    expect(reminders.every((row) => row.appointmentAt.toISOString().startsWith('2025-04-30'))).toBe(true);
  });
});

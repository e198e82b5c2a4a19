import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import type { TestApp } from '../../roof/testing/test-app';
import { runSignalSweep } from '../signals/signals.sweep';
import { signalsTable } from '../signals/signals.tables';

let t: TestApp;
let coordinator: string;
let socialWorker: string;
let clientIds: string[];
let sessions: { id: string; date: string }[];

signedInAppForFile(
  { coordinator: 'coordinator@ligo.demo', socialWorker: 'sociaal@ocmw-gent.demo' },
  async (started) => {
    ({ t, coordinator, socialWorker } = started);
    const programmes = await (await t.request('/api/training/programmes', { cookie: coordinator })).json();
    const created = await t.request('/api/training/groups', {
      method: 'POST',
      cookie: coordinator,
      body: {
        programmeId: programmes.items[0].id,
        name: 'Basis — verplaatsingen',
        capacity: 2,
        languageSupport: [],
      },
    });
    const { group } = await created.json();
    // The clock stands on Wednesday 12 March 2025, 09:00 in Brussels.
    const planned = await t.request(`/api/training/groups/${group.id}/sessions`, {
      method: 'POST',
      cookie: coordinator,
      body: { startDate: '2025-03-13', weekdays: [1, 4], startTime: '09:00', endTime: '12:00' },
    });
    ({ sessions } = await planned.json());
    const clients = await t.db.select({ id: clientsTable.id }).from(clientsTable).limit(2);
    clientIds = clients.map((client) => client.id);
    for (const clientId of clientIds) {
      await t.request('/api/training/enrolments', {
        method: 'POST',
        cookie: socialWorker,
        body: { clientId, groupId: group.id },
      });
    }
  },
);

const patch = (sessionId: string, body: unknown) =>
  t.request(`/api/training/sessions/${sessionId}`, { method: 'PATCH', cookie: coordinator, body });

describe('a session moved or cancelled reaches the welfare centre', () => {
  it("shows the move and the cancellation in the client's sessions and timeline, with who and which organisation", async () => {
    expect(sessions.map((session) => session.date)).toEqual(['2025-03-13', '2025-03-17', '2025-03-20']);
    expect(
      (await patch(sessions[0]!.id, { date: '2025-03-14', startTime: '13:00', endTime: '16:00' })).status,
    ).toBe(200);
    expect((await patch(sessions[2]!.id, { cancelled: true })).status).toBe(200);

    const view = await (
      await t.request(`/api/training/clients/${clientIds[0]}/enrolments`, { cookie: socialWorker })
    ).json();
    const [enrolment] = view.items;
    expect(enrolment.sessions).toEqual([
      expect.objectContaining({
        date: '2025-03-14',
        startTime: '13:00',
        status: 'moved',
        plannedDate: '2025-03-13',
        plannedStartTime: '09:00',
      }),
      expect.objectContaining({ date: '2025-03-17', status: 'planned', plannedDate: '2025-03-17' }),
      expect.objectContaining({ date: '2025-03-20', status: 'cancelled' }),
    ]);

    const overview = await (
      await t.request(`/api/clients/${clientIds[0]}/overview`, { cookie: socialWorker })
    ).json();
    const changes = overview.timeline.filter((entry: { kind: string }) =>
      entry.kind.startsWith('course_session.'),
    );
    expect(changes.map((entry: { kind: string }) => entry.kind).sort()).toEqual([
      'course_session.cancelled',
      'course_session.moved',
    ]);
    expect(changes[0]).toMatchObject({
      at: t.clock.now().toISOString(),
      organisationName: expect.any(String),
    });
    expect(changes[0].actorName).toBeTruthy();

    const audited = await t.db
      .select({ clientId: auditLogTable.clientId })
      .from(auditLogTable)
      .where(
        and(
          eq(auditLogTable.action, 'course_session.moved'),
          eq(auditLogTable.resource, `course_session:${sessions[0]!.id}`),
        ),
      );
    expect(audited.map((row) => row.clientId).sort()).toEqual([...clientIds].sort());
  });

  it('raises a follow-up signal for the welfare centre only for a change at short notice, until the day is over', async () => {
    await runSignalSweep({ db: t.db, clock: t.clock, clientIds });
    const raised = await t.db
      .select({ kind: signalsTable.kind, severity: signalsTable.severity, subjectId: signalsTable.subjectId })
      .from(signalsTable)
      .where(
        and(eq(signalsTable.clientId, clientIds[0]!), eq(signalsTable.kind, 'training.session_changed')),
      );
    // Moved the day before: urgent. Cancelled eight days ahead: the training partner's own business.
    expect(raised).toEqual([
      {
        kind: 'training.session_changed',
        severity: 'urgent',
        subjectId: `training.session_changed:${clientIds[0]}:${sessions[0]!.id}`,
      },
    ]);
    const list = await (
      await t.request('/api/signals?kind=training.session_changed&limit=100', { cookie: socialWorker })
    ).json();
    expect(list.items.length).toBeGreaterThanOrEqual(1);

    t.clock.advance({ days: 3 });
    await runSignalSweep({ db: t.db, clock: t.clock, clientIds });
    const after = await t.db
      .select({ status: signalsTable.status })
      .from(signalsTable)
      .where(
        and(eq(signalsTable.clientId, clientIds[0]!), eq(signalsTable.kind, 'training.session_changed')),
      );
    expect(after).toEqual([{ status: 'resolved' }]);
  });

  it('records nothing when a patch changes nothing, and refuses a session of another organisation', async () => {
    ({ cookie: coordinator } = await t.login({ email: 'coordinator@ligo.demo' }));
    const before = await auditRows(t.db, { action: 'course_session.moved' });
    expect((await patch(sessions[1]!.id, { startTime: '09:00' })).status).toBe(200);
    const after = await auditRows(t.db, { action: 'course_session.moved' });
    expect(after).toHaveLength(before.length);
    expect((await patch('cse_doesnotexist0000000000', { cancelled: true })).status).toBe(404);
  });
});

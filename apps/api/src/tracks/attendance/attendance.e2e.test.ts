import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import { CHOSEN_PASSWORD, signInNewAccount } from '../../roof/testing/first-login';
import type { TestApp } from '../../roof/testing/test-app';
import { courseGroupsTable, courseSessionsTable } from '../training/training.tables';

let t: TestApp;
let teacher: string;
let coordinator: string;
let otherTeacher: string;
const sessionOf: Record<string, string> = {};

signedInAppForFile(
  { teacher: 'lesgever@ligo.demo', coordinator: 'coordinator@ligo.demo' },
  async (started) => {
    ({ t, teacher, coordinator } = started);
    const [ligo] = await t.db.select().from(organisationsTable).where(eq(organisationsTable.name, 'Ligo'));
    otherTeacher = await signInNewAccount({
      t,
      email: 'tweede@ligo.test',
      organisationRef: ligo!.id,
      role: 'teacher',
      displayName: 'Tweede lesgever',
    });
    const sessions = await t.db
      .select({ id: courseSessionsTable.id, date: courseSessionsTable.date, group: courseGroupsTable.name })
      .from(courseSessionsTable)
      .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, courseSessionsTable.groupId));
    for (const session of sessions) sessionOf[`${session.group.slice(-1)}:${session.date}`] = session.id;
  },
);

const today = '2025-03-12';
const list = (sessionId: string, cookie: string) =>
  t.request(`/api/training/sessions/${sessionId}/attendance`, { cookie });
const mark = (sessionId: string, enrolmentId: string, body: unknown, cookie = teacher) =>
  t.request(`/api/training/sessions/${sessionId}/attendance/${enrolmentId}`, { method: 'PUT', body, cookie });

describe("a teacher's attendance list", () => {
  it('lists the enrolled learners with only what teaching needs, and audits each', async () => {
    const res = await list(sessionOf[`A:${today}`]!, teacher);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.session).toMatchObject({
      groupName: 'Basis digitaal — groep A',
      date: today,
      editable: true,
    });
    expect(body.session.editableUntil).toBe('2025-03-19');
    expect(body.learners).toHaveLength(6);
    for (const learner of body.learners) {
      expect(Object.keys(learner).sort()).toEqual(
        [
          'clientId',
          'enrolmentId',
          'firstName',
          'lastName',
          'preferredLanguage',
          'skillLevel',
          'status',
          'note',
          'markedAt',
          'progressNote',
        ].sort(),
      );
    }
    const reads = await auditRows(t.db, {
      action: 'attendance.read',
      resource: `session:${body.session.id}`,
    });
    expect(reads).toHaveLength(6);
  });

  it('gives the coordinator the phone numbers too', async () => {
    const body = await (await list(sessionOf[`A:${today}`]!, coordinator)).json();
    expect(body.learners[0]).toHaveProperty('phone');
  });

  it("answers 404 to a teacher for another teacher's session, reading or marking", async () => {
    const sessionId = sessionOf[`A:${today}`]!;
    const { learners } = await (await list(sessionId, teacher)).json();
    expect((await list(sessionId, otherTeacher)).status).toBe(404);
    const res = await mark(sessionId, learners[0].enrolmentId, { status: 'present' }, otherTeacher);
    await expectRefusal(res, { status: 404, code: 'course_session.not_found' });
  });

  it('refuses the welfare centre and the home-help partner', async () => {
    const { cookie } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await list(sessionOf[`A:${today}`]!, cookie)).status).toBe(403);
  });
});

describe('marking attendance', () => {
  it('saves a mark with a note, then a correction, each audited', async () => {
    const sessionId = sessionOf[`A:${today}`]!;
    const { learners } = await (await list(sessionId, teacher)).json();
    const enrolmentId = learners[1].enrolmentId;
    const first = await mark(sessionId, enrolmentId, { status: 'late', note: 'Tram had vertraging' });
    expect(first.status).toBe(200);
    expect((await first.json()).attendance).toMatchObject({
      status: 'late',
      note: 'Tram had vertraging',
      corrected: false,
    });
    const second = await mark(sessionId, enrolmentId, { status: 'present' });
    expect((await second.json()).attendance).toMatchObject({
      status: 'present',
      note: 'Tram had vertraging',
      corrected: true,
    });
    const after = await (await list(sessionId, teacher)).json();
    expect(after.learners[1]).toMatchObject({ status: 'present', note: 'Tram had vertraging' });
    const audits = await t.db
      .select()
      .from(auditLogTable)
      .where(like(auditLogTable.resource, 'attendance:%'));
    expect(audits.map((row) => row.action)).toEqual(['attendance.mark', 'attendance.correct']);
  });

  it('clears a wrong mark within the correction window, audited, and refuses clearing once the window has closed', async () => {
    const sessionId = sessionOf['A:2025-03-05']!;
    const { learners } = await (await list(sessionId, teacher)).json();
    const enrolmentId = learners[0].enrolmentId;
    expect((await mark(sessionId, enrolmentId, { status: 'absent', note: 'Verkeerde rij' })).status).toBe(
      200,
    );
    const cleared = await mark(sessionId, enrolmentId, { status: null });
    expect(cleared.status).toBe(200);
    expect((await cleared.json()).attendance).toEqual({
      enrolmentId,
      status: null,
      note: null,
      markedAt: null,
      corrected: true,
    });
    const after = await (await list(sessionId, teacher)).json();
    expect(after.learners[0]).toMatchObject({ status: null, note: null, markedAt: null });
    const audits = await t.db
      .select()
      .from(auditLogTable)
      .where(and(eq(auditLogTable.action, 'attendance.clear'), like(auditLogTable.resource, 'attendance:%')));
    expect(audits.map((row) => [row.outcome, row.resource.endsWith(':absent->none')])).toEqual([
      ['success', true],
    ]);
    const again = await mark(sessionId, enrolmentId, { status: null });
    expect((await again.json()).attendance.corrected).toBe(false);

    expect((await mark(sessionId, enrolmentId, { status: 'present' })).status).toBe(200);
    t.clock.advance({ days: 1 });
    const { cookie: nextDay } = await t.login({ email: 'lesgever@ligo.demo' });
    const late = await mark(sessionId, enrolmentId, { status: null }, nextDay);
    t.clock.advance({ days: -1 });
    ({ cookie: teacher } = await t.login({ email: 'lesgever@ligo.demo' }));
    ({ cookie: otherTeacher } = await t.login({ email: 'tweede@ligo.test', password: CHOSEN_PASSWORD }));
    await expectRefusal(late, { status: 409, code: 'attendance.correction_window_closed' });
  });

  it('refuses a session that has not taken place yet', async () => {
    const sessionId = sessionOf['A:2025-03-19']!;
    const { learners } = await (await list(sessionId, teacher)).json();
    const res = await mark(sessionId, learners[0].enrolmentId, { status: 'present' });
    await expectRefusal(res, { status: 409, code: 'attendance.session_not_started' });
  });

  it('allows corrections for seven days after the session and refuses them later with a code', async () => {
    const sessionId = sessionOf['A:2025-03-05']!;
    const { learners } = await (await list(sessionId, teacher)).json();
    const enrolmentId = learners[2].enrolmentId;
    expect((await mark(sessionId, enrolmentId, { status: 'excused', note: 'Ziek' })).status).toBe(200);
    t.clock.advance({ days: 1 });
    const { cookie: nextDay } = await t.login({ email: 'lesgever@ligo.demo' });
    const res = await mark(sessionId, enrolmentId, { status: 'present' }, nextDay);
    t.clock.advance({ days: -1 });
    ({ cookie: teacher } = await t.login({ email: 'lesgever@ligo.demo' }));
    ({ cookie: otherTeacher } = await t.login({ email: 'tweede@ligo.test', password: CHOSEN_PASSWORD }));
    const error = await expectRefusal(res, { status: 409, code: 'attendance.correction_window_closed' });
    expect(error.details).toEqual({ editableUntil: '2025-03-12' });
    const denied = await auditRows(t.db, { action: 'attendance.mark', outcome: 'denied' });
    expect(denied.map((row) => row.resource)).toContain(`session:${sessionId}:${enrolmentId}`);
  });

  it("keeps corrections open as long as the programme's correction window says, and tells the teacher until when", async () => {
    const sessionId = sessionOf['A:2025-03-05']!;
    const [group] = await t.db
      .select({ programmeId: courseGroupsTable.programmeId })
      .from(courseSessionsTable)
      .innerJoin(courseGroupsTable, eq(courseGroupsTable.id, courseSessionsTable.groupId))
      .where(eq(courseSessionsTable.id, sessionId));
    const { cookie: admin } = await t.login({ email: 'admin@ocmw-gent.demo' });
    const path = `/api/programmes/${group!.programmeId}/settings`;
    const { settings } = await (await t.request(path, { cookie: admin })).json();
    expect(settings.attendanceCorrectionDays).toBe(7);
    const tooLong = await t.request(path, {
      method: 'PUT',
      cookie: admin,
      body: { ...settings, attendanceCorrectionDays: 45 },
    });
    expect(tooLong.status).toBe(400);
    const saved = await t.request(path, {
      method: 'PUT',
      cookie: admin,
      body: { ...settings, attendanceCorrectionDays: 10 },
    });
    expect(saved.status).toBe(200);
    try {
      t.clock.advance({ days: 2 });
      const { cookie: later } = await t.login({ email: 'lesgever@ligo.demo' });
      const { session, learners } = await (await list(sessionId, later)).json();
      expect(session).toMatchObject({ editable: true, editableUntil: '2025-03-15' });
      expect((await mark(sessionId, learners[2].enrolmentId, { status: 'present' }, later)).status).toBe(200);
    } finally {
      t.clock.advance({ days: -2 });
      await t.request(path, { method: 'PUT', cookie: admin, body: settings });
      ({ cookie: teacher } = await t.login({ email: 'lesgever@ligo.demo' }));
      ({ cookie: otherTeacher } = await t.login({
        email: 'tweede@ligo.test',
        password: CHOSEN_PASSWORD,
      }));
    }
  });

  it('answers 404 for an enrolment of another group and 400 for an unknown status', async () => {
    const sessionId = sessionOf[`A:${today}`]!;
    const other = await (await list(sessionOf['B:2025-02-19']!, teacher)).json();
    const res = await mark(sessionId, other.learners[0].enrolmentId, { status: 'present' });
    expect(res.status).toBe(404);
    const { learners } = await (await list(sessionId, teacher)).json();
    expect((await mark(sessionId, learners[0].enrolmentId, { status: 'asleep' })).status).toBe(400);
    expect(
      (await mark(sessionId, learners[0].enrolmentId, { status: 'present', markedBy: 'x' })).status,
    ).toBe(400);
  });
});

describe('progress notes', () => {
  it('lets the teacher of the group write one, and answers 404 to another teacher', async () => {
    const { learners } = await (await list(sessionOf[`A:${today}`]!, teacher)).json();
    const url = `/api/training/enrolments/${learners[0].enrolmentId}/progress-note`;
    const refused = await t.request(url, { method: 'PUT', cookie: otherTeacher, body: { note: 'x' } });
    expect(refused.status).toBe(404);
    const res = await t.request(url, {
      method: 'PUT',
      cookie: teacher,
      body: { note: 'Kan nu zelf mailen.' },
    });
    expect(res.status).toBe(200);
    const after = await (await list(sessionOf[`A:${today}`]!, teacher)).json();
    expect(after.learners[0].progressNote).toBe('Kan nu zelf mailen.');
  });
});

describe('my sessions', () => {
  it('shows recent sessions when asked from a date, at most a month back', async () => {
    const recent = await (
      await t.request('/api/training/sessions/mine?from=2025-03-05', { cookie: teacher })
    ).json();
    expect(recent.items.map((s: { date: string }) => s.date)).toContain('2025-03-05');
    const plain = await (await t.request('/api/training/sessions/mine', { cookie: teacher })).json();
    expect(plain.items.map((s: { date: string }) => s.date)).not.toContain('2025-03-05');
  });
});

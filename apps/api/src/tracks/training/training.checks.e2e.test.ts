import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let coordinator: string;
let socialWorker: string;
let arabicGroup: { id: string; sessions: { id: string; date: string }[] };
let frenchGroup: { id: string; sessions: { id: string; date: string }[] };
let arabicClientId: string;

async function createGroup({
  name,
  languageSupport,
  teacherUserId,
  startDate,
  weekdays,
}: {
  name: string;
  languageSupport: string[];
  teacherUserId: string;
  startDate: string;
  weekdays: number[];
}) {
  const programmes = await (await t.request('/api/training/programmes', { cookie: coordinator })).json();
  const created = await t.request('/api/training/groups', {
    method: 'POST',
    cookie: coordinator,
    body: { programmeId: programmes.items[0].id, name, capacity: 8, languageSupport, teacherUserId },
  });
  expect(created.status).toBe(201);
  const { group } = await created.json();
  const planned = await t.request(`/api/training/groups/${group.id}/sessions`, {
    method: 'POST',
    cookie: coordinator,
    body: { startDate, weekdays, startTime: '09:00', endTime: '12:00' },
  });
  expect(planned.status).toBe(201);
  const { sessions } = await planned.json();
  return { id: group.id as string, sessions: sessions as { id: string; date: string }[] };
}

const patch = (sessionId: string, body: unknown) =>
  t.request(`/api/training/sessions/${sessionId}`, { method: 'PATCH', cookie: coordinator, body });

const enrol = (body: Record<string, unknown>) =>
  t.request('/api/training/enrolments', { method: 'POST', cookie: socialWorker, body });

signedInAppForFile(
  { coordinator: 'coordinator@ligo.demo', socialWorker: 'sociaal@ocmw-gent.demo' },
  async (started) => {
    ({ t, coordinator, socialWorker } = started);
    const teachers = await (await t.request('/api/training/teachers', { cookie: coordinator })).json();
    const teacherUserId = teachers.items[0].id as string;
    // The clock stands on Wednesday 12 March 2025, 09:00 in Brussels: Thursday and Friday groups.
    arabicGroup = await createGroup({
      name: 'Basis — Arabisch',
      languageSupport: ['nl', 'ar'],
      teacherUserId,
      startDate: '2025-03-13',
      weekdays: [4],
    });
    frenchGroup = await createGroup({
      name: 'Basis — Frans en Engels',
      languageSupport: ['nl', 'fr', 'en'],
      teacherUserId,
      startDate: '2025-03-14',
      weekdays: [5],
    });
    const registered = await t.request('/api/clients', {
      method: 'POST',
      cookie: socialWorker,
      body: { fileNumber: 'TRN-AR-1', firstName: 'Yasmine', lastName: 'Haddad', preferredLanguage: 'ar' },
    });
    arabicClientId = (await registered.json()).client.id;
  },
);

describe('moving a lesson', () => {
  it('refuses a date or an hour that has already passed', async () => {
    const lesson = arabicGroup.sessions[0]!;
    const yesterday = await patch(lesson.id, { date: '2025-03-11' });
    await expectRefusal(yesterday, { status: 409, code: 'course_session.in_past' });
    const thisMorning = await patch(lesson.id, { date: '2025-03-12', startTime: '08:00', endTime: '08:45' });
    expect((await thisMorning.json()).error.code).toBe('course_session.in_past');
    expect(
      (await patch(lesson.id, { date: '2025-03-12', startTime: '13:00', endTime: '16:00' })).status,
    ).toBe(200);
  });

  it("refuses an hour when the group's teacher teaches another group, naming that group", async () => {
    const lesson = arabicGroup.sessions[1]!;
    const clash = await patch(lesson.id, { date: '2025-03-14', startTime: '11:00', endTime: '14:00' });
    const error = await expectRefusal(clash, { status: 409, code: 'course_session.teacher_busy' });
    expect(error.details).toEqual({ groupName: 'Basis — Frans en Engels', start: '09:00', end: '12:00' });
    expect(
      (await patch(lesson.id, { date: '2025-03-14', startTime: '12:00', endTime: '15:00' })).status,
    ).toBe(200);
  });
});

describe('enrolling a client whose language a group does not serve', () => {
  it('lists the languages of each open group', async () => {
    const open = await (await t.request('/api/training/groups/open', { cookie: socialWorker })).json();
    const byId = new Map(open.items.map((group: { id: string }) => [group.id, group]));
    expect(byId.get(arabicGroup.id)).toMatchObject({ languageSupport: ['nl', 'ar'], started: false });
    expect(byId.get(frenchGroup.id)).toMatchObject({ languageSupport: ['nl', 'fr', 'en'] });
  });

  it('refuses without an explicit confirmation, and enrols with one', async () => {
    const refused = await enrol({ clientId: arabicClientId, groupId: frenchGroup.id });
    const error = await expectRefusal(refused, { status: 409, code: 'enrolment.language_not_served' });
    expect(error.details).toEqual({ clientLanguage: 'ar', groupLanguages: ['nl', 'fr', 'en'] });
    const confirmed = await enrol({
      clientId: arabicClientId,
      groupId: frenchGroup.id,
      confirmLanguageMismatch: true,
    });
    expect(confirmed.status).toBe(201);
  });

  it('enrols without a question in a group that serves the language', async () => {
    expect((await enrol({ clientId: arabicClientId, groupId: arabicGroup.id })).status).toBe(201);
  });
});

describe('a group that has started', () => {
  it('is no longer offered for enrolment, unless asked for, and then marked as started', async () => {
    t.clock.set(new Date('2025-03-14T08:00:00.000Z'));
    // Two days on, the sessions of the day before have ended: sign in again.
    ({ cookie: socialWorker } = await t.login({ email: 'sociaal@ocmw-gent.demo' }));
    ({ cookie: coordinator } = await t.login({ email: 'coordinator@ligo.demo' }));
    const open = await (await t.request('/api/training/groups/open', { cookie: socialWorker })).json();
    const ids = open.items.map((group: { id: string }) => group.id);
    // The Arabic group's first lesson (13 March) is past; the French group starts today.
    expect(ids).not.toContain(arabicGroup.id);
    expect(ids).toContain(frenchGroup.id);
    const all = await (
      await t.request('/api/training/groups/open?includeStarted=true', { cookie: socialWorker })
    ).json();
    const started = all.items.find((group: { id: string }) => group.id === arabicGroup.id);
    expect(started).toMatchObject({ started: true });
  });
});

describe("a learner's completion", () => {
  it('counts the sessions of the group, not the number needed to complete', async () => {
    const detail = await (
      await t.request(`/api/training/groups/${arabicGroup.id}`, { cookie: coordinator })
    ).json();
    const learner = detail.learners.find((row: { status: string }) => row.status === 'enrolled');
    expect(learner.sessionCount).toBe(arabicGroup.sessions.length);
    expect(learner.required).toBeLessThan(learner.sessionCount);
  });
});

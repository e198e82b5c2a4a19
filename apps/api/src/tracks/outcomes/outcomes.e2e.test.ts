import { OUTCOME_ITEM_IDS } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { numberedClient, registerApprovedClient } from '../../roof/testing/approved-client';
import { activeProgrammeId } from '../../roof/testing/demo-rows';
import { setUpEmptyTenant } from '../../roof/testing/empty-tenant';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let social: string;
let lead: string;
let teacher: string;
let ligoCoordinator: string;
let student: string;
let programmeId: string;
let sequence = 0;

/** Every item of the measure answered "with help", confidence as given. */
function answers({ step = 'with_help', confidence = 4 }: { step?: string; confidence?: number } = {}) {
  return OUTCOME_ITEM_IDS.map((itemId) => ({
    itemId,
    version: 1,
    value: itemId === 'confidence' ? confidence : step,
  }));
}

/** The body of an end round taken in person at `occasion` (a half-day or a home visit), every task at `step`. */
function endRoundAt(occasion: Record<string, string>, step: string) {
  return { round: 'end', mode: 'in_person', occasion, answers: answers({ step }) };
}

async function approvedClient() {
  sequence += 1;
  return registerApprovedClient({
    t,
    cookie: social,
    client: numberedClient({
      prefix: 'OUT',
      n: sequence,
      firstName: 'Meting',
      lastName: 'Client',
      preferredLanguage: 'fr',
    }),
    answers: { browse_website: 'yes' },
  });
}

const record = (clientId: string, body: unknown, cookie = social) =>
  t.request(`/api/outcomes/clients/${clientId}/rounds`, { method: 'POST', body, cookie });
const rounds = async (clientId: string, cookie = social) =>
  t.request(`/api/outcomes/clients/${clientId}`, { cookie });
const setEndRoundTakenBy = async (endRoundTakenBy: string) => {
  const res = await t.request(`/api/outcomes/programmes/${programmeId}/settings`, {
    method: 'PUT',
    body: { endRoundTakenBy },
    cookie: lead,
  });
  expect(res.status).toBe(200);
};

signedInAppForFile(
  {
    social: 'sociaal@ocmw-gent.demo',
    lead: 'projectleider@ocmw-gent.demo',
    teacher: 'lesgever@ligo.demo',
    ligoCoordinator: 'coordinator@ligo.demo',
    student: 'student@beego.demo',
  },
  async (started) => {
    ({ t, social, lead, teacher, ligoCoordinator, student } = started);
    programmeId = await activeProgrammeId(t.db);
  },
);

describe('the social worker records rounds', () => {
  it('maps the intake onto the baseline and records it once, with its score', async () => {
    const clientId = await approvedClient();
    const baseline = await (
      await t.request(`/api/outcomes/clients/${clientId}/baseline-from-intake`, { cookie: social })
    ).json();
    expect(baseline.answers).toContainEqual({ itemId: 'use_browser', version: 1, value: 'on_my_own' });
    expect(baseline.answers).toContainEqual({ itemId: 'device_controls', version: 1, value: 'cannot' });
    expect(baseline.stillToAsk).toContain('connect_wifi');
    expect(baseline.stillToAsk).not.toContain('use_browser');

    const res = await record(clientId, { round: 'baseline', mode: 'in_person', answers: answers() });
    expect(res.status).toBe(201);
    const round = await res.json();
    expect(round.score).toEqual({
      tasksOnOwn: 0,
      tasksAnswered: 15,
      foundationComplete: false,
      confidence: 4,
    });
    expect(round.takenBy.orgKind).toBe('welfare');

    const again = await record(clientId, { round: 'baseline', mode: 'paper', answers: answers() });
    await expectRefusal(again, { status: 409, code: 'outcome_round.already_taken' });
  });

  it('refuses a follow-up round before the trajectory has ended, and a round dated in the future', async () => {
    const clientId = await approvedClient();
    const early = await record(clientId, { round: 'follow_up_3m', mode: 'phone', answers: answers() });
    expect(early.status).toBe(409);
    expect((await early.json()).error.details.status).toBe('waiting');
    const future = await record(clientId, {
      round: 'baseline',
      mode: 'paper',
      takenOn: '2099-01-01',
      answers: answers(),
    });
    expect(future.status).toBe(409);
  });

  it('refuses a confidence above 10, an unknown item version and an item answered twice', async () => {
    const clientId = await approvedClient();
    const tooHigh = await record(clientId, {
      round: 'baseline',
      mode: 'in_person',
      answers: answers({ confidence: 11 }),
    });
    expect(tooHigh.status).toBe(400);
    const version = await record(clientId, {
      round: 'baseline',
      mode: 'in_person',
      answers: [{ itemId: 'open_app', version: 7, value: 'cannot' }],
    });
    await expectRefusal(version, { status: 400, code: 'outcome_round.answers_invalid' });
    const twice = await record(clientId, {
      round: 'baseline',
      mode: 'in_person',
      answers: [
        { itemId: 'open_app', version: 1, value: 'cannot' },
        { itemId: 'open_app', version: 1, value: 'with_help' },
      ],
    });
    expect((await twice.json()).error.code).toBe('outcome_round.answers_invalid');
  });

  it('shows the project lead before and after with the change and the rounds still missing', async () => {
    const clientId = await approvedClient();
    await record(clientId, { round: 'baseline', mode: 'in_person', answers: answers() });
    const end = await record(clientId, {
      round: 'end',
      mode: 'in_person',
      answers: answers({ step: 'on_my_own', confidence: 8 }),
    });
    expect(end.status).toBe(201);
    const view = await (await rounds(clientId, lead)).json();
    expect(view.language).toBe('fr');
    expect(view.rounds.map((round: { round: string }) => round.round)).toEqual(['baseline', 'end']);
    expect(view.changes).toEqual([
      expect.objectContaining({ from: 'baseline', to: 'end', tasksOnOwn: 15, confidence: 4 }),
    ]);
    expect(view.statuses.map((status: { status: string }) => status.status)).toEqual([
      'done',
      'done',
      'waiting',
      'waiting',
    ]);
  });

  it('answers a client of another welfare centre as not found', async () => {
    const clientId = await approvedClient();
    const other = await setUpEmptyTenant(t);
    const res = await rounds(clientId, other.cookies.social_worker);
    expect(res.status).toBe(404);
    const write = await record(
      clientId,
      { round: 'baseline', mode: 'in_person', answers: answers() },
      other.cookies.social_worker,
    );
    expect(write.status).toBe(404);
  });
});

describe('partners take the end round where the programme says so', () => {
  async function teacherSessions() {
    return queryRows<{ client_id: string; last_id: string; other_id: string | null }>({
      db: t.db,
      query: sql`SELECT e.client_id,
          (SELECT s.id FROM course_sessions s WHERE s.group_id = g.id AND s.cancelled_at IS NULL ORDER BY s.date DESC LIMIT 1) AS last_id,
          (SELECT s.id FROM course_sessions s WHERE s.group_id = g.id AND s.cancelled_at IS NULL ORDER BY s.date ASC LIMIT 1) AS other_id
        FROM enrolments e JOIN course_groups g ON g.id = e.group_id
        JOIN users u ON u.id = g.teacher_user_id AND u.email = 'lesgever@ligo.demo'
        JOIN intakes i ON i.client_id = e.client_id AND i.decision = 'approved'
        WHERE e.status = 'enrolled'
          AND NOT EXISTS (SELECT 1 FROM outcome_rounds r WHERE r.client_id = e.client_id AND r.round = 'end')
        ORDER BY e.client_id`,
    });
  }

  it("refuses the teacher while the programme leaves the end round to the welfare centre, then lets them take it at the group's last half-day only", async () => {
    await setEndRoundTakenBy('welfare');
    const [target] = await teacherSessions();
    expect(target).toBeDefined();
    const body = (sessionId: string) => endRoundAt({ kind: 'training_session', sessionId }, 'on_my_own');
    const refused = await record(target!.client_id, body(target!.last_id), teacher);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.details.reasons).toEqual([
      { code: 'outcomes.round.partner_not_chosen', endRoundTakenBy: 'welfare' },
    ]);

    await setEndRoundTakenBy('training');
    const notLast = await record(target!.client_id, body(target!.other_id!), teacher);
    expect(notLast.status).toBe(409);
    expect((await notLast.json()).error.details.reasons[0].code).toBe('outcomes.round.not_last_half_day');
    const baseline = await record(
      target!.client_id,
      { ...body(target!.last_id), round: 'baseline' },
      teacher,
    );
    expect(baseline.status).toBe(409);

    const taken = await record(target!.client_id, body(target!.last_id), teacher);
    expect(taken.status).toBe(201);
    expect((await taken.json()).takenBy.orgKind).toBe('training');
  });

  it('shows a partner only the rounds it took: the others answer exactly like missing', async () => {
    const [target] = await queryRows<{ client_id: string }>({
      db: t.db,
      query: sql`SELECT client_id FROM outcome_rounds WHERE round = 'end' AND taken_by_org_kind = 'training' LIMIT 1`,
    });
    const clientId = target!.client_id;
    const { statuses } = await (await rounds(clientId)).json();
    const baseline = await record(clientId, {
      round: 'baseline',
      mode: 'paper',
      takenOn: statuses[0].window.dueOn,
      answers: answers(),
    });
    expect(baseline.status).toBe(201);

    const seenByTeacher = await (await rounds(clientId, teacher)).json();
    expect(seenByTeacher.rounds.map((round: { round: string }) => round.round)).toEqual(['end']);
    expect(seenByTeacher.statuses).toEqual([]);
    expect(seenByTeacher.changes).toEqual([]);
    const seenByCoordinator = await (await rounds(clientId, ligoCoordinator)).json();
    expect(seenByCoordinator.rounds.map((round: { round: string }) => round.round)).toEqual(['end']);
    const seenBySocial = await (await rounds(clientId, social)).json();
    expect(seenBySocial.rounds.map((round: { round: string }) => round.round)).toEqual(['baseline', 'end']);
  });

  it("lets the student take the end round at the client's second visit only", async () => {
    await setEndRoundTakenBy('home_help');
    const visits = await queryRows<{ client_id: string; cheque_id: string; visit_number: number }>({
      db: t.db,
      query: sql`SELECT ch.client_id, ch.id AS cheque_id,
          (SELECT count(*) FROM cheques o WHERE o.client_id = ch.client_id AND o.redeemed_at IS NOT NULL
            AND o.redeemed_at <= ch.redeemed_at)::int AS visit_number
        FROM cheques ch JOIN users u ON u.id = ch.student_user_id AND u.email = 'student@beego.demo'
        JOIN intakes i ON i.client_id = ch.client_id AND i.decision = 'approved'
        WHERE ch.redeemed_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM outcome_rounds r WHERE r.client_id = ch.client_id AND r.round = 'end')`,
    });
    const second = visits.find((visit) => visit.visit_number === 2)!;
    const first = visits.find((visit) => visit.client_id === second.client_id && visit.visit_number === 1)!;
    expect(second).toBeDefined();
    const body = (chequeId: string) => endRoundAt({ kind: 'home_visit', chequeId }, 'can_show_others');
    const early = await record(second.client_id, body(first.cheque_id), student);
    expect(early.status).toBe(409);
    expect((await early.json()).error.details.reasons[0].code).toBe('outcomes.round.not_second_visit');
    const teacherNow = await record(second.client_id, body(second.cheque_id), teacher);
    expect(teacherNow.status).toBe(404);
    const taken = await record(second.client_id, body(second.cheque_id), student);
    expect(taken.status).toBe(201);
    const seenByStudent = await (await rounds(second.client_id, student)).json();
    expect(seenByStudent.rounds).toHaveLength(1);
    await setEndRoundTakenBy('welfare');
  });
});

describe('settings and the follow-up list', () => {
  it('refuses a core item as optional with every problem at once', async () => {
    const res = await t.request(`/api/outcomes/programmes/${programmeId}/settings`, {
      method: 'PUT',
      body: { optionalItems: ['connect_wifi'], windows: { overdueAfterDays: 50, closesAfterDays: 40 } },
      cookie: lead,
    });
    expect(res.status).toBe(400);
    const codes = (await res.json()).error.details.reasons.map((reason: { code: string }) => reason.code);
    expect(codes).toEqual(['outcomes.optional_items.not_optional', 'outcomes.windows.overdue_after_close']);
  });

  it("keeps the measure's settings when the programme's other settings are saved", async () => {
    await setEndRoundTakenBy('training');
    const current = await (
      await t.request(`/api/programmes/${programmeId}/settings`, { cookie: lead })
    ).json();
    const saved = await t.request(`/api/programmes/${programmeId}/settings`, {
      method: 'PUT',
      body: current.settings,
      cookie: lead,
    });
    expect(saved.status).toBe(200);
    const outcomes = await (
      await t.request(`/api/outcomes/programmes/${programmeId}/settings`, { cookie: lead })
    ).json();
    expect(outcomes.endRoundTakenBy).toBe('training');
    await setEndRoundTakenBy('welfare');
  });

  it('lists the baseline of a new client as due, and no longer once it is taken', async () => {
    const clientId = await approvedClient();
    const before = await (await t.request('/api/outcomes/due', { cookie: social })).json();
    expect(before.rounds).toContainEqual(
      expect.objectContaining({ clientId, round: 'baseline', status: 'due', byPhone: false }),
    );
    await record(clientId, { round: 'baseline', mode: 'in_person', answers: answers() });
    const after = await (await t.request('/api/outcomes/due', { cookie: social })).json();
    expect(after.rounds.filter((round: { clientId: string }) => round.clientId === clientId)).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES_BY_ORG_KIND } from '../organisations/organisations';
import { defaultOutcomeMeasureSettings, OUTCOME_END_ROUND_TAKERS } from './outcome-measure';
import {
  dueOutcomeRounds,
  expectedOutcomeRounds,
  mayTakeOutcomeRound,
  OUTCOME_ROUNDS,
  type OutcomeOccasion,
  type OutcomeRound,
  type OutcomeSchedule,
  type OutcomeTaker,
  outcomeRoundStatuses,
  outcomeRoundWindow,
  visibleOutcomeRounds,
} from './outcome-rounds';

const windows = defaultOutcomeMeasureSettings().windows;
const ended: OutcomeSchedule = { intakeOn: '2025-09-08', endOn: '2025-11-30' };
const running: OutcomeSchedule = { intakeOn: '2025-09-08', endOn: null };

function statusesOn(today: string, taken: readonly OutcomeRound[] = [], schedule = ended) {
  return Object.fromEntries(
    outcomeRoundStatuses({ schedule, taken, today, windows }).rounds.map(({ round, status }) => [
      round,
      status,
    ]),
  );
}

describe('the rounds of a client', () => {
  it('are due at intake, at the end, and three and six months after the end', () => {
    const dueOn = OUTCOME_ROUNDS.map(
      (round) => outcomeRoundWindow({ round, schedule: ended, windows }).window?.dueOn,
    );
    expect(dueOn).toEqual(['2025-09-08', '2025-11-30', '2026-02-28', '2026-05-30']);
  });

  it('open two weeks before their due day, are overdue two weeks after it and close six weeks after it', () => {
    expect(outcomeRoundWindow({ round: 'follow_up_3m', schedule: ended, windows })).toEqual({
      window: {
        opensOn: '2026-02-14',
        dueOn: '2026-02-28',
        overdueFrom: '2026-03-14',
        closesOn: '2026-04-11',
      },
    });
    expect(outcomeRoundWindow({ round: 'baseline', schedule: ended, windows })).toEqual({
      window: {
        opensOn: '2025-09-08',
        dueOn: '2025-09-08',
        overdueFrom: '2025-09-09',
        closesOn: '2025-10-08',
      },
    });
  });

  it('have no date after the baseline while the trajectory runs', () => {
    expect(outcomeRoundWindow({ round: 'end', schedule: running, windows }).window).toBeNull();
    expect(statusesOn('2025-10-01', ['baseline'], running)).toEqual({
      baseline: 'done',
      end: 'waiting',
      follow_up_3m: 'waiting',
      follow_up_6m: 'waiting',
    });
  });

  it('go from not yet to due, overdue and missing as the days pass, unless taken', () => {
    expect(statusesOn('2025-09-08')).toMatchObject({ baseline: 'due', end: 'not_yet' });
    expect(statusesOn('2025-09-20')).toMatchObject({ baseline: 'overdue' });
    expect(statusesOn('2025-10-09')).toMatchObject({ baseline: 'missing' });
    expect(statusesOn('2025-11-16')).toMatchObject({ end: 'due' });
    expect(statusesOn('2025-12-14')).toMatchObject({ end: 'overdue' });
    expect(statusesOn('2026-01-12')).toMatchObject({ end: 'missing', follow_up_3m: 'not_yet' });
    expect(statusesOn('2026-01-12', ['end'])).toMatchObject({ end: 'done' });
  });

  it('never go back once missing, whatever the day', () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((offset) => new Date(Date.UTC(2025, 8, 1 + offset)).toISOString().slice(0, 10));
    const order = ['waiting', 'not_yet', 'due', 'overdue', 'missing'];
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const before = statusesOn(earlier);
        const after = statusesOn(later);
        for (const round of OUTCOME_ROUNDS) {
          expect(order.indexOf(after[round]!)).toBeGreaterThanOrEqual(order.indexOf(before[round]!));
        }
      }),
    );
  });

  it('are expected, for response rates, once taken or past their due day', () => {
    expect(
      expectedOutcomeRounds({ schedule: ended, taken: [], today: '2025-09-08', windows }).rounds,
    ).toEqual([]);
    expect(
      expectedOutcomeRounds({ schedule: ended, taken: ['end'], today: '2025-11-20', windows }).rounds,
    ).toEqual(['baseline', 'end']);
    expect(
      expectedOutcomeRounds({ schedule: ended, taken: [], today: '2026-03-01', windows }).rounds,
    ).toEqual(['baseline', 'end', 'follow_up_3m']);
  });
});

describe("the social worker's follow-up list", () => {
  it('lists the rounds due or overdue, earliest first, the follow-ups to be asked by phone', () => {
    const { due } = dueOutcomeRounds({
      clients: [
        { clientId: 'cli_2', schedule: { intakeOn: '2025-06-02', endOn: '2025-09-15' }, taken: ['baseline'] },
        { clientId: 'cli_1', schedule: ended, taken: ['baseline', 'end'] },
        { clientId: 'cli_3', schedule: { intakeOn: '2026-03-01', endOn: null }, taken: [] },
        { clientId: 'cli_4', schedule: ended, taken: ['baseline', 'end', 'follow_up_3m'] },
      ],
      today: '2026-03-01',
      windows,
    });
    expect(due).toEqual([
      {
        key: 'outcome.round_due:cli_1:follow_up_3m',
        clientId: 'cli_1',
        round: 'follow_up_3m',
        dueOn: '2026-02-28',
        status: 'due',
        byPhone: true,
      },
      {
        key: 'outcome.round_due:cli_3:baseline',
        clientId: 'cli_3',
        round: 'baseline',
        dueOn: '2026-03-01',
        status: 'due',
        byPhone: false,
      },
      {
        key: 'outcome.round_due:cli_2:follow_up_6m',
        clientId: 'cli_2',
        round: 'follow_up_6m',
        dueOn: '2026-03-15',
        status: 'due',
        byPhone: true,
      },
    ]);
  });

  it('orders rounds due on the same day by client', () => {
    const { due } = dueOutcomeRounds({
      clients: [
        { clientId: 'cli_b', schedule: ended, taken: [] },
        { clientId: 'cli_a', schedule: { intakeOn: '2025-11-30', endOn: null }, taken: [] },
      ],
      today: '2025-11-30',
      windows: { ...windows, baselineClosesAfterDays: 90 },
    });
    expect(due.map((entry) => `${entry.clientId}:${entry.round}:${entry.status}`)).toEqual([
      'cli_b:baseline:overdue',
      'cli_a:baseline:due',
      'cli_b:end:due',
    ]);
  });
});

describe('who may take a round', () => {
  const atOffice: OutcomeOccasion = { kind: 'welfare' };
  const lastHalfDay: OutcomeOccasion = {
    kind: 'training_session',
    sessionDate: '2025-11-28',
    lastSessionDate: '2025-11-28',
  };
  const secondVisit: OutcomeOccasion = { kind: 'home_visit', visitNumber: 2 };
  /** Whether `taker` may take `round` at `occasion` in a programme that chose `endRoundTakenBy`. */
  const mayTake = (
    taker: Parameters<typeof mayTakeOutcomeRound>[0]['taker'],
    round: OutcomeRound,
    endRoundTakenBy: (typeof OUTCOME_END_ROUND_TAKERS)[number],
    occasion: OutcomeOccasion,
  ) => mayTakeOutcomeRound({ taker, round, settings: { endRoundTakenBy }, occasion });

  it('lets the social worker take any round, whoever the programme chose for the end round', () => {
    for (const endRoundTakenBy of OUTCOME_END_ROUND_TAKERS) {
      for (const round of OUTCOME_ROUNDS) {
        expect(
          mayTake({ orgKind: 'welfare', role: 'social_worker' }, round, endRoundTakenBy, atOffice),
        ).toEqual({ ok: true });
      }
    }
  });

  it('lets the teacher take the end round at the last half-day, where the programme chose training', () => {
    const teacher = { orgKind: 'training', role: 'teacher' } as const;
    expect(mayTake(teacher, 'end', 'training', lastHalfDay)).toEqual({ ok: true });
    expect(mayTake(teacher, 'end', 'training', { ...lastHalfDay, sessionDate: '2025-11-21' })).toEqual({
      ok: false,
      reasons: [{ code: 'outcomes.round.not_last_half_day', lastSessionDate: '2025-11-28' }],
    });
    expect(mayTake(teacher, 'follow_up_3m', 'welfare', atOffice)).toEqual({
      ok: false,
      reasons: [
        { code: 'outcomes.round.end_round_only', round: 'follow_up_3m' },
        { code: 'outcomes.round.partner_not_chosen', endRoundTakenBy: 'welfare' },
        { code: 'outcomes.round.not_last_half_day', lastSessionDate: null },
      ],
    });
  });

  it('lets the student take the end round at the second visit, where the programme chose home help', () => {
    const student = { orgKind: 'home_help', role: 'student' } as const;
    expect(mayTake(student, 'end', 'home_help', secondVisit)).toEqual({ ok: true });
    expect(mayTake(student, 'end', 'home_help', { kind: 'home_visit', visitNumber: 1 })).toEqual({
      ok: false,
      reasons: [{ code: 'outcomes.round.not_second_visit', visitNumber: 2 }],
    });
    expect(mayTake(student, 'end', 'training', secondVisit)).toEqual({
      ok: false,
      reasons: [{ code: 'outcomes.round.partner_not_chosen', endRoundTakenBy: 'training' }],
    });
    expect(mayTake(student, 'end', 'home_help', lastHalfDay).ok).toBe(false);
  });

  it('lets nobody else take a round: coordinators, the project lead, the admin', () => {
    for (const [orgKind, roles] of Object.entries(ROLES_BY_ORG_KIND)) {
      for (const role of roles) {
        if (role === 'social_worker' || role === 'teacher' || role === 'student') continue;
        expect(mayTake({ orgKind: orgKind as 'welfare', role }, 'end', 'training', lastHalfDay)).toEqual({
          ok: false,
          reasons: [{ code: 'outcomes.round.role_not_allowed' }],
        });
      }
    }
  });
});

describe('who sees which rounds', () => {
  const socialWorker: OutcomeTaker = {
    userId: 'usr_1',
    orgId: 'org_ocmw',
    orgKind: 'welfare',
    role: 'social_worker',
  };
  const teacher: OutcomeTaker = { userId: 'usr_9', orgId: 'org_ligo', orgKind: 'training', role: 'teacher' };
  const otherTeacher: OutcomeTaker = { ...teacher, userId: 'usr_10' };
  const ligoCoordinator: OutcomeTaker = {
    userId: 'usr_8',
    orgId: 'org_ligo',
    orgKind: 'training',
    role: 'coordinator',
  };
  const student: OutcomeTaker = {
    userId: 'usr_7',
    orgId: 'org_beego',
    orgKind: 'home_help',
    role: 'student',
  };
  const beegoCoordinator: OutcomeTaker = {
    userId: 'usr_6',
    orgId: 'org_beego',
    orgKind: 'home_help',
    role: 'coordinator',
  };
  const rounds = [
    { round: 'baseline', takenBy: socialWorker },
    { round: 'end', takenBy: teacher },
    { round: 'follow_up_3m', takenBy: socialWorker },
  ] as const;
  const seenBy = (viewer: OutcomeTaker) =>
    visibleOutcomeRounds({ viewer, rounds }).rounds.map(({ round }) => round);

  it('shows the social worker and the project lead every round', () => {
    expect(seenBy(socialWorker)).toEqual(['baseline', 'end', 'follow_up_3m']);
    expect(seenBy({ ...socialWorker, role: 'project_lead' })).toEqual(['baseline', 'end', 'follow_up_3m']);
  });

  it("shows a partner only the rounds it took, never the client's other answers", () => {
    expect(seenBy(teacher)).toEqual(['end']);
    expect(seenBy(ligoCoordinator)).toEqual(['end']);
    expect(seenBy(otherTeacher)).toEqual([]);
    expect(seenBy(student)).toEqual([]);
    expect(seenBy(beegoCoordinator)).toEqual([]);
  });

  it('shows the admin nothing', () => {
    expect(seenBy({ ...socialWorker, role: 'admin' })).toEqual([]);
  });
});

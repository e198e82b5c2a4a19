import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from '../testing/fixtures';
import type { AttendanceMark, Roster, TrainingSession } from './training';
import {
  absentTwiceInARow,
  changeCapacity,
  courseCompletion,
  enrol,
  rosterCounts,
  validateReferral,
  withdraw,
} from './training';

const now = at('2025-04-10T09:00:00Z');
const empty: Roster = { capacity: 2, entries: [] };

function enrolAll(roster: Roster, clientIds: string[]): Roster {
  return clientIds.reduce((current, clientId) => {
    const result = enrol({ roster: current, clientId, now });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.roster;
  }, roster);
}

describe('enrolling in a group', () => {
  it('given free seats, when a client enrols, then they are enrolled', () => {
    const result = enrol({ roster: empty, clientId: 'cli_1', now });
    expect(result).toMatchObject({ ok: true, status: 'enrolled' });
  });

  it('given a full group, when a client enrols, then they are waitlisted', () => {
    const result = enrol({ roster: enrolAll(empty, ['cli_1', 'cli_2']), clientId: 'cli_3', now });
    expect(result).toMatchObject({ ok: true, status: 'waitlisted' });
  });

  it('given an enrolled client, when they enrol again, then it is refused', () => {
    const result = enrol({ roster: enrolAll(empty, ['cli_1']), clientId: 'cli_1', now });
    expect(result).toEqual({
      ok: false,
      reasons: [{ code: 'enrolment.already_on_roster', status: 'enrolled' }],
    });
  });

  it('given a withdrawn client, when they enrol again, then they join at the end of the line', () => {
    const full = enrolAll(empty, ['cli_1', 'cli_2', 'cli_3']);
    const left = withdraw({ roster: full, clientId: 'cli_1' });
    if (!left.ok) throw new Error('withdraw failed');
    const back = enrol({ roster: left.roster, clientId: 'cli_1', now });
    expect(back).toMatchObject({ ok: true, status: 'waitlisted' });
    if (back.ok)
      expect(back.roster.entries.map((entry) => entry.clientId)).toEqual(['cli_2', 'cli_3', 'cli_1']);
  });
});

describe('withdrawing from a group', () => {
  it('given a full group with a waitlist, when an enrolled client withdraws, then the first waitlisted is enrolled', () => {
    const roster = enrolAll(empty, ['cli_1', 'cli_2', 'cli_3', 'cli_4']);
    const result = withdraw({ roster, clientId: 'cli_2' });
    expect(result).toMatchObject({ ok: true, promoted: ['cli_3'] });
    if (result.ok)
      expect(rosterCounts({ roster: result.roster })).toEqual({ enrolled: 2, waitlisted: 1, freeSeats: 0 });
  });

  it('given a waitlisted client, when they withdraw, then nobody is promoted', () => {
    const roster = enrolAll(empty, ['cli_1', 'cli_2', 'cli_3']);
    expect(withdraw({ roster, clientId: 'cli_3' })).toMatchObject({ ok: true, promoted: [] });
  });

  it('given a client not on the roster, when they withdraw, then it is refused', () => {
    expect(withdraw({ roster: empty, clientId: 'cli_9' })).toEqual({
      ok: false,
      reasons: [{ code: 'enrolment.not_on_roster' }],
    });
  });
});

describe('changing a group capacity', () => {
  const roster = enrolAll(empty, ['cli_1', 'cli_2', 'cli_3', 'cli_4']);

  it('given a waitlist, when seats are added, then waitlisted clients are enrolled in order', () => {
    expect(changeCapacity({ roster, capacity: 3 })).toMatchObject({ ok: true, promoted: ['cli_3'] });
  });

  it('given enrolled clients, when capacity drops below them, then it is refused', () => {
    expect(changeCapacity({ roster, capacity: 1 })).toEqual({
      ok: false,
      reasons: [{ code: 'enrolment.capacity_below_enrolled', capacity: 1, enrolled: 2 }],
    });
  });

  it('refuses a capacity that is not a whole number of seats', () => {
    expect(changeCapacity({ roster, capacity: -1 })).toMatchObject({ ok: false });
    expect(changeCapacity({ roster, capacity: 2.5 })).toMatchObject({ ok: false });
  });
});

describe('enrolment invariants', () => {
  type Step =
    | { kind: 'enrol'; clientId: string }
    | { kind: 'withdraw'; clientId: string }
    | { kind: 'capacity'; capacity: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('enrol' as const),
      clientId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    }),
    fc.record({
      kind: fc.constant('withdraw' as const),
      clientId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    }),
    fc.record({ kind: fc.constant('capacity' as const), capacity: fc.integer({ min: 0, max: 5 }) }),
  );

  it('no sequence of enrolments, withdrawals and capacity changes exceeds capacity or loses a waitlisted client', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(step, { maxLength: 60 }), (capacity, steps) => {
        let roster: Roster = { capacity, entries: [] };
        for (const next of steps) {
          const waitingBefore = roster.entries
            .filter((entry) => entry.status === 'waitlisted')
            .map((entry) => entry.clientId);
          const result =
            next.kind === 'enrol'
              ? enrol({ roster, clientId: next.clientId, now })
              : next.kind === 'withdraw'
                ? withdraw({ roster, clientId: next.clientId })
                : changeCapacity({ roster, capacity: next.capacity });
          if (!result.ok) continue;
          roster = result.roster;
          const counts = rosterCounts({ roster });
          expect(counts.enrolled).toBeLessThanOrEqual(roster.capacity);
          // Nobody waits while a seat is free, and every waiting client is still waiting or enrolled.
          if (counts.waitlisted > 0) expect(counts.freeSeats).toBe(0);
          for (const clientId of waitingBefore) {
            const entry = roster.entries.find((candidate) => candidate.clientId === clientId);
            const self = next.kind === 'withdraw' && next.clientId === clientId;
            expect(self || entry?.status === 'waitlisted' || entry?.status === 'enrolled').toBe(true);
          }
          // First come, first served: no waitlisted client is ahead of another who got enrolled by promotion.
          const promoted = 'promoted' in result ? result.promoted : [];
          const waitingAfter = roster.entries
            .filter((entry) => entry.status === 'waitlisted')
            .map((entry) => entry.clientId);
          for (const clientId of promoted) {
            for (const stillWaiting of waitingAfter) {
              expect(waitingBefore.indexOf(clientId)).toBeLessThan(waitingBefore.indexOf(stillWaiting));
            }
          }
          expect(new Set(roster.entries.map((entry) => entry.clientId)).size).toBe(roster.entries.length);
        }
      }),
    );
  });
});

const sessions: TrainingSession[] = [
  { id: 'ses_3', date: '2025-04-28', start: '09:00', end: '12:00' },
  { id: 'ses_1', date: '2025-04-14', start: '09:00', end: '12:00' },
  { id: 'ses_2', date: '2025-04-21', start: '09:00', end: '12:00' },
];

describe('course completion', () => {
  const settings = { sessionsToComplete: 2 };

  it.each<{ name: string; marks: AttendanceMark[]; completion: ReturnType<typeof courseCompletion> }>([
    {
      name: 'counts present and late as attended and completes at the programme threshold',
      marks: [
        { sessionId: 'ses_1', status: 'present' },
        { sessionId: 'ses_2', status: 'late' },
      ],
      completion: { attended: 2, required: 2, completed: true, stillPossible: true },
    },
    {
      name: 'does not count excused or absent, and says when completion is out of reach',
      marks: [
        { sessionId: 'ses_1', status: 'excused' },
        { sessionId: 'ses_2', status: 'absent' },
        { sessionId: 'other', status: 'present' },
      ],
      completion: { attended: 0, required: 2, completed: false, stillPossible: false },
    },
  ])('$name', ({ marks, completion }) => {
    expect(courseCompletion({ sessions, marks, settings })).toEqual(completion);
  });
});

describe('two absences in a row', () => {
  it('finds two consecutive absent sessions in date order', () => {
    const marks: AttendanceMark[] = [
      { sessionId: 'ses_2', status: 'absent' },
      { sessionId: 'ses_3', status: 'absent' },
      { sessionId: 'ses_1', status: 'present' },
    ];
    expect(absentTwiceInARow({ sessions, marks })).toEqual({
      absentTwice: true,
      sessionIds: ['ses_2', 'ses_3'],
    });
  });

  it('does not count an excused session between two absences', () => {
    const marks: AttendanceMark[] = [
      { sessionId: 'ses_1', status: 'absent' },
      { sessionId: 'ses_2', status: 'excused' },
      { sessionId: 'ses_3', status: 'absent' },
    ];
    expect(absentTwiceInARow({ sessions, marks })).toEqual({ absentTwice: false });
  });

  it('stops at the first session without a mark', () => {
    const marks: AttendanceMark[] = [
      { sessionId: 'ses_1', status: 'absent' },
      { sessionId: 'ses_3', status: 'absent' },
    ];
    expect(absentTwiceInARow({ sessions, marks })).toEqual({ absentTwice: false });
  });

  it('orders sessions on the same day by start time', () => {
    const sameDay: TrainingSession[] = [
      { id: 'pm', date: '2025-04-14', start: '13:00', end: '16:00' },
      { id: 'am', date: '2025-04-14', start: '09:00', end: '12:00' },
    ];
    const marks: AttendanceMark[] = [
      { sessionId: 'pm', status: 'absent' },
      { sessionId: 'am', status: 'absent' },
    ];
    expect(absentTwiceInARow({ sessions: sameDay, marks })).toEqual({
      absentTwice: true,
      sessionIds: ['am', 'pm'],
    });
  });
});

describe('referral to regular courses', () => {
  it('accepts a referral with a course or a decision not to refer with a reason', () => {
    expect(validateReferral({ referral: { decision: 'referred', courseName: 'Computer 2' } }).ok).toBe(true);
    expect(validateReferral({ referral: { decision: 'not_referred', reason: 'Found work' } }).ok).toBe(true);
  });

  it('needs the course name or the reason', () => {
    expect(validateReferral({ referral: { decision: 'referred', courseName: ' ' } })).toEqual({
      ok: false,
      reasons: [{ code: 'referral.course_missing' }],
    });
    expect(validateReferral({ referral: { decision: 'not_referred', reason: '' } })).toEqual({
      ok: false,
      reasons: [{ code: 'referral.reason_missing' }],
    });
  });
});

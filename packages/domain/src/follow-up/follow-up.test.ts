import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProgrammeSettings } from '../programme/programme';
import { at } from '../testing/fixtures';
import type { FollowUpFacts, Signal } from './follow-up';
import { compareSignals, deriveSignals, SIGNAL_OWNERS } from './follow-up';

const thresholds = defaultProgrammeSettings().followUp;
const quiet: FollowUpFacts = {
  clientId: 'cli_1',
  open: true,
  lastActivityAt: at('2025-04-01T09:00:00Z'),
  device: null,
  cheques: [],
  visits: [],
  training: null,
};
const sessions = [
  { id: 'ses_1', date: '2025-04-14', start: '09:00', end: '12:00' },
  { id: 'ses_2', date: '2025-04-21', start: '09:00', end: '12:00' },
  { id: 'ses_3', date: '2025-04-28', start: '09:00', end: '12:00' },
];

function kinds(facts: FollowUpFacts, now: Date): [string, string, string][] {
  return deriveSignals({ clients: [facts], now, thresholds }).signals.map((signal) => [
    signal.kind,
    signal.severity,
    signal.dueAt.toISOString(),
  ]);
}

describe('follow-up signals', () => {
  it('raises nothing for an active client with nothing overdue', () => {
    expect(kinds(quiet, at('2025-04-10T09:00:00Z'))).toEqual([]);
  });

  it('raises a pickup signal for the welfare centre when a reserved laptop is not picked up in time', () => {
    const facts: FollowUpFacts = {
      ...quiet,
      device: { status: 'reserved', deviceId: 'dev_1', reservedAt: at('2025-04-01T09:00:00Z') },
    };
    expect(kinds(facts, at('2025-04-15T08:59:59Z'))).toEqual([]);
    expect(kinds(facts, at('2025-04-15T09:00:00Z'))).toEqual([
      ['device.pickup_overdue', 'warning', '2025-04-15T09:00:00.000Z'],
    ]);
    expect(kinds(facts, at('2025-04-29T09:00:00Z'))[0]?.[1]).toBe('urgent');
    const [signal] = deriveSignals({ clients: [facts], now: at('2025-04-16T00:00:00Z'), thresholds }).signals;
    expect(signal).toMatchObject({
      key: 'device.pickup_overdue:cli_1:dev_1',
      owner: 'welfare',
      clientId: 'cli_1',
      subject: { deviceId: 'dev_1' },
    });
  });

  it('raises an installation signal for the home-help partner when the first cheque is not used after handout', () => {
    const facts: FollowUpFacts = {
      ...quiet,
      lastActivityAt: at('2025-04-20T09:00:00Z'),
      device: { status: 'handed_out', deviceId: 'dev_1', handedOutAt: at('2025-04-01T09:00:00Z') },
      cheques: [
        {
          code: 'INST',
          purpose: 'installation',
          status: 'requested',
          validUntil: at('2026-04-01T09:00:00Z'),
        },
        { code: 'FREE', purpose: 'free', status: 'issued', validUntil: at('2026-04-01T09:00:00Z') },
      ],
    };
    expect(kinds(facts, at('2025-04-22T09:00:00Z'))).toEqual([
      ['cheque.installation_overdue', 'warning', '2025-04-22T09:00:00.000Z'],
    ]);
    const redeemed: FollowUpFacts = {
      ...facts,
      cheques: [
        { code: 'INST', purpose: 'installation', status: 'redeemed', validUntil: at('2026-04-01T09:00:00Z') },
      ],
    };
    expect(kinds(redeemed, at('2025-04-22T09:00:00Z'))).toEqual([]);
  });

  it('warns about an unused cheque before it expires, urgently near the end, and not after', () => {
    const facts: FollowUpFacts = {
      ...quiet,
      lastActivityAt: at('2026-03-20T09:00:00Z'),
      cheques: [{ code: 'FREE', purpose: 'free', status: 'issued', validUntil: at('2026-04-01T09:00:00Z') }],
    };
    expect(kinds(facts, at('2026-03-01T08:00:00Z'))).toEqual([]);
    expect(kinds(facts, at('2026-03-05T09:00:00Z'))).toEqual([
      ['cheque.expiring', 'warning', '2026-04-01T09:00:00.000Z'],
    ]);
    expect(kinds(facts, at('2026-03-25T09:00:00Z'))[0]?.[1]).toBe('urgent');
    expect(kinds(facts, at('2026-04-01T09:00:00Z'))).toEqual([]);
    const used: FollowUpFacts = { ...facts, cheques: [{ ...facts.cheques[0]!, status: 'redeemed' }] };
    expect(kinds(used, at('2026-03-25T09:00:00Z'))).toEqual([]);
  });

  it('raises an absence signal for the training partner after two absences in a row, until the client shows up', () => {
    const facts: FollowUpFacts = {
      ...quiet,
      lastActivityAt: at('2025-04-21T09:00:00Z'),
      training: {
        groupId: 'grp_1',
        sessions,
        marks: [
          { sessionId: 'ses_1', status: 'absent' },
          { sessionId: 'ses_2', status: 'absent' },
        ],
        finishedOn: null,
        referral: null,
      },
    };
    const [signal] = deriveSignals({ clients: [facts], now: at('2025-04-22T09:00:00Z'), thresholds }).signals;
    expect(signal).toMatchObject({
      kind: 'training.absent_twice',
      owner: 'training',
      dueAt: at('2025-04-22T00:00:00Z'),
      subject: { groupId: 'grp_1', sessionIds: ['ses_1', 'ses_2'] },
    });
    const back: FollowUpFacts = {
      ...facts,
      training: {
        ...facts.training!,
        marks: [...facts.training!.marks, { sessionId: 'ses_3', status: 'present' }],
      },
    };
    expect(kinds(back, at('2025-04-29T09:00:00Z'))).toEqual([]);
  });

  it('raises a referral signal when the course is over and nobody decided on a referral', () => {
    const training = { groupId: 'grp_1', sessions, marks: [], finishedOn: '2025-04-28', referral: null };
    const facts: FollowUpFacts = { ...quiet, lastActivityAt: at('2025-05-10T09:00:00Z'), training };
    expect(kinds(facts, at('2025-05-11T23:59:59Z'))).toEqual([]);
    expect(kinds(facts, at('2025-05-12T00:00:00Z'))).toEqual([
      ['training.referral_missing', 'warning', '2025-05-12T00:00:00.000Z'],
    ]);
    const decided: FollowUpFacts = {
      ...facts,
      training: { ...training, referral: { decision: 'referred', courseName: 'Computer 2' } },
    };
    expect(kinds(decided, at('2025-05-20T00:00:00Z'))).toEqual([]);
  });

  it('tells the welfare centre about a session moved or cancelled at short notice, until its day is over', () => {
    const training = {
      groupId: 'grp_1',
      sessions,
      marks: [],
      finishedOn: null,
      referral: null,
      changes: [
        {
          sessionId: 'ses_1',
          kind: 'moved' as const,
          changedAt: at('2025-04-12T09:00:00Z'),
          previousDate: '2025-04-14',
          date: '2025-04-16',
        },
        {
          sessionId: 'ses_2',
          kind: 'cancelled' as const,
          changedAt: at('2025-04-20T18:00:00Z'),
          previousDate: '2025-04-21',
          date: '2025-04-21',
        },
      ],
    };
    const facts: FollowUpFacts = { ...quiet, lastActivityAt: at('2025-04-20T18:00:00Z'), training };
    const [moved] = deriveSignals({ clients: [facts], now: at('2025-04-12T10:00:00Z'), thresholds }).signals;
    expect(moved).toMatchObject({
      kind: 'training.session_changed',
      owner: 'welfare',
      severity: 'warning',
      subject: { sessionId: 'ses_1', change: 'moved', previousDate: '2025-04-14', date: '2025-04-16' },
    });
    expect(kinds(facts, at('2025-04-20T19:00:00Z'))).toEqual([
      ['training.session_changed', 'urgent', '2025-04-20T18:00:00.000Z'],
    ]);
    expect(kinds(facts, at('2025-04-22T00:00:00Z'))).toEqual([]);
  });

  it('leaves a change made well ahead, or undone by a later one, to the training partner', () => {
    const early = {
      sessionId: 'ses_3',
      kind: 'moved' as const,
      changedAt: at('2025-04-01T09:00:00Z'),
      previousDate: '2025-04-28',
      date: '2025-04-29',
    };
    const training = { groupId: 'grp_1', sessions, marks: [], finishedOn: null, referral: null };
    const facts: FollowUpFacts = {
      ...quiet,
      lastActivityAt: at('2025-04-20T09:00:00Z'),
      training: { ...training, changes: [early] },
    };
    expect(kinds(facts, at('2025-04-20T10:00:00Z'))).toEqual([]);
    const late = {
      ...early,
      changedAt: at('2025-04-27T09:00:00Z'),
      previousDate: '2025-04-29',
      date: '2025-04-30',
    };
    const twice: FollowUpFacts = { ...facts, training: { ...training, changes: [late, early] } };
    expect(kinds(twice, at('2025-04-27T10:00:00Z'))).toEqual([
      ['training.session_changed', 'warning', '2025-04-27T09:00:00.000Z'],
    ]);
  });

  it('passes a student flag on to the welfare centre until it is answered', () => {
    const facts: FollowUpFacts = {
      ...quiet,
      lastActivityAt: at('2025-04-09T09:00:00Z'),
      visits: [
        { chequeCode: 'INST', date: '2025-04-09', needsFollowUp: true, followUpResolved: false },
        { chequeCode: 'FREE', date: '2025-04-09', needsFollowUp: true, followUpResolved: true },
        { chequeCode: 'OTHR', date: '2025-04-09', needsFollowUp: false, followUpResolved: false },
      ],
    };
    expect(kinds(facts, at('2025-04-10T09:00:00Z'))).toEqual([
      ['visit.needs_follow_up', 'warning', '2025-04-16T00:00:00.000Z'],
    ]);
    expect(kinds(facts, at('2025-04-16T09:00:00Z'))[0]?.[1]).toBe('urgent');
  });

  it('notices a client without activity for too long, and nothing for a closed trajectory', () => {
    expect(kinds(quiet, at('2025-05-31T09:00:00Z'))).toEqual([
      ['client.inactive', 'warning', '2025-05-31T09:00:00.000Z'],
    ]);
    expect(kinds({ ...quiet, open: false }, at('2025-12-31T09:00:00Z'))).toEqual([]);
  });

  it('gives every kind the owner of the table', () => {
    expect(SIGNAL_OWNERS).toMatchObject({
      'device.pickup_overdue': 'welfare',
      'cheque.installation_overdue': 'home_help',
      'training.absent_twice': 'training',
      'visit.needs_follow_up': 'welfare',
    });
  });
});

describe('signal ordering', () => {
  it('orders by due date, then severity, kind, client and key, whatever the input order', () => {
    const facts: FollowUpFacts[] = ['cli_3', 'cli_1', 'cli_2'].map((clientId, index) => ({
      ...quiet,
      clientId,
      lastActivityAt: at(`2025-01-0${index + 1}T09:00:00Z`),
      device: { status: 'reserved', deviceId: `dev_${index}`, reservedAt: at('2025-04-01T09:00:00Z') },
    }));
    const now = at('2025-06-01T09:00:00Z');
    const expected = deriveSignals({ clients: facts, now, thresholds }).signals;
    fc.assert(
      fc.property(fc.shuffledSubarray(facts, { minLength: facts.length }), (shuffled) => {
        expect(deriveSignals({ clients: shuffled, now, thresholds }).signals).toEqual(expected);
      }),
    );
    const sorted = [...expected].sort(compareSignals);
    expect(sorted).toEqual(expected);
    expect(expected.map((signal) => `${signal.kind}:${signal.clientId}`)).toEqual([
      'client.inactive:cli_3',
      'client.inactive:cli_1',
      'client.inactive:cli_2',
      'device.pickup_overdue:cli_1',
      'device.pickup_overdue:cli_2',
      'device.pickup_overdue:cli_3',
    ]);
  });

  it('puts urgent before warning on the same due date', () => {
    const base: Signal = {
      key: 'k',
      kind: 'client.inactive',
      owner: 'welfare',
      clientId: 'cli_1',
      dueAt: at('2025-01-01T00:00:00Z'),
      severity: 'warning',
      subject: {},
    };
    expect([base, { ...base, severity: 'urgent' as const }].sort(compareSignals)[0]?.severity).toBe('urgent');
    expect([{ ...base, key: 'z' }, base].sort(compareSignals)[0]?.key).toBe('k');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProgrammeSettings, PACKAGE_CHEQUES } from '../programme/programme';
import { at, codeFromSeed, seededBytes, visitRecord } from '../testing/fixtures';
import { specification } from '../testing/given-when-then';
import { parseChequeCode } from './cheque-code';
import type { Cheque, ChequeCommand, ChequeIn } from './cheques';
import { decideCheque, expireCheque, expireDueCheques, isChequeOpen, issueCheques } from './cheques';

const issuedAt = at('2025-04-01T09:00:00Z');
const now = at('2025-04-10T09:00:00Z');

const issued: ChequeIn<'issued'> = {
  status: 'issued',
  code: codeFromSeed(1),
  clientId: 'cli_1',
  sequence: 1,
  purpose: 'installation',
  issuedAt,
  validUntil: at('2026-04-01T09:00:00Z'),
};
const free: Cheque = { ...issued, code: codeFromSeed(2), sequence: 2, purpose: 'free' };
const requested: Cheque = { ...issued, status: 'requested', requestedAt: at('2025-04-02T09:00:00Z') };
const scheduled: Cheque = {
  ...issued,
  status: 'scheduled',
  requestedAt: at('2025-04-02T09:00:00Z'),
  scheduledFor: at('2025-04-09T14:00:00Z'),
  studentId: 'usr_7',
};
const visit = visitRecord({ date: '2025-04-09', notes: 'Laptop set up.' });
const redeemed: Cheque = { ...issued, status: 'redeemed', redeemedAt: at('2025-04-09T15:00:00Z'), visit };
const expired: Cheque = { ...issued, status: 'expired', expiredAt: at('2026-04-01T09:00:00Z') };
const cancelled: Cheque = { ...issued, status: 'cancelled', cancelledAt: now, reason: 'Moved away' };

const redeem = (extra: Partial<Extract<ChequeCommand, { type: 'redeem' }>> = {}): ChequeCommand => ({
  type: 'redeem',
  visit,
  installationRedeemed: false,
  ...extra,
});

const cheque = specification((state: Cheque, command: ChequeCommand) =>
  decideCheque({ cheque: state, command, now }),
);

describe('issuing cheques for a client', () => {
  it('issues the programme number of cheques, installation first, valid for the programme months', () => {
    const { cheques } = issueCheques({
      clientId: 'cli_1',
      settings: defaultProgrammeSettings(),
      now: at('2025-01-31T10:00:00Z'),
      randomBytes: seededBytes(1),
    });
    expect(cheques.map((item) => [item.sequence, item.purpose, item.status])).toEqual([
      [1, 'installation', 'issued'],
      [2, 'free', 'issued'],
    ]);
    expect(cheques.every((item) => item.validUntil.toISOString() === '2026-01-31T10:00:00.000Z')).toBe(true);
    expect(cheques.every((item) => parseChequeCode(item.code).ok)).toBe(true);
    expect(new Set(cheques.map((item) => item.code)).size).toBe(2);
  });

  it('issues extra cheques as free ones, continuing the numbering', () => {
    const { cheques } = issueCheques({
      clientId: 'cli_1',
      settings: { chequesPerClient: 2, chequeValidityMonths: 1 },
      now: at('2025-01-31T10:00:00Z'),
      randomBytes: seededBytes(2),
      count: 2,
      firstSequence: 3,
    });
    expect(cheques.map((item) => [item.sequence, item.purpose])).toEqual([
      [3, 'free'],
      [4, 'free'],
    ]);
    expect(cheques[0]?.validUntil.toISOString()).toBe('2025-02-28T10:00:00.000Z');
  });

  it('draws new bytes when a code comes out twice', () => {
    const repeating = seededBytes(3);
    let calls = 0;
    const first = repeating(16);
    const { cheques } = issueCheques({
      clientId: 'cli_1',
      settings: defaultProgrammeSettings(),
      now,
      randomBytes: (size) => {
        calls += 1;
        return calls <= 2 ? first.slice(0, size) : repeating(size);
      },
    });
    expect(calls).toBe(3);
    expect(new Set(cheques.map((item) => item.code)).size).toBe(2);
  });

  it('refuses a count no package can hold before drawing a single code', () => {
    for (const count of [-1, 2.5, PACKAGE_CHEQUES.max + 1, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      let calls = 0;
      const issue = () =>
        issueCheques({
          clientId: 'cli_1',
          settings: defaultProgrammeSettings(),
          now,
          count,
          randomBytes: (size) => {
            calls += 1;
            return seededBytes(4)(size);
          },
        });
      expect(issue).toThrow(RangeError);
      expect(calls).toBe(0);
    }
    const { cheques } = issueCheques({
      clientId: 'cli_1',
      settings: defaultProgrammeSettings(),
      now,
      count: PACKAGE_CHEQUES.max,
      randomBytes: seededBytes(5),
    });
    expect(cheques).toHaveLength(PACKAGE_CHEQUES.max);
  });
});

describe('requesting a cheque', () => {
  it('given an issued cheque, when the client requests a visit, then it is requested', () => {
    cheque
      .given(issued)
      .when({ type: 'request' })
      .thenAccepted({ cheque: { ...issued, status: 'requested', requestedAt: now } });
  });

  it('given a requested cheque, when requested again, then it is refused', () => {
    cheque.given(requested).when({ type: 'request' }).thenRefused('cheque.not_issued');
  });

  it('given a cheque past its validity, when requested, then it is refused as expired', () => {
    cheque
      .given({ ...issued, validUntil: now })
      .when({ type: 'request' })
      .thenRefused('cheque.expired');
  });
});

describe('scheduling a cheque', () => {
  const plan: ChequeCommand = {
    type: 'schedule',
    scheduledFor: at('2025-04-12T14:00:00Z'),
    studentId: 'usr_7',
  };

  it('given a requested cheque, when planned with a student, then it is scheduled', () => {
    cheque
      .given(requested)
      .when(plan)
      .thenAccepted((result) => {
        expect(result.cheque).toMatchObject({ status: 'scheduled', studentId: 'usr_7' });
      });
  });

  it('given an issued cheque, when planned, then it must be requested first', () => {
    cheque.given(issued).when(plan).thenRefused('cheque.not_requested');
  });

  it('given a requested cheque, when planned without a student, then it is refused', () => {
    cheque
      .given(requested)
      .when({ ...plan, studentId: ' ' })
      .thenRefused('cheque.student_missing');
  });

  it('given a requested cheque, when planned in the past, then it is refused', () => {
    cheque
      .given(requested)
      .when({ ...plan, scheduledFor: at('2025-04-01T09:00:00Z') })
      .thenRefused('cheque.schedule_in_past');
  });

  it('given a scheduled cheque, when the client did not show up, then it is requested again', () => {
    cheque.given(scheduled).when({ type: 'unschedule' }).thenAccepted({ cheque: requested });
  });

  it('given a requested cheque, when unscheduled, then it is refused', () => {
    cheque.given(requested).when({ type: 'unschedule' }).thenRefused('cheque.not_scheduled');
  });
});

describe('redeeming a cheque', () => {
  it('given a scheduled installation cheque, when the student records the visit, then it is redeemed with it', () => {
    cheque
      .given(scheduled)
      .when(redeem())
      .thenAccepted({ cheque: { ...issued, status: 'redeemed', redeemedAt: now, visit } });
  });

  it('given an issued cheque, when a student redeems it on the spot by code, then it is redeemed', () => {
    cheque
      .given(issued)
      .when(redeem())
      .thenAccepted({ cheque: { status: 'redeemed' } });
  });

  it.each<{ given: string; state: Cheque; code: string }>([
    { given: 'a redeemed cheque', state: redeemed, code: 'cheque.already_redeemed' },
    { given: 'an expired cheque', state: expired, code: 'cheque.expired' },
    {
      given: 'a cheque whose validity ran out but is not marked yet',
      state: { ...issued, validUntil: at('2025-04-10T08:59:59Z') },
      code: 'cheque.expired',
    },
    { given: 'a cancelled cheque', state: cancelled, code: 'cheque.cancelled' },
    { given: 'a free cheque before the installation cheque', state: free, code: 'cheque.installation_first' },
  ])('given $given, when redeemed, then it is refused with $code', ({ state, code }) => {
    cheque.given(state).when(redeem()).thenRefused(code);
  });

  it('given a free cheque before the installation cheque, when redeemed with an override, then it records why', () => {
    cheque
      .given(free)
      .when(redeem({ installationOverride: ' Family installed the laptop ' }))
      .thenAccepted({ cheque: { status: 'redeemed', installationOverride: 'Family installed the laptop' } });
  });

  it('given a free cheque before the installation cheque, when the override is blank, then it is refused', () => {
    cheque
      .given(free)
      .when(redeem({ installationOverride: '  ' }))
      .thenRefused('cheque.override_reason_missing');
  });

  it('given a free cheque after the installation cheque, when redeemed, then no override is recorded', () => {
    cheque
      .given(free)
      .when(redeem({ installationRedeemed: true, installationOverride: 'not needed' }))
      .thenAccepted((result) => expect(result.cheque).not.toHaveProperty('installationOverride'));
  });

  it('given a cheque issued on 1 April, when a visit is dated before that day, then it is refused as out of range', () => {
    cheque
      .given(issued)
      .when(redeem({ visit: { ...visit, date: '1900-01-01' } }))
      .thenRefused('visit.date_out_of_range');
    cheque
      .given(issued)
      .when(redeem({ visit: { ...visit, date: '2025-03-31' } }))
      .thenRefused('visit.date_out_of_range');
    cheque
      .given(issued)
      .when(redeem({ visit: { ...visit, date: '2025-04-01' } }))
      .thenAccepted({ cheque: { status: 'redeemed' } });
  });

  it('given an issued cheque, when the visit record is invalid, then the visit reasons are returned', () => {
    cheque
      .given(issued)
      .when(redeem({ visit: { ...visit, minutes: 5, topics: [] } }))
      .thenRefused('visit.minutes_out_of_range', 'visit.topics_missing');
  });
});

describe('expiring and cancelling a cheque', () => {
  it('given an open cheque past its validity, when expired, then it is expired', () => {
    const late = at('2026-04-01T09:00:00Z');
    expect(expireCheque({ cheque: scheduled, now: late })).toEqual({
      ok: true,
      cheque: { ...issued, status: 'expired', expiredAt: late },
    });
  });

  it('given a cheque still valid, when expired, then it is refused', () => {
    cheque.given(issued).when({ type: 'expire' }).thenRefused('cheque.not_yet_expired');
  });

  it('given a redeemed cheque, when expired, then it stays redeemed', () => {
    cheque.given(redeemed).when({ type: 'expire' }).thenRefused('cheque.already_redeemed');
  });

  it('given a requested cheque, when the welfare centre cancels it with a reason, then it is cancelled', () => {
    cheque
      .given(requested)
      .when({ type: 'cancel', reason: ' Client moved ' })
      .thenAccepted({ cheque: { status: 'cancelled', reason: 'Client moved', cancelledAt: now } });
  });

  it('given an issued cheque, when cancelled without a reason, then it is refused', () => {
    cheque.given(issued).when({ type: 'cancel', reason: '' }).thenRefused('cheque.cancel_reason_missing');
  });

  it('given a cancelled cheque, when cancelled again, then it is refused', () => {
    cheque.given(cancelled).when({ type: 'cancel', reason: 'again' }).thenRefused('cheque.cancelled');
  });

  it('expires exactly the open cheques past their validity', () => {
    const late = at('2026-04-02T00:00:00Z');
    const stillValid: Cheque = { ...issued, validUntil: at('2026-05-01T00:00:00Z') };
    const { expired: result } = expireDueCheques({
      cheques: [issued, redeemed, stillValid, scheduled],
      now: late,
    });
    expect(result.map((item) => item.status)).toEqual(['expired', 'expired']);
    expect(isChequeOpen(issued)).toBe(true);
    expect(isChequeOpen(redeemed)).toBe(false);
  });
});

const commandArbitrary: fc.Arbitrary<ChequeCommand> = fc.oneof(
  fc.constant<ChequeCommand>({ type: 'request' }),
  fc.constant<ChequeCommand>({
    type: 'schedule',
    scheduledFor: at('2025-05-01T10:00:00Z'),
    studentId: 'usr_1',
  }),
  fc.constant<ChequeCommand>({ type: 'unschedule' }),
  fc.record({
    type: fc.constant('redeem' as const),
    visit: fc.constant(visit),
    installationRedeemed: fc.boolean(),
  }),
  fc.constant<ChequeCommand>({ type: 'expire' }),
  fc.constantFrom<ChequeCommand>({ type: 'cancel', reason: 'Stopped' }, { type: 'cancel', reason: '' }),
);

describe('cheque invariants', () => {
  it('a redeemed cheque never changes again, whatever happens next', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(commandArbitrary, fc.integer({ min: 0, max: 800 })), { maxLength: 30 }),
        (steps) => {
          let state: Cheque = issued;
          let redeemedState: Cheque | null = null;
          for (const [command, day] of steps) {
            const result = decideCheque({
              cheque: state,
              command,
              now: new Date(now.getTime() + day * 86_400_000),
            });
            if (redeemedState) {
              expect(result.ok).toBe(false);
              continue;
            }
            if (result.ok) state = result.cheque;
            if (state.status === 'redeemed') redeemedState = state;
          }
          if (redeemedState) expect(state).toBe(redeemedState);
        },
      ),
    );
  });

  it('a closed cheque (redeemed, expired, cancelled) refuses every command', () => {
    fc.assert(
      fc.property(fc.constantFrom(redeemed, expired, cancelled), commandArbitrary, (state, command) => {
        expect(decideCheque({ cheque: state, command, now }).ok).toBe(false);
      }),
    );
  });
});

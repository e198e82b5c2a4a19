import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrajectoryFacts } from './trajectory';
import {
  deriveTrajectoryStatus,
  GUIDANCE_TRACKS,
  isTrajectoryFinished,
  TRAJECTORY_STATUSES,
} from './trajectory';

const referred: TrajectoryFacts = {
  intakeDone: false,
  decision: 'none',
  device: 'none',
  package: null,
  cheques: { open: 0, redeemed: 0, expired: 0, cancelled: 0 },
  training: { enrolment: 'none', completed: false, referralDecided: false },
  guidance: { digipuntInfoGiven: false, infoSessionAttended: false, buddy: 'none' },
  closure: null,
};
const fullPackage = { cheques: 2, basicCourse: true, digibuddy: false, infoSession: true };
const equipped: TrajectoryFacts = {
  ...referred,
  intakeDone: true,
  decision: 'approved',
  device: 'handed_out',
  package: fullPackage,
  cheques: { open: 2, redeemed: 0, expired: 0, cancelled: 0 },
  guidance: { digipuntInfoGiven: true, infoSessionAttended: false, buddy: 'none' },
};
const done: TrajectoryFacts = {
  ...equipped,
  cheques: { open: 0, redeemed: 1, expired: 1, cancelled: 0 },
  training: { enrolment: 'enrolled', completed: true, referralDecided: true },
  guidance: { digipuntInfoGiven: true, infoSessionAttended: true, buddy: 'none' },
};

const status = (facts: TrajectoryFacts) => deriveTrajectoryStatus({ facts }).status;

describe('the trajectory status', () => {
  it('follows the client from referral to completion', () => {
    expect(status(referred)).toBe('referred');
    expect(status({ ...referred, intakeDone: true })).toBe('assessed');
    expect(status({ ...referred, intakeDone: true, decision: 'approved' })).toBe('approved');
    expect(status({ ...referred, intakeDone: true, decision: 'rejected' })).toBe('rejected');
    expect(status({ ...referred, intakeDone: true, decision: 'approved', device: 'reserved' })).toBe(
      'device_reserved',
    );
    expect(status(equipped)).toBe('equipped');
    expect(status({ ...equipped, cheques: { open: 1, redeemed: 1, expired: 0, cancelled: 0 } })).toBe(
      'in_guidance',
    );
    expect(status(done)).toBe('completed');
  });

  it('lists the tracks that keep a client in guidance', () => {
    const derived = deriveTrajectoryStatus({
      facts: { ...done, training: { enrolment: 'enrolled', completed: true, referralDecided: false } },
    });
    expect(derived).toEqual({ status: 'in_guidance', pendingTracks: ['training'] });
  });

  it('counts home help as pending until cheques are issued and settled', () => {
    const noCheques = { ...done, cheques: { open: 0, redeemed: 0, expired: 0, cancelled: 0 } };
    expect(deriveTrajectoryStatus({ facts: noCheques }).pendingTracks).toEqual(['home_help']);
  });

  it('waits for the Digibuddy pairing to end when the package has one', () => {
    const withBuddy = { ...done, package: { ...fullPackage, digibuddy: true } };
    expect(status({ ...withBuddy, guidance: { ...withBuddy.guidance, buddy: 'active' } })).toBe(
      'in_guidance',
    );
    expect(status({ ...withBuddy, guidance: { ...withBuddy.guidance, buddy: 'ended' } })).toBe('completed');
  });

  it('completes an independent client once informed', () => {
    const independent = {
      ...equipped,
      package: { cheques: 0, basicCourse: false, digibuddy: false, infoSession: false },
      cheques: { open: 0, redeemed: 0, expired: 0, cancelled: 0 },
    };
    expect(status(independent)).toBe('completed');
    expect(status({ ...independent, guidance: { ...independent.guidance, digipuntInfoGiven: false } })).toBe(
      'equipped',
    );
  });

  it('keeps a client who returned or lost the laptop at their guidance stage', () => {
    expect(status({ ...done, device: 'returned' })).toBe('completed');
    expect(status({ ...equipped, device: 'lost' })).toBe('equipped');
    expect(
      status({ ...equipped, device: 'defective', training: { ...equipped.training, enrolment: 'enrolled' } }),
    ).toBe('in_guidance');
  });

  it('reads a reserved laptop after a rejection as a later decision', () => {
    expect(status({ ...referred, intakeDone: true, decision: 'rejected', device: 'reserved' })).toBe(
      'device_reserved',
    );
  });

  it('reads completed with nothing open once the social worker completed it with a summary', () => {
    expect(
      deriveTrajectoryStatus({
        facts: { ...equipped, closure: { kind: 'completed', reason: 'Zelfstandig' } },
      }),
    ).toEqual({ status: 'completed', pendingTracks: [], closureReason: 'Zelfstandig' });
  });

  it('ends with the closure and its reason from any state', () => {
    expect(
      deriveTrajectoryStatus({ facts: { ...equipped, closure: { kind: 'dropped_out', reason: 'Moved' } } }),
    ).toMatchObject({
      status: 'dropped_out',
      closureReason: 'Moved',
    });
    expect(status({ ...referred, closure: { kind: 'closed', reason: 'Duplicate file' } })).toBe('closed');
  });

  it('knows which statuses end a trajectory', () => {
    expect(TRAJECTORY_STATUSES.filter(isTrajectoryFinished)).toEqual([
      'rejected',
      'completed',
      'dropped_out',
      'closed',
    ]);
  });
});

const count = fc.nat({ max: 3 });
const factsArbitrary: fc.Arbitrary<TrajectoryFacts> = fc.record({
  intakeDone: fc.boolean(),
  decision: fc.constantFrom('none', 'approved', 'rejected'),
  device: fc.constantFrom('none', 'reserved', 'handed_out', 'returned', 'defective', 'lost'),
  package: fc.option(
    fc.record({
      cheques: count,
      basicCourse: fc.boolean(),
      digibuddy: fc.boolean(),
      infoSession: fc.boolean(),
    }),
  ),
  cheques: fc.record({ open: count, redeemed: count, expired: count, cancelled: count }),
  training: fc.record({
    enrolment: fc.constantFrom('none', 'enrolled', 'waitlisted', 'withdrawn'),
    completed: fc.boolean(),
    referralDecided: fc.boolean(),
  }),
  guidance: fc.record({
    digipuntInfoGiven: fc.boolean(),
    infoSessionAttended: fc.boolean(),
    buddy: fc.constantFrom('none', 'active', 'ended'),
  }),
  closure: fc.option(
    fc.record({ kind: fc.constantFrom('completed', 'dropped_out', 'closed'), reason: fc.string() }),
  ),
});

describe('trajectory invariants', () => {
  it('derives a known status for every combination of facts', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const derived = deriveTrajectoryStatus({ facts });
        expect(TRAJECTORY_STATUSES).toContain(derived.status);
        for (const track of derived.pendingTracks) expect(GUIDANCE_TRACKS).toContain(track);
        if (derived.status === 'completed') expect(derived.pendingTracks).toEqual([]);
        if (facts.closure) expect(derived.status).toBe(facts.closure.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('is the same for the same facts', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        expect(deriveTrajectoryStatus({ facts })).toEqual(
          deriveTrajectoryStatus({ facts: structuredClone(facts) }),
        );
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { type ClientTrackFacts, deriveClientStatus, NO_TRACK_FACTS } from './trajectory.status';

const approvedIntake: NonNullable<ClientTrackFacts['intake']> = {
  decision: 'approved',
  skillLevel: 'none',
  purposes: ['work'],
  verdict: null,
  settings: null,
  digipuntInfoGiven: false,
  infoSessionAttended: false,
  closure: null,
};

describe('deriveClientStatus', () => {
  it('calls a client without intake referred', () => {
    expect(deriveClientStatus({ facts: NO_TRACK_FACTS }).status).toBe('referred');
  });

  it('calls a draft intake with a skill level assessed', () => {
    const facts = { ...NO_TRACK_FACTS, intake: { ...approvedIntake, decision: 'draft' as const } };
    expect(deriveClientStatus({ facts }).status).toBe('assessed');
  });

  it('follows the decision, the device and the help received', () => {
    const approved = { ...NO_TRACK_FACTS, intake: approvedIntake };
    expect(deriveClientStatus({ facts: approved }).status).toBe('approved');
    expect(deriveClientStatus({ facts: { ...approved, device: 'reserved' } }).status).toBe('device_reserved');
    const equipped = { ...approved, device: 'handed_out' as const };
    expect(deriveClientStatus({ facts: equipped }).status).toBe('equipped');
    const helped = { ...equipped, cheques: { open: 1, redeemed: 1, expired: 0, cancelled: 0 } };
    expect(deriveClientStatus({ facts: helped }).status).toBe('in_guidance');
  });

  it('calls a client completed when every track of the package is done', () => {
    const facts: ClientTrackFacts = {
      ...NO_TRACK_FACTS,
      intake: { ...approvedIntake, digipuntInfoGiven: true, infoSessionAttended: true },
      device: 'handed_out',
      cheques: { open: 0, redeemed: 2, expired: 0, cancelled: 0 },
      enrolment: 'enrolled',
      basicSessionsAttended: 3,
      referralDecided: true,
    };
    expect(deriveClientStatus({ facts }).status).toBe('completed');
  });

  it('lets a closure and a rejection win', () => {
    const closed = {
      ...NO_TRACK_FACTS,
      device: 'handed_out' as const,
      intake: { ...approvedIntake, closure: { kind: 'dropped_out' as const, reason: 'moved away' } },
    };
    expect(deriveClientStatus({ facts: closed }).status).toBe('dropped_out');
    const rejected = { ...NO_TRACK_FACTS, intake: { ...approvedIntake, decision: 'rejected' as const } };
    expect(deriveClientStatus({ facts: rejected }).status).toBe('rejected');
  });
});

import { describe, expect, it } from 'vitest';
import { decideAttendance, decideInvitations, infoTrackState, mayReceiveInfo } from './info-moments';
import { deriveTrajectoryStatus, type TrajectoryFacts } from './trajectory';

const equipped: TrajectoryFacts = {
  intakeDone: true,
  decision: 'approved',
  device: 'handed_out',
  package: { cheques: 0, basicCourse: false, digibuddy: false, infoSession: true },
  cheques: { open: 0, redeemed: 0, expired: 0, cancelled: 0 },
  training: { enrolment: 'none', completed: false, referralDecided: false },
  guidance: { digipuntInfoGiven: true, infoSessionAttended: false, buddy: 'none' },
  closure: null,
};
const attended = { ...equipped, guidance: { ...equipped.guidance, infoSessionAttended: true } };
const withoutInfo = { ...equipped, package: { ...equipped.package!, infoSession: false } };

describe('the info track of a trajectory', () => {
  it('is open while the package includes the info part and the client has not attended', () => {
    expect(infoTrackState({ facts: equipped })).toBe('open');
    expect(deriveTrajectoryStatus({ facts: equipped }).pendingTracks).toEqual(['info_session']);
  });

  it('is given once the client attended, and the trajectory no longer lists it as open', () => {
    expect(infoTrackState({ facts: attended })).toBe('given');
    expect(deriveTrajectoryStatus({ facts: attended })).toEqual({ status: 'completed', pendingTracks: [] });
  });

  it('is not part of a package without the info part, nor of an intake not approved', () => {
    expect(infoTrackState({ facts: withoutInfo })).toBe('not_included');
    expect(infoTrackState({ facts: { ...equipped, decision: 'none' } })).toBe('not_included');
  });
});

describe('who may receive the info', () => {
  it('is a client whose approved package includes it and who did not get it yet', () => {
    expect(mayReceiveInfo({ facts: equipped })).toEqual({ ok: true });
    expect(mayReceiveInfo({ facts: withoutInfo })).toEqual({
      ok: false,
      reasons: [{ code: 'info_moment.not_included' }],
    });
    expect(mayReceiveInfo({ facts: attended })).toEqual({
      ok: false,
      reasons: [{ code: 'info_moment.already_given' }],
    });
  });

  it('is nobody whose trajectory is closed', () => {
    const closed = { ...equipped, closure: { kind: 'dropped_out' as const, reason: 'Verhuisd' } };
    expect(mayReceiveInfo({ facts: closed })).toEqual({
      ok: false,
      reasons: [{ code: 'info_moment.trajectory_closed' }],
    });
  });
});

/** Invites clients `cli_1`, `cli_2`… with these facts, in this order. */
function invite({
  capacity,
  invited,
  clients,
}: {
  capacity: number;
  invited: number;
  clients: TrajectoryFacts[];
}) {
  return decideInvitations({
    capacity,
    invited,
    candidates: clients.map((facts, index) => ({ clientId: `cli_${index + 1}`, facts })),
  });
}

describe('inviting clients to an info moment', () => {
  it('accepts clients who fit in the free seats', () => {
    expect(invite({ capacity: 3, invited: 1, clients: [equipped, equipped] })).toEqual({
      ok: true,
      clientIds: ['cli_1', 'cli_2'],
    });
  });

  it('never exceeds the capacity, and says how many seats are free', () => {
    expect(invite({ capacity: 3, invited: 2, clients: [equipped, equipped] })).toEqual({
      ok: false,
      reasons: [{ code: 'info_moment.full', free: 1 }],
    });
  });

  it('names every client whose package does not include the info part', () => {
    expect(invite({ capacity: 10, invited: 0, clients: [equipped, withoutInfo] })).toEqual({
      ok: false,
      reasons: [
        {
          code: 'info_moment.not_included',
          clients: [{ clientId: 'cli_2', code: 'info_moment.not_included' }],
        },
      ],
    });
  });
});

describe('recording attendance', () => {
  it('closes the info track when the client is marked present', () => {
    expect(decideAttendance({ current: 'invited', next: 'attended' })).toEqual({
      ok: true,
      closesInfoTrack: true,
      changed: true,
    });
    expect(decideAttendance({ current: 'absent', next: 'attended' })).toMatchObject({
      closesInfoTrack: true,
    });
  });

  it('records an absence without closing anything, and never takes back a presence', () => {
    expect(decideAttendance({ current: 'invited', next: 'absent' })).toMatchObject({
      ok: true,
      closesInfoTrack: false,
    });
    expect(decideAttendance({ current: 'attended', next: 'absent' })).toEqual({
      ok: false,
      reasons: [{ code: 'info_moment.already_attended' }],
    });
  });
});

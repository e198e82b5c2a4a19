import { describe, expect, it } from 'vitest';
import { specification } from '../testing/given-when-then';
import {
  closureKindForEndReason,
  decideTrajectoryClosure,
  TRAJECTORY_END_REASONS,
  type TrajectoryClosureCommand,
} from './closure';
import type { DerivedTrajectory } from './trajectory';

type State = { derived: DerivedTrajectory; closed: boolean };
const spec = specification((state: State, command: TrajectoryClosureCommand) =>
  decideTrajectoryClosure(state, command),
);

const open = (
  status: DerivedTrajectory['status'],
  pendingTracks: DerivedTrajectory['pendingTracks'] = [],
) => ({
  derived: { status, pendingTracks },
  closed: false,
});

describe('completing a trajectory', () => {
  it('records the completion without a summary when every part of the package is done', () => {
    spec
      .given(open('completed'))
      .when({ type: 'complete', summary: null })
      .thenAccepted({ decision: { record: 'closure', kind: 'completed', reason: null, note: '' } });
  });

  it('needs the social worker’s summary while a part of the package is open, and names the open parts', () => {
    const { result } = spec.given(open('in_guidance', ['training', 'info_session'])).when({
      type: 'complete',
      summary: '  ',
    });
    expect(result).toEqual({
      ok: false,
      reasons: [{ code: 'trajectory.tracks_open', tracks: ['training', 'info_session'] }],
    });
    spec
      .given(open('in_guidance', ['training']))
      .when({ type: 'complete', summary: ' Werkt zelfstandig, geen les meer nodig ' })
      .thenAccepted({ decision: { kind: 'completed', note: 'Werkt zelfstandig, geen les meer nodig' } });
  });

  it('is refused before the laptop is handed out', () => {
    spec
      .given(open('approved'))
      .when({ type: 'complete', summary: 'Klaar' })
      .thenRefused('trajectory.not_equipped');
    spec
      .given(open('referred'))
      .when({ type: 'complete', summary: 'Klaar' })
      .thenRefused('trajectory.not_equipped');
  });

  it('is refused on a rejected intake and on a trajectory closed already', () => {
    spec.given(open('rejected')).when({ type: 'complete', summary: 'x' }).thenRefused('trajectory.rejected');
    spec
      .given({ derived: { status: 'dropped_out', pendingTracks: [] }, closed: true })
      .when({ type: 'complete', summary: 'x' })
      .thenRefused('trajectory.already_closed');
  });
});

describe('ending a trajectory early', () => {
  it('records a drop-out for a client who stopped or cannot be reached', () => {
    spec
      .given(open('in_guidance', ['home_help']))
      .when({ type: 'end', reason: 'unreachable', note: 'Drie keer gebeld' })
      .thenAccepted({
        decision: { record: 'closure', kind: 'dropped_out', reason: 'unreachable', note: 'Drie keer gebeld' },
      });
  });

  it('closes the trajectory for a reason outside the programme, from any open state', () => {
    spec
      .given(open('referred'))
      .when({ type: 'end', reason: 'moved', note: 'Naar Brugge' })
      .thenAccepted({ decision: { kind: 'closed', reason: 'moved' } });
  });

  it('is refused on a rejected intake and on a trajectory closed already', () => {
    spec
      .given(open('rejected'))
      .when({ type: 'end', reason: 'other', note: 'x' })
      .thenRefused('trajectory.rejected');
    spec
      .given({ derived: { status: 'completed', pendingTracks: [] }, closed: true })
      .when({ type: 'end', reason: 'other', note: 'x' })
      .thenRefused('trajectory.already_closed');
  });

  it('sorts every reason of the list into a drop-out or a closure', () => {
    expect(TRAJECTORY_END_REASONS.map((reason) => [reason, closureKindForEndReason(reason)])).toEqual([
      ['dropped_out', 'dropped_out'],
      ['moved', 'closed'],
      ['unreachable', 'dropped_out'],
      ['no_longer_needed', 'closed'],
      ['deceased', 'closed'],
      ['other', 'closed'],
    ]);
    expect(() => closureKindForEndReason('lost' as never)).toThrow();
  });
});

describe('reopening a trajectory', () => {
  it('reopens a recorded closure with a reason', () => {
    spec
      .given({ derived: { status: 'dropped_out', pendingTracks: ['training'] }, closed: true })
      .when({ type: 'reopen', reason: 'Terug in Gent' })
      .thenAccepted({ decision: { record: 'reopening', reason: 'Terug in Gent' } });
  });

  it('is refused on a trajectory that has no recorded closure, also one completed by its facts', () => {
    spec.given(open('completed')).when({ type: 'reopen', reason: 'x' }).thenRefused('trajectory.not_closed');
  });

  it('throws on an unknown command rather than deciding it', () => {
    expect(() => decideTrajectoryClosure(open('equipped'), { type: 'archive' } as never)).toThrow();
  });
});

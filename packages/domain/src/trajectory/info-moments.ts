import { type Outcome, refuse } from '../shared/result';
import type { TrajectoryFacts } from './trajectory';

/**
 * Where a client stands with the info part of their package: not part of it, still to be given, or
 * given (at an info moment or one to one).
 *
 * @example
 * INFO_TRACK_STATES.includes('open'); // true
 */
export const INFO_TRACK_STATES = ['not_included', 'open', 'given'] as const;

/** One of {@link INFO_TRACK_STATES}. @example const state: InfoTrackState = 'given'; */
export type InfoTrackState = (typeof INFO_TRACK_STATES)[number];

/**
 * The info track of a client's trajectory, from the same facts the status is derived from: an
 * approved package that includes the info part is `open` until the client attended an info moment
 * or was told one to one.
 *
 * @example
 * infoTrackState({ facts }); // 'open' for the facts in the TrajectoryFacts example
 */
export function infoTrackState({ facts }: { facts: TrajectoryFacts }): InfoTrackState {
  if (facts.guidance.infoSessionAttended) return 'given';
  if (facts.decision !== 'approved' || !facts.package?.infoSession) return 'not_included';
  return 'open';
}

/** The codes of the info moment rules' refusals. */
export type InfoMomentRefusal =
  | 'info_moment.not_included'
  | 'info_moment.already_given'
  | 'info_moment.trajectory_closed'
  | 'info_moment.full'
  | 'info_moment.already_attended';

/**
 * Whether a client may be invited to an info moment, or told one to one: their approved package
 * includes the info part, it was not given yet, and their trajectory is not closed.
 *
 * @example
 * mayReceiveInfo({ facts }); // { ok: true } for the facts in the TrajectoryFacts example
 */
export function mayReceiveInfo({
  facts,
}: {
  facts: TrajectoryFacts;
}): Outcome<Record<never, never>, InfoMomentRefusal> {
  if (facts.closure) return refuse({ code: 'info_moment.trajectory_closed' });
  const state = infoTrackState({ facts });
  if (state === 'not_included') return refuse({ code: 'info_moment.not_included' });
  if (state === 'given') return refuse({ code: 'info_moment.already_given' });
  return { ok: true };
}

/**
 * Whether these clients fit into an info moment: every one of them may receive the info (the
 * refusal names those who may not, with why), and together with those already invited they do not
 * exceed its capacity (the refusal says how many seats are free).
 *
 * @example
 * decideInvitations({ capacity: 10, invited: 9, candidates: [
 *   { clientId: 'cli_1', facts }, { clientId: 'cli_2', facts },
 * ] }); // { ok: false, reasons: [{ code: 'info_moment.full', free: 1 }] }
 */
export function decideInvitations({
  capacity,
  invited,
  candidates,
}: {
  capacity: number;
  invited: number;
  candidates: readonly { readonly clientId: string; readonly facts: TrajectoryFacts }[];
}): Outcome<{ clientIds: string[] }, InfoMomentRefusal> {
  const refused = candidates.flatMap(({ clientId, facts }) => {
    const outcome = mayReceiveInfo({ facts });
    return outcome.ok ? [] : [{ clientId, code: outcome.reasons[0]!.code }];
  });
  if (refused.length > 0) {
    const [first] = refused;
    return refuse({
      code: first!.code,
      clients: refused.map(({ clientId, code }) => ({ clientId, code })),
    });
  }
  const free = Math.max(0, capacity - invited);
  if (candidates.length > free) return refuse({ code: 'info_moment.full', free });
  return { ok: true, clientIds: candidates.map(({ clientId }) => clientId) };
}

/**
 * Recording whether an invited client came. A client marked present attended: that closes the info
 * track of their trajectory and is not taken back (an absence can still be corrected to present).
 *
 * @example
 * decideAttendance({ current: 'invited', next: 'attended' }); // { ok: true, closesInfoTrack: true }
 * decideAttendance({ current: 'attended', next: 'absent' }).ok; // false
 */
export function decideAttendance({
  current,
  next,
}: {
  current: 'invited' | 'attended' | 'absent';
  next: 'attended' | 'absent';
}): Outcome<{ closesInfoTrack: boolean; changed: boolean }, InfoMomentRefusal> {
  if (current === 'attended' && next === 'absent') return refuse({ code: 'info_moment.already_attended' });
  return { ok: true, closesInfoTrack: next === 'attended', changed: current !== next };
}

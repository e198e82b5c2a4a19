import { assertNever, type Outcome, refuse } from '../shared/result';
import type { DerivedTrajectory, GuidanceTrack } from './trajectory';

/**
 * Why a trajectory ends before every part of the package is done, as the social worker picks it
 * from a list (a note says more).
 *
 * @example
 * TRAJECTORY_END_REASONS.includes('moved'); // true
 */
export const TRAJECTORY_END_REASONS = [
  'dropped_out',
  'moved',
  'unreachable',
  'no_longer_needed',
  'deceased',
  'other',
] as const;

/** One of {@link TRAJECTORY_END_REASONS}. @example const reason: TrajectoryEndReason = 'unreachable'; */
export type TrajectoryEndReason = (typeof TRAJECTORY_END_REASONS)[number];

/** How a closed trajectory ended; the recorded fact the status is derived from. */
export type TrajectoryClosureKind = 'completed' | 'dropped_out' | 'closed';

/**
 * The closure an early end records: the client stopped (`dropped_out`: they left, or cannot be
 * reached any more), or the trajectory was closed for a reason outside the programme (`closed`).
 *
 * @example
 * closureKindForEndReason('unreachable'); // 'dropped_out'
 * closureKindForEndReason('moved'); // 'closed'
 */
export function closureKindForEndReason(reason: TrajectoryEndReason): 'dropped_out' | 'closed' {
  switch (reason) {
    case 'dropped_out':
    case 'unreachable':
      return 'dropped_out';
    case 'moved':
    case 'no_longer_needed':
    case 'deceased':
    case 'other':
      return 'closed';
    default:
      return assertNever(reason);
  }
}

/**
 * What a social worker can do with a trajectory's end: complete it (a summary is needed while a part
 * of the package is still open), end it early with a reason and a note, or reopen it with a reason.
 */
export type TrajectoryClosureCommand =
  | { readonly type: 'complete'; readonly summary: string | null }
  | { readonly type: 'end'; readonly reason: TrajectoryEndReason; readonly note: string }
  | { readonly type: 'reopen'; readonly reason: string };

/** What the command records: a closure of this kind with its reason code and note, or a reopening. */
export type TrajectoryClosureDecision =
  | {
      readonly record: 'closure';
      readonly kind: TrajectoryClosureKind;
      readonly reason: TrajectoryEndReason | null;
      readonly note: string;
    }
  | { readonly record: 'reopening'; readonly reason: string };

/** The codes of {@link decideTrajectoryClosure}'s refusals. */
export type TrajectoryClosureRefusal =
  | 'trajectory.already_closed'
  | 'trajectory.not_closed'
  | 'trajectory.rejected'
  | 'trajectory.not_equipped'
  | 'trajectory.tracks_open';

const EQUIPPED_STATUSES: readonly DerivedTrajectory['status'][] = ['equipped', 'in_guidance', 'completed'];

/**
 * Decides a command on a trajectory's end from its derived state and whether a closure is recorded.
 * Completion needs the laptop handed out; with a part of the package still open it needs the social
 * worker's summary (the open tracks are in the refusal). A rejected intake ends on its own and is
 * neither completed nor ended. Only a recorded closure can be reopened.
 *
 * @example
 * decideTrajectoryClosure(
 *   { derived: { status: 'in_guidance', pendingTracks: ['training'] }, closed: false },
 *   { type: 'end', reason: 'moved', note: 'Verhuisd naar Brugge' },
 * ); // { ok: true, decision: { record: 'closure', kind: 'closed', reason: 'moved', note: 'Verhuisd naar Brugge' } }
 */
export function decideTrajectoryClosure(
  state: { readonly derived: DerivedTrajectory; readonly closed: boolean },
  command: TrajectoryClosureCommand,
): Outcome<{ decision: TrajectoryClosureDecision }, TrajectoryClosureRefusal> {
  const { derived, closed } = state;
  if (command.type === 'reopen') {
    if (!closed) return refuse({ code: 'trajectory.not_closed' });
    return { ok: true, decision: { record: 'reopening', reason: command.reason } };
  }
  if (closed) return refuse({ code: 'trajectory.already_closed', status: derived.status });
  if (derived.status === 'rejected') return refuse({ code: 'trajectory.rejected' });
  switch (command.type) {
    case 'complete': {
      if (!EQUIPPED_STATUSES.includes(derived.status)) return refuse({ code: 'trajectory.not_equipped' });
      const summary = command.summary?.trim() ?? '';
      if (derived.pendingTracks.length > 0 && summary === '')
        return refuse({
          code: 'trajectory.tracks_open',
          tracks: [...derived.pendingTracks] satisfies GuidanceTrack[],
        });
      return {
        ok: true,
        decision: { record: 'closure', kind: 'completed', reason: null, note: summary },
      };
    }
    case 'end':
      return {
        ok: true,
        decision: {
          record: 'closure',
          kind: closureKindForEndReason(command.reason),
          reason: command.reason,
          note: command.note,
        },
      };
    default:
      return assertNever(command);
  }
}

import type { RecommendedPackage } from '../assessment/assessment';
import type { DeviceStatus } from '../devices/devices';
import { assertNever } from '../shared/result';
import type { EnrolmentStatus } from '../training/training';

/**
 * A client's overall status in one programme, in the order a trajectory usually runs. `rejected`,
 * `completed`, `dropped_out` and `closed` end it.
 *
 * @example
 * TRAJECTORY_STATUSES[0]; // 'referred'
 */
export const TRAJECTORY_STATUSES = [
  'referred',
  'assessed',
  'approved',
  'rejected',
  'device_reserved',
  'equipped',
  'in_guidance',
  'completed',
  'dropped_out',
  'closed',
] as const;

/** One of {@link TRAJECTORY_STATUSES}. @example const status: TrajectoryStatus = 'in_guidance'; */
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

/**
 * The tracks that can still be open after the laptop is handed out.
 *
 * @example
 * GUIDANCE_TRACKS.includes('training'); // true
 */
export const GUIDANCE_TRACKS = [
  'home_help',
  'training',
  'digibuddy',
  'info_session',
  'digipunt_info',
] as const;

/** One of {@link GUIDANCE_TRACKS}. @example const track: GuidanceTrack = 'home_help'; */
export type GuidanceTrack = (typeof GUIDANCE_TRACKS)[number];

/**
 * The plain facts of every track, gathered by the caller; the status is derived from them and never
 * stored. `device` is the state of the laptop the client holds or held (`none` when no laptop was
 * ever reserved, or the reservation was cancelled).
 *
 * @example
 * const facts: TrajectoryFacts = {
 *   intakeDone: true, decision: 'approved', device: 'handed_out',
 *   package: { cheques: 2, basicCourse: true, digibuddy: false, infoSession: true },
 *   cheques: { open: 1, redeemed: 1, expired: 0, cancelled: 0 },
 *   training: { enrolment: 'enrolled', completed: false, referralDecided: false },
 *   guidance: { digipuntInfoGiven: true, infoSessionAttended: false, buddy: 'none' },
 *   closure: null,
 * };
 */
export interface TrajectoryFacts {
  readonly intakeDone: boolean;
  /** The eligibility decision: `approved` includes an override. */
  readonly decision: 'none' | 'approved' | 'rejected';
  readonly device: 'none' | Exclude<DeviceStatus, 'in_stock'>;
  readonly package: Pick<RecommendedPackage, 'cheques' | 'basicCourse' | 'digibuddy' | 'infoSession'> | null;
  readonly cheques: {
    readonly open: number;
    readonly redeemed: number;
    readonly expired: number;
    readonly cancelled: number;
  };
  readonly training: {
    readonly enrolment: 'none' | EnrolmentStatus;
    readonly completed: boolean;
    readonly referralDecided: boolean;
  };
  readonly guidance: {
    readonly digipuntInfoGiven: boolean;
    readonly infoSessionAttended: boolean;
    readonly buddy: 'none' | 'active' | 'ended';
  };
  /** A recorded closure: completed by the social worker, dropped out or closed (with its note). */
  readonly closure: null | { readonly kind: 'completed' | 'dropped_out' | 'closed'; readonly reason: string };
}

/**
 * The derived status, the tracks still open (after handout), and the closing reason if any.
 *
 * @example
 * const derived: DerivedTrajectory = { status: 'in_guidance', pendingTracks: ['training'] };
 */
export interface DerivedTrajectory {
  readonly status: TrajectoryStatus;
  readonly pendingTracks: readonly GuidanceTrack[];
  readonly closureReason?: string;
}

function pendingTracks(facts: TrajectoryFacts): GuidanceTrack[] {
  const pending: GuidanceTrack[] = [];
  const wanted = facts.package;
  const { open, redeemed, expired, cancelled } = facts.cheques;
  if (wanted && wanted.cheques > 0 && (open > 0 || redeemed + expired + cancelled === 0))
    pending.push('home_help');
  if (wanted?.basicCourse && !(facts.training.completed && facts.training.referralDecided))
    pending.push('training');
  if (wanted?.digibuddy && facts.guidance.buddy !== 'ended') pending.push('digibuddy');
  if (wanted?.infoSession && !facts.guidance.infoSessionAttended) pending.push('info_session');
  if (!facts.guidance.digipuntInfoGiven) pending.push('digipunt_info');
  return pending;
}

function guidanceStarted(facts: TrajectoryFacts): boolean {
  return (
    facts.cheques.redeemed > 0 ||
    facts.training.enrolment === 'enrolled' ||
    facts.training.completed ||
    facts.guidance.buddy !== 'none' ||
    facts.guidance.infoSessionAttended
  );
}

/**
 * Derives the trajectory status from the facts. Total: every combination has an answer. A closure
 * wins; otherwise the most advanced fact wins, so a laptop reserved after a rejection (an override
 * decided later) reads `device_reserved`. After handout the client is `equipped` until some guidance
 * starts, `in_guidance` while a track of the package is open, and `completed` when none is.
 *
 * @example
 * deriveTrajectoryStatus({ facts }).status; // 'in_guidance' for the facts in the TrajectoryFacts example
 */
export function deriveTrajectoryStatus({ facts }: { facts: TrajectoryFacts }): DerivedTrajectory {
  const pending = pendingTracks(facts);
  // A completion by the social worker closes what was still open; an early end keeps it visible.
  if (facts.closure)
    return {
      status: facts.closure.kind,
      pendingTracks: facts.closure.kind === 'completed' ? [] : pending,
      closureReason: facts.closure.reason,
    };
  switch (facts.device) {
    case 'handed_out':
    case 'returned':
    case 'defective':
    case 'lost':
      if (pending.length === 0) return { status: 'completed', pendingTracks: [] };
      return { status: guidanceStarted(facts) ? 'in_guidance' : 'equipped', pendingTracks: pending };
    case 'reserved':
      return { status: 'device_reserved', pendingTracks: pending };
    case 'none':
      break;
    default:
      return assertNever(facts.device);
  }
  if (facts.decision === 'approved') return { status: 'approved', pendingTracks: pending };
  if (facts.decision === 'rejected') return { status: 'rejected', pendingTracks: [] };
  return { status: facts.intakeDone ? 'assessed' : 'referred', pendingTracks: pending };
}

/**
 * Whether a status ends the trajectory.
 *
 * @example
 * isTrajectoryFinished('completed'); // true
 * isTrajectoryFinished('equipped'); // false
 */
export function isTrajectoryFinished(status: TrajectoryStatus): boolean {
  return status === 'rejected' || status === 'completed' || status === 'dropped_out' || status === 'closed';
}

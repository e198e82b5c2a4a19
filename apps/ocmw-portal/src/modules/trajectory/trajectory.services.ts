import type { TrajectoryComplete, TrajectoryEnd, TrajectoryReopen } from '@digipakket/api/contracts';
import { TRAJECTORY_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function completeTrajectory({ clientId, body }: { clientId: string; body: TrajectoryComplete }) {
  return portal.api.call(TRAJECTORY_ROUTES.complete, { params: { id: clientId }, body });
}

export function endTrajectory({ clientId, body }: { clientId: string; body: TrajectoryEnd }) {
  return portal.api.call(TRAJECTORY_ROUTES.end, { params: { id: clientId }, body });
}

export function reopenTrajectory({ clientId, body }: { clientId: string; body: TrajectoryReopen }) {
  return portal.api.call(TRAJECTORY_ROUTES.reopen, { params: { id: clientId }, body });
}

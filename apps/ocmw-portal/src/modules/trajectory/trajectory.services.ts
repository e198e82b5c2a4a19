import type {
  TrajectoryClosureResult,
  TrajectoryComplete,
  TrajectoryEnd,
  TrajectoryReopen,
} from '@digipakket/api/contracts';
import { portal } from '../../portal';

const path = (clientId: string, action: 'complete' | 'end' | 'reopen') =>
  `/clients/${encodeURIComponent(clientId)}/trajectory/${action}`;

export function completeTrajectory({ clientId, body }: { clientId: string; body: TrajectoryComplete }) {
  return portal.api.request<TrajectoryClosureResult>(path(clientId, 'complete'), { method: 'POST', body });
}

export function endTrajectory({ clientId, body }: { clientId: string; body: TrajectoryEnd }) {
  return portal.api.request<TrajectoryClosureResult>(path(clientId, 'end'), { method: 'POST', body });
}

export function reopenTrajectory({ clientId, body }: { clientId: string; body: TrajectoryReopen }) {
  return portal.api.request<TrajectoryClosureResult>(path(clientId, 'reopen'), { method: 'POST', body });
}

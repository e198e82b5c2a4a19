import { route, types } from '../../ground/shared/route-contract';
import type {
  TrajectoryClosureResultSchema,
  TrajectoryCompleteSchema,
  TrajectoryEndSchema,
  TrajectoryReopenSchema,
} from './trajectory.schemas';

type Answer = typeof TrajectoryClosureResultSchema;

/** Closing and reopening a client's trajectory, as the portals call it. */
export const TRAJECTORY_ROUTES = {
  complete: route(
    'POST',
    '/clients/{id}/trajectory/complete',
    types<{ body: typeof TrajectoryCompleteSchema; answer: Answer }>(),
  ),
  end: route(
    'POST',
    '/clients/{id}/trajectory/end',
    types<{ body: typeof TrajectoryEndSchema; answer: Answer }>(),
  ),
  reopen: route(
    'POST',
    '/clients/{id}/trajectory/reopen',
    types<{ body: typeof TrajectoryReopenSchema; answer: Answer }>(),
  ),
};

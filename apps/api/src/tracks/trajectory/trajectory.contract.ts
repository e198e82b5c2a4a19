import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './trajectory.schemas';

type Answer = typeof schemas.TrajectoryClosureResultSchema;

type Shapes = {
  complete: { body: typeof schemas.TrajectoryCompleteSchema; answer: Answer };
  end: { body: typeof schemas.TrajectoryEndSchema; answer: Answer };
  reopen: { body: typeof schemas.TrajectoryReopenSchema; answer: Answer };
};

/** Closing and reopening a client's trajectory, as the portals call it. */
export const TRAJECTORY_ROUTES = contract(types<Shapes>(), {
  complete: 'POST /clients/{id}/trajectory/complete',
  end: 'POST /clients/{id}/trajectory/end',
  reopen: 'POST /clients/{id}/trajectory/reopen',
});

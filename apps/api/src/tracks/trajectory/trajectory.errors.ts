import type { TrajectoryClosureRefusal } from '@digipakket/domain';
import { createErrorFactory } from '../../ground/shared/errors';

export const createNoIntakeForClosureError = createErrorFactory({
  code: 'trajectory.no_intake',
  status: 409,
  message: 'The client has no trajectory yet: there is no intake to close.',
});

/** The domain's refusals of a completion, an early end or a reopening, each with its own code. */
export const TRAJECTORY_CLOSURE_ERRORS: Record<
  TrajectoryClosureRefusal,
  ReturnType<typeof createErrorFactory>
> = {
  'trajectory.already_closed': createErrorFactory({
    code: 'trajectory.already_closed',
    status: 409,
    message: 'The trajectory is closed already; reopen it first.',
  }),
  'trajectory.not_closed': createErrorFactory({
    code: 'trajectory.not_closed',
    status: 409,
    message: 'The trajectory has no recorded closure to reopen.',
  }),
  'trajectory.rejected': createErrorFactory({
    code: 'trajectory.rejected',
    status: 409,
    message: 'The intake was rejected: the trajectory ended with that decision.',
  }),
  'trajectory.not_equipped': createErrorFactory({
    code: 'trajectory.not_equipped',
    status: 409,
    message: 'A trajectory is completed only after the laptop was handed out; end it early instead.',
  }),
  'trajectory.tracks_open': createErrorFactory({
    code: 'trajectory.tracks_open',
    status: 409,
    message: 'Parts of the package are still open: give a short summary to complete the trajectory anyway.',
  }),
};

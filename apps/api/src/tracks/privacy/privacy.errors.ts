import { createErrorFactory } from '../../ground/shared/errors';

export const createTrajectoryActiveError = createErrorFactory({
  code: 'privacy.trajectory_active',
  status: 409,
  message: "The client's trajectory is still open; close it before erasing the client's data.",
});

import type { InfoMomentRefusal } from '@digipakket/domain';
import { createErrorFactory } from '../../ground/shared/errors';

export const createInfoMomentNotFoundError = createErrorFactory({
  code: 'info_moment.not_found',
  status: 404,
  message: 'Info moment not found.',
});

export const createInvitationNotFoundError = createErrorFactory({
  code: 'info_moment.invitation_not_found',
  status: 404,
  message: 'This client was not invited to this info moment.',
});

/** The domain's refusals of an invitation, an attendance or a one-to-one session, each with its own code. */
export const INFO_MOMENT_ERRORS: Record<InfoMomentRefusal, ReturnType<typeof createErrorFactory>> = {
  'info_moment.not_included': createErrorFactory({
    code: 'info_moment.not_included',
    status: 409,
    message: "The client's approved package does not include the info part.",
  }),
  'info_moment.already_given': createErrorFactory({
    code: 'info_moment.already_given',
    status: 409,
    message: 'The client already received the info part of the package.',
  }),
  'info_moment.trajectory_closed': createErrorFactory({
    code: 'info_moment.trajectory_closed',
    status: 409,
    message: "The client's trajectory is closed.",
  }),
  'info_moment.full': createErrorFactory({
    code: 'info_moment.full',
    status: 409,
    message: 'The info moment has not enough free places for these clients.',
  }),
  'info_moment.already_attended': createErrorFactory({
    code: 'info_moment.already_attended',
    status: 409,
    message: 'The client was marked present already; a presence is not taken back.',
  }),
};

import { createErrorFactory } from '../../ground/shared/errors';

export const createNoIntakeError = createErrorFactory({
  code: 'guidance.no_intake',
  status: 409,
  message: 'The client has no intake yet; start one before recording guidance.',
});

export const createUnknownDigipuntError = createErrorFactory({
  code: 'guidance.unknown_digipunt',
  status: 400,
  message: "A named Digipunt is not in the tenant's directory.",
});

export const createBuddyNotOfferedError = createErrorFactory({
  code: 'guidance.buddy_not_offered',
  status: 409,
  message: "The client's programme offers no Digibuddy, and their package has none.",
});

export const createBuddyAlreadyPairedError = createErrorFactory({
  code: 'guidance.buddy_already_paired',
  status: 409,
  message: 'The client already has an active Digibuddy pairing; end it first.',
});

export const createBuddyPairingNotFoundError = createErrorFactory({
  code: 'guidance.buddy_pairing_not_found',
  status: 404,
  message: 'Digibuddy pairing not found.',
});

export const createBuddyPairingEndedError = createErrorFactory({
  code: 'guidance.buddy_pairing_ended',
  status: 409,
  message: 'This Digibuddy pairing has ended.',
});

/** The domain's refusals of a pairing's dates, each with its own code so the portal can say which date is wrong. */
export const BUDDY_DATE_ERRORS = {
  'buddy.starts_in_future': createErrorFactory({
    code: 'guidance.buddy_starts_in_future',
    status: 400,
    message: 'A pairing cannot start in the future.',
  }),
  'buddy.agreed_end_before_start': createErrorFactory({
    code: 'guidance.buddy_agreed_end_before_start',
    status: 400,
    message: 'The agreed end is before the start.',
  }),
  'buddy.meeting_before_start': createErrorFactory({
    code: 'guidance.buddy_meeting_before_start',
    status: 400,
    message: 'The meeting is before the pairing started.',
  }),
  'buddy.meeting_in_future': createErrorFactory({
    code: 'guidance.buddy_meeting_in_future',
    status: 400,
    message: 'A meeting cannot be recorded before it happened.',
  }),
  'buddy.end_before_start': createErrorFactory({
    code: 'guidance.buddy_end_before_start',
    status: 400,
    message: 'The pairing cannot end before it started.',
  }),
  'buddy.end_in_future': createErrorFactory({
    code: 'guidance.buddy_end_in_future',
    status: 400,
    message: 'The end of a pairing is recorded on or after the day it ended.',
  }),
} as const;

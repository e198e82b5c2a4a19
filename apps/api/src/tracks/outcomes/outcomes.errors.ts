import { createErrorFactory } from '../../ground/shared/errors';

export const createOutcomeRoundAlreadyTakenError = createErrorFactory({
  code: 'outcome_round.already_taken',
  status: 409,
  message: 'This round was already taken for this client.',
});

export const createOutcomeAnswersInvalidError = createErrorFactory({
  code: 'outcome_round.answers_invalid',
  status: 400,
  message: 'Some answers are not valid; see details.reasons.',
});

export const createOutcomeNoIntakeError = createErrorFactory({
  code: 'outcome_round.no_intake',
  status: 409,
  message: 'The client has no approved intake in this programme.',
});

export const createOutcomeRoundNotAllowedError = createErrorFactory({
  code: 'outcome_round.not_allowed',
  status: 409,
  message: 'You may not take this round here; see details.reasons.',
});

export const createOutcomeRoundNotOpenError = createErrorFactory({
  code: 'outcome_round.not_open',
  status: 409,
  message: 'This round is not open for answers; see details.status and details.window.',
});

export const createOutcomeOccasionNotFoundError = createErrorFactory({
  code: 'outcome_round.occasion_not_found',
  status: 404,
  message: 'No session or visit of yours with this client was found.',
});

export const createOutcomeSettingsInvalidError = createErrorFactory({
  code: 'outcome_settings.invalid',
  status: 400,
  message: 'Some outcome settings are not valid; see details.reasons.',
});

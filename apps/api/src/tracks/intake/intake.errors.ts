import { createErrorFactory } from '../../ground/shared/errors';

export const createNoProgrammeError = createErrorFactory({
  code: 'intake.no_programme',
  status: 409,
  message: 'The welfare centre has no active programme to take clients into.',
});

export const createAnswersIncompleteError = createErrorFactory({
  code: 'intake.answers_incomplete',
  status: 400,
  message: 'Answer every question of the skills questionnaire before deciding.',
});

export const createNotEligibleError = createErrorFactory({
  code: 'intake.not_eligible',
  status: 409,
  message: 'The client does not meet every rule; approve only with a written override reason.',
});

export const createOverrideReasonTooShortError = createErrorFactory({
  code: 'intake.override_reason_too_short',
  status: 400,
  message: 'Explain the override in a few more words.',
});

export const createPackageChangeReasonMissingError = createErrorFactory({
  code: 'intake.package_change_reason_missing',
  status: 400,
  message: 'Say why the package differs from the recommended one.',
});

export const createWaveRequiredError = createErrorFactory({
  code: 'intake.wave_required',
  status: 400,
  message: 'Choose the wave the client joins.',
});

export const createWaveNotFoundError = createErrorFactory({
  code: 'wave.not_found',
  status: 404,
  message: 'Wave not found.',
});

export const createIntakeLockedError = createErrorFactory({
  code: 'intake.locked',
  status: 409,
  message: 'A laptop is already reserved or handed out; the intake can no longer change.',
});

export const createAlreadyDecidedError = createErrorFactory({
  code: 'intake.already_decided',
  status: 409,
  message: 'The intake is already decided; it cannot go back to a draft.',
});

import { createErrorFactory } from '../../ground/shared/errors';

export const createProgrammeNotFoundError = createErrorFactory({
  code: 'programme.not_found',
  status: 404,
  message: 'Programme not found.',
});

export const createWaveNotFoundError = createErrorFactory({
  code: 'wave.not_found',
  status: 404,
  message: 'Wave not found.',
});

export const createSettingsInvalidError = createErrorFactory({
  code: 'programme.settings_invalid',
  status: 400,
  message: 'Some settings are not valid; see details.reasons, one per field.',
});

export const createProgrammeAlreadyActiveError = createErrorFactory({
  code: 'programme.already_active',
  status: 409,
  message: 'The welfare centre already runs an active programme.',
});

export const createPartnerInvalidError = createErrorFactory({
  code: 'programme.partner_invalid',
  status: 400,
  message:
    'No partner organisation of that kind works for this welfare centre; details.field names the field.',
});

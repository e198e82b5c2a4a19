import { createErrorFactory } from '../../ground/shared/errors';

export const createWaveInvalidError = createErrorFactory({
  code: 'wave.invalid',
  status: 400,
  message: 'The wave is not valid; see details.reasons.',
});

export const createWaveOverflowError = createErrorFactory({
  code: 'wave.capacity_exceeded',
  status: 409,
  message:
    'This goes beyond the capacity; see details.reasons. Send acceptOverflow: true to go ahead anyway.',
});

export const createClientNotInProgrammeError = createErrorFactory({
  code: 'wave.client_not_approved',
  status: 409,
  message: 'Only clients approved in the wave’s programme can be put in it.',
});

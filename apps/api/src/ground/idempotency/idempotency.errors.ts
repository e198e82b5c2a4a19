import { createErrorFactory } from '../shared/errors';

export const createIdempotencyKeyInvalidError = createErrorFactory({
  code: 'idempotency.key_invalid',
  status: 400,
  message: 'The Idempotency-Key header must be 8 to 128 visible characters.',
});

export const createIdempotencyKeyReusedError = createErrorFactory({
  code: 'idempotency.key_reused',
  status: 422,
  message: 'This Idempotency-Key was already used for a different request.',
});

export const createIdempotencyInProgressError = createErrorFactory({
  code: 'idempotency.in_progress',
  status: 409,
  message: 'A request with this Idempotency-Key is still being handled; try again in a moment.',
});

export const createIdempotencyKeyMissingError = createErrorFactory({
  code: 'idempotency.key_missing',
  status: 400,
  message: 'Send an Idempotency-Key header (8 to 128 visible characters) with this request.',
});

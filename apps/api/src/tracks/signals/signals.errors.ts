import { createErrorFactory } from '../../ground/shared/errors';

export const createSignalNotFoundError = createErrorFactory({
  code: 'signal.not_found',
  status: 404,
  message: 'Signal not found.',
});

export const createSnoozeUntilInvalidError = createErrorFactory({
  code: 'signal.snooze_until_invalid',
  status: 400,
  message: 'Snooze until a day after today and at most 90 days ahead.',
});

export const createSignalNotResolvableError = createErrorFactory({
  code: 'signal.resolved_by_facts',
  status: 409,
  message: 'This signal goes away by itself once the action it asks for is recorded.',
});

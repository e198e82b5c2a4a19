import { type ApiErrorCode, isApiError } from '../api/api-client';

/** The keys a partner portal's dictionaries hold for an end round the API refused. */
export type OutcomeRefusalKey =
  | 'outcomes.error.alreadyTaken'
  | 'outcomes.error.notOpen'
  | 'outcomes.error.notAllowed';

const REFUSALS: Partial<Record<ApiErrorCode, OutcomeRefusalKey>> = {
  'outcome_round.already_taken': 'outcomes.error.alreadyTaken',
  'outcome_round.not_open': 'outcomes.error.notOpen',
  'outcome_round.not_allowed': 'outcomes.error.notAllowed',
  'outcome_round.occasion_not_found': 'outcomes.error.notAllowed',
};

/** The key of the words for an end round the API refused for a reason of its own, if it was one. */
export function outcomeRefusalKey(caught: unknown): OutcomeRefusalKey | undefined {
  return isApiError(caught) ? REFUSALS[caught.code] : undefined;
}

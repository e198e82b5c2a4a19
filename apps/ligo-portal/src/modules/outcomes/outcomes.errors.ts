import { isApiError } from '@digipakket/portal-kit';
import type { LigoKey } from '../../i18n/ligo.dictionary.nl';
import { t } from '../../portal';
import { ligoErrorKey } from '../training/training.errors';

const REFUSALS: Record<string, LigoKey> = {
  'outcome_round.already_taken': 'outcomes.error.alreadyTaken',
  'outcome_round.not_open': 'outcomes.error.notOpen',
  'outcome_round.not_allowed': 'outcomes.error.notAllowed',
  'outcome_round.occasion_not_found': 'outcomes.error.notAllowed',
};

/** Why the end round was refused, in the teacher's words. */
export function outcomeRefusalText(caught: unknown): string {
  const key = isApiError(caught) ? REFUSALS[caught.code] : undefined;
  return t(key ?? ligoErrorKey(caught));
}

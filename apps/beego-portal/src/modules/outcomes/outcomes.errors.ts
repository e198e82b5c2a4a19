import { errorMessageKey, isApiError } from '@digipakket/portal-kit';
import type { BeegoKey } from '../../i18n/beego.dictionary.nl';
import { i18n, t } from '../../portal';

const REFUSALS: Record<string, BeegoKey> = {
  'outcome_round.already_taken': 'outcomes.error.alreadyTaken',
  'outcome_round.not_open': 'outcomes.error.notOpen',
  'outcome_round.not_allowed': 'outcomes.error.notAllowed',
  'outcome_round.occasion_not_found': 'outcomes.error.notAllowed',
};

/** Why the end round was refused, in the student's words. */
export function outcomeRefusalText(caught: unknown): string {
  const key = isApiError(caught) ? REFUSALS[caught.code] : undefined;
  return key ? t(key) : i18n.t(errorMessageKey(caught));
}

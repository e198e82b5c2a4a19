import { errorMessageKey, outcomeRefusalKey } from '@digipakket/portal-kit';
import { i18n, t } from '../../portal';

/** Why the end round was refused, in the student's words. */
export function outcomeRefusalText(caught: unknown): string {
  const key = outcomeRefusalKey(caught);
  return key ? t(key) : i18n.t(errorMessageKey(caught));
}

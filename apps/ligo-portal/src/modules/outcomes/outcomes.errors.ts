import { outcomeRefusalKey } from '@digipakket/portal-kit';
import { t } from '../../portal';
import { ligoErrorKey } from '../training/training.errors';

/** Why the end round was refused, in the teacher's words. */
export function outcomeRefusalText(caught: unknown): string {
  return t(outcomeRefusalKey(caught) ?? ligoErrorKey(caught));
}

import { TRAINING_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

/** My sessions from `from` on (a week back shows the ones whose attendance can still be corrected). */
export function fetchMySessions({ from }: { from?: string } = {}) {
  return portal.api.call(TRAINING_ROUTES.mySessions, { query: { from } });
}

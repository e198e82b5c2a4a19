import { portal, t } from '../../portal';
import { ligoErrorKey } from '../training/training.errors';

/** Says a refused change in the status region, for actions that have no error line of their own. */
export function announceError(error: unknown) {
  portal.status.announce(t(ligoErrorKey(error)), 'error');
}

import { OBSERVATION_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchObservations({ clientId }: { clientId: string }) {
  return portal.api.call(OBSERVATION_ROUTES.ofClient, { params: { id: clientId } });
}

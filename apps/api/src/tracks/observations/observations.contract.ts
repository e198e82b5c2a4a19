import { route, types } from '../../ground/shared/route-contract';
import type { ObservationListSchema } from './observations.schemas';

/** The partners' observations of a client, as the portals read them. */
export const OBSERVATION_ROUTES = {
  ofClient: route('GET', '/clients/{id}/observations', types<{ answer: typeof ObservationListSchema }>()),
};

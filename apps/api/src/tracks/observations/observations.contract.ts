import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './observations.schemas';

type Shapes = {
  ofClient: { answer: typeof schemas.ObservationListSchema };
};

/** The partners' observations of a client, as the portals read them. */
export const OBSERVATION_ROUTES = contract(types<Shapes>(), {
  ofClient: 'GET /clients/{id}/observations',
});

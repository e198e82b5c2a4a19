import { contract, types } from '../../ground/shared/route-contract';
import type * as clients from '../../records/clients/clients.schemas';
import type * as schemas from './client-overview.schemas';

type Shapes = {
  list: { query: typeof schemas.ClientListQuerySchema; answer: typeof schemas.ClientListSchema };
  socialWorkers: { answer: typeof clients.SocialWorkerListSchema };
  create: { body: typeof clients.ClientCreateSchema; answer: typeof clients.ClientResponseSchema };
  detail: { answer: typeof clients.ClientResponseSchema };
  update: { body: typeof clients.ClientUpdateSchema; answer: typeof clients.ClientResponseSchema };
  duplicates: { body: typeof clients.DuplicateCheckSchema; answer: typeof clients.DuplicateListSchema };
  overview: { answer: typeof schemas.ClientOverviewSchema };
};

/** The client routes as the portals call them. */
export const CLIENT_ROUTES = contract(types<Shapes>(), {
  list: 'GET /clients',
  socialWorkers: 'GET /social-workers',
  create: 'POST /clients',
  detail: 'GET /clients/{id}',
  update: 'PATCH /clients/{id}',
  duplicates: 'POST /clients/duplicates',
  overview: 'GET /clients/{id}/overview',
});

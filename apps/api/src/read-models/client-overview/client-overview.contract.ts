import { contract, types } from '../../ground/shared/route-contract';
import type {
  ClientCreateSchema,
  ClientResponseSchema,
  ClientUpdateSchema,
  DuplicateCheckSchema,
  DuplicateListSchema,
  SocialWorkerListSchema,
} from '../../records/clients/clients.schemas';
import type * as schemas from './client-overview.schemas';

type Shapes = {
  list: { query: typeof schemas.ClientListQuerySchema; answer: typeof schemas.ClientListSchema };
  socialWorkers: { answer: typeof SocialWorkerListSchema };
  create: { body: typeof ClientCreateSchema; answer: typeof ClientResponseSchema };
  detail: { answer: typeof ClientResponseSchema };
  update: { body: typeof ClientUpdateSchema; answer: typeof ClientResponseSchema };
  duplicates: { body: typeof DuplicateCheckSchema; answer: typeof DuplicateListSchema };
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

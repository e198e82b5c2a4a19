import { route, types } from '../../ground/shared/route-contract';
import type {
  ClientCreateSchema,
  ClientResponseSchema,
  ClientUpdateSchema,
  DuplicateCheckSchema,
  DuplicateListSchema,
  SocialWorkerListSchema,
} from '../../records/clients/clients.schemas';
import type {
  ClientListQuerySchema,
  ClientListSchema,
  ClientOverviewSchema,
} from './client-overview.schemas';

/** The client routes as the portals call them. */
export const CLIENT_ROUTES = {
  list: route(
    'GET',
    '/clients',
    types<{ query: typeof ClientListQuerySchema; answer: typeof ClientListSchema }>(),
  ),
  socialWorkers: route('GET', '/social-workers', types<{ answer: typeof SocialWorkerListSchema }>()),
  create: route(
    'POST',
    '/clients',
    types<{ body: typeof ClientCreateSchema; answer: typeof ClientResponseSchema }>(),
  ),
  detail: route('GET', '/clients/{id}', types<{ answer: typeof ClientResponseSchema }>()),
  update: route(
    'PATCH',
    '/clients/{id}',
    types<{ body: typeof ClientUpdateSchema; answer: typeof ClientResponseSchema }>(),
  ),
  duplicates: route(
    'POST',
    '/clients/duplicates',
    types<{ body: typeof DuplicateCheckSchema; answer: typeof DuplicateListSchema }>(),
  ),
  overview: route('GET', '/clients/{id}/overview', types<{ answer: typeof ClientOverviewSchema }>()),
};

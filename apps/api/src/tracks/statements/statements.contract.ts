import { route, types } from '../../ground/shared/route-contract';
import type {
  ReconcileRequestSchema,
  StatementCreateSchema,
  StatementLineResponseSchema,
  StatementListQuerySchema,
  StatementListSchema,
  StatementResponseSchema,
} from './statements.schemas';

type OneStatement = { answer: typeof StatementResponseSchema };

/** The monthly statements' routes as the portals call them. */
export const STATEMENT_ROUTES = {
  list: route(
    'GET',
    '/statements',
    types<{ query: typeof StatementListQuerySchema; answer: typeof StatementListSchema }>(),
  ),
  detail: route('GET', '/statements/{id}', types<OneStatement>()),
  create: route(
    'POST',
    '/statements',
    types<{ body: typeof StatementCreateSchema; answer: typeof StatementResponseSchema }>(),
  ),
  send: route('POST', '/statements/{id}/send', types<OneStatement>()),
  close: route('POST', '/statements/{id}/close', types<OneStatement>()),
  reconcileLine: route(
    'POST',
    '/statements/{id}/lines/{lineId}/reconcile',
    types<{ body: typeof ReconcileRequestSchema; answer: typeof StatementLineResponseSchema }>(),
  ),
};

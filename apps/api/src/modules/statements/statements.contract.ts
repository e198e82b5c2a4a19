import { route } from '../shared/route-contract';
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
  list: route<{ query: typeof StatementListQuerySchema; answer: typeof StatementListSchema }>()(
    'GET',
    '/statements',
  ),
  detail: route<OneStatement>()('GET', '/statements/{id}'),
  create: route<{ body: typeof StatementCreateSchema; answer: typeof StatementResponseSchema }>()(
    'POST',
    '/statements',
  ),
  send: route<OneStatement>()('POST', '/statements/{id}/send'),
  close: route<OneStatement>()('POST', '/statements/{id}/close'),
  reconcileLine: route<{ body: typeof ReconcileRequestSchema; answer: typeof StatementLineResponseSchema }>()(
    'POST',
    '/statements/{id}/lines/{lineId}/reconcile',
  ),
};

import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './statements.schemas';

type OneStatement = { answer: typeof schemas.StatementResponseSchema };

type Shapes = {
  list: { query: typeof schemas.StatementListQuerySchema; answer: typeof schemas.StatementListSchema };
  detail: OneStatement;
  create: { body: typeof schemas.StatementCreateSchema; answer: typeof schemas.StatementResponseSchema };
  send: OneStatement;
  close: OneStatement;
  reconcileLine: {
    body: typeof schemas.ReconcileRequestSchema;
    answer: typeof schemas.StatementLineResponseSchema;
  };
};

/** The monthly statements' routes as the portals call them. */
export const STATEMENT_ROUTES = contract(types<Shapes>(), {
  list: 'GET /statements',
  detail: 'GET /statements/{id}',
  create: 'POST /statements',
  send: 'POST /statements/{id}/send',
  close: 'POST /statements/{id}/close',
  reconcileLine: 'POST /statements/{id}/lines/{lineId}/reconcile',
});

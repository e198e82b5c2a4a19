import { contract, types } from '../../ground/shared/route-contract';
import type {
  ReconcileRequestSchema,
  StatementCreateSchema,
  StatementLineResponseSchema,
  StatementListQuerySchema,
  StatementListSchema,
  StatementResponseSchema,
} from './statements.schemas';

type OneStatement = { answer: typeof StatementResponseSchema };

type Shapes = {
  list: { query: typeof StatementListQuerySchema; answer: typeof StatementListSchema };
  detail: OneStatement;
  create: { body: typeof StatementCreateSchema; answer: typeof StatementResponseSchema };
  send: OneStatement;
  close: OneStatement;
  reconcileLine: { body: typeof ReconcileRequestSchema; answer: typeof StatementLineResponseSchema };
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

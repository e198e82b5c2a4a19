import { contract, types } from '../../ground/shared/route-contract';
import type { AuditPageSchema, AuditQuerySchema } from './audit-viewer.schemas';

type Shapes = {
  list: { query: typeof AuditQuerySchema; answer: typeof AuditPageSchema };
};

/** The audit log as the portals read it. */
export const AUDIT_ROUTES = contract(types<Shapes>(), {
  list: 'GET /audit',
});

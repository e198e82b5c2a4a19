import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './audit-viewer.schemas';

type Shapes = {
  list: { query: typeof schemas.AuditQuerySchema; answer: typeof schemas.AuditPageSchema };
};

/** The audit log as the portals read it. */
export const AUDIT_ROUTES = contract(types<Shapes>(), {
  list: 'GET /audit',
});

import { route, types } from '../../ground/shared/route-contract';
import type { AuditPageSchema, AuditQuerySchema } from './audit-viewer.schemas';

/** The audit log as the portals read it. */
export const AUDIT_ROUTES = {
  list: route('GET', '/audit', types<{ query: typeof AuditQuerySchema; answer: typeof AuditPageSchema }>()),
};

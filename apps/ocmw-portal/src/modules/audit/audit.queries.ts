import { createResource } from 'solid-js';
import { type AuditFilters, fetchAudit } from './audit.services';

/** One page of the audit log, loaded again when the filters or the page (`query`) change. */
export function createAuditQuery(query: () => { filters: AuditFilters; offset: number }) {
  return createResource(query, (current) => fetchAudit(current));
}

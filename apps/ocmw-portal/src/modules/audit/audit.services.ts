import { AUDIT_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { clientId: string; userId: string; action: string; from: string; to: string };

export function fetchAudit({ filters, offset }: { filters: AuditFilters; offset: number }) {
  return portal.api.call(AUDIT_ROUTES.list, { query: { ...filters, limit: AUDIT_PAGE_SIZE, offset } });
}

export function exportHref({ filters }: { filters: AuditFilters }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  const query = search.toString();
  return `/api/audit/export${query ? `?${query}` : ''}`;
}

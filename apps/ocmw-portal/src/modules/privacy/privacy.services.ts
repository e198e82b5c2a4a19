import { PRIVACY_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

/** Where the browser downloads a client's GDPR export (a JSON attachment). */
export function privacyExportUrl({ clientId }: { clientId: string }): string {
  return `/api/clients/${encodeURIComponent(clientId)}/privacy-export`;
}

export function eraseClient({ clientId, reason }: { clientId: string; reason: string }) {
  return portal.api.call(PRIVACY_ROUTES.erase, { params: { id: clientId }, body: { reason } });
}

export function fetchRetention() {
  return portal.api.call(PRIVACY_ROUTES.retention);
}

export function saveRetention({ retentionMonths }: { retentionMonths: number }) {
  return portal.api.call(PRIVACY_ROUTES.saveRetention, { body: { retentionMonths } });
}

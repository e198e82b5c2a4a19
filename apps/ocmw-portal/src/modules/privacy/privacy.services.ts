import type { ErasureResult, RetentionSettingsResponse } from '@digipakket/api/contracts';
import { portal } from '../../portal';

/** Where the browser downloads a client's GDPR export (a JSON attachment). */
export function privacyExportUrl({ clientId }: { clientId: string }): string {
  return `/api/clients/${encodeURIComponent(clientId)}/privacy-export`;
}

export function eraseClient({
  clientId,
  reason,
}: {
  clientId: string;
  reason: string;
}): Promise<ErasureResult> {
  return portal.api.request<ErasureResult>(`/clients/${encodeURIComponent(clientId)}/erasure`, {
    method: 'POST',
    body: { reason },
  });
}

export function fetchRetention(): Promise<RetentionSettingsResponse> {
  return portal.api.request<RetentionSettingsResponse>('/privacy/retention');
}

export function saveRetention({
  retentionMonths,
}: {
  retentionMonths: number;
}): Promise<RetentionSettingsResponse> {
  return portal.api.request<RetentionSettingsResponse>('/privacy/retention', {
    method: 'PUT',
    body: { retentionMonths },
  });
}

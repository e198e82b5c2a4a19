import type { DocumentBatch, DocumentLanguages } from '@digipakket/api/contracts';
import { portal } from '../../portal';

export function fetchDocumentLanguages(): Promise<DocumentLanguages> {
  return portal.api.request<DocumentLanguages>('/documents/languages');
}

export function startPackBatch({ waveId }: { waveId: string }): Promise<{ job: DocumentBatch }> {
  return portal.api.request<{ job: DocumentBatch }>('/documents/batches', {
    method: 'POST',
    body: { waveId },
  });
}

export function fetchPackBatch({ batchId }: { batchId: string }): Promise<{ job: DocumentBatch }> {
  return portal.api.request<{ job: DocumentBatch }>(`/documents/batches/${encodeURIComponent(batchId)}`);
}

/** Where a finished batch's ZIP is downloaded. */
export function packBatchDownloadHref({ batchId }: { batchId: string }): string {
  return `/api/documents/batches/${encodeURIComponent(batchId)}/download`;
}

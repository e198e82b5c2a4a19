import type { DocumentBatch, DocumentLanguages } from '@digipakket/api/contracts';
import { DOCUMENT_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchDocumentLanguages(): Promise<DocumentLanguages> {
  return portal.api.call(DOCUMENT_ROUTES.languages);
}

export function startPackBatch({ waveId }: { waveId: string }): Promise<{ job: DocumentBatch }> {
  return portal.api.call(DOCUMENT_ROUTES.startBatch, { body: { waveId } });
}

export function fetchPackBatch({ batchId }: { batchId: string }): Promise<{ job: DocumentBatch }> {
  return portal.api.call(DOCUMENT_ROUTES.batch, { params: { id: batchId } });
}

/** Where a finished batch's ZIP is downloaded. */
export function packBatchDownloadHref({ batchId }: { batchId: string }): string {
  return `/api/documents/batches/${encodeURIComponent(batchId)}/download`;
}

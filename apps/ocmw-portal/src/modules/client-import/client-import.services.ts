import type { ClientImportReport } from '@digipakket/api/contracts';
import { newIdempotencyKey } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export function importPart({ csv, firstLine, dryRun }: { csv: string; firstLine: number; dryRun: boolean }) {
  return portal.api.request<ClientImportReport>('/clients/import', {
    body: { csv, firstLine, dryRun },
    idempotencyKey: newIdempotencyKey(),
  });
}

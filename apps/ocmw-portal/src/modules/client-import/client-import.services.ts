import { CLIENT_IMPORT_ROUTES } from '@digipakket/api/routes';
import { newIdempotencyKey } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export function importPart({ csv, firstLine, dryRun }: { csv: string; firstLine: number; dryRun: boolean }) {
  return portal.api.call(
    CLIENT_IMPORT_ROUTES.importPart,
    { body: { csv, firstLine, dryRun } },
    { idempotencyKey: newIdempotencyKey() },
  );
}

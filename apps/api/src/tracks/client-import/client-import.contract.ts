import { route, types } from '../../ground/shared/route-contract';
import type { ClientImportReportSchema, ClientImportSchema } from './client-import.schemas';

/** Importing clients from a spreadsheet, as the portals call it. */
export const CLIENT_IMPORT_ROUTES = {
  importPart: route(
    'POST',
    '/clients/import',
    types<{ body: typeof ClientImportSchema; answer: typeof ClientImportReportSchema }>(),
  ),
};

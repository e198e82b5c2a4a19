import { contract, types } from '../../ground/shared/route-contract';
import type { ClientImportReportSchema, ClientImportSchema } from './client-import.schemas';

type Shapes = {
  importPart: { body: typeof ClientImportSchema; answer: typeof ClientImportReportSchema };
};

/** Importing clients from a spreadsheet, as the portals call it. */
export const CLIENT_IMPORT_ROUTES = contract(types<Shapes>(), {
  importPart: 'POST /clients/import',
});

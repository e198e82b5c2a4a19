import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './client-import.schemas';

type Shapes = {
  importPart: { body: typeof schemas.ClientImportSchema; answer: typeof schemas.ClientImportReportSchema };
};

/** Importing clients from a spreadsheet, as the portals call it. */
export const CLIENT_IMPORT_ROUTES = contract(types<Shapes>(), {
  importPart: 'POST /clients/import',
});

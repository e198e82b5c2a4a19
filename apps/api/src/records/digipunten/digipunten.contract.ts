import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './digipunten.schemas';

type Shapes = {
  list: { query: typeof schemas.DigipuntenQuerySchema; answer: typeof schemas.DigipuntenListSchema };
  import: {
    body: typeof schemas.DigipuntenImportSchema;
    answer: typeof schemas.DigipuntenImportReportSchema;
  };
};

/** The Digipunten directory: listed (or the ones nearest a client) and imported by the admin. */
export const DIGIPUNT_ROUTES = contract(types<Shapes>(), {
  list: 'GET /digipunten',
  import: 'POST /digipunten/import',
});

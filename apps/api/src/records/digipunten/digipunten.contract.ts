import { contract, types } from '../../ground/shared/route-contract';
import type {
  DigipuntenImportReportSchema,
  DigipuntenImportSchema,
  DigipuntenListSchema,
  DigipuntenQuerySchema,
} from './digipunten.schemas';

type Shapes = {
  list: { query: typeof DigipuntenQuerySchema; answer: typeof DigipuntenListSchema };
  import: { body: typeof DigipuntenImportSchema; answer: typeof DigipuntenImportReportSchema };
};

/** The Digipunten directory: listed (or the ones nearest a client) and imported by the admin. */
export const DIGIPUNT_ROUTES = contract(types<Shapes>(), {
  list: 'GET /digipunten',
  import: 'POST /digipunten/import',
});

import { route, types } from '../../ground/shared/route-contract';
import type {
  DigipuntenImportReportSchema,
  DigipuntenImportSchema,
  DigipuntenListSchema,
  DigipuntenQuerySchema,
} from './digipunten.schemas';

/** The Digipunten directory: listed (or the ones nearest a client) and imported by the admin. */
export const DIGIPUNT_ROUTES = {
  list: route(
    'GET',
    '/digipunten',
    types<{ query: typeof DigipuntenQuerySchema; answer: typeof DigipuntenListSchema }>(),
  ),
  import: route(
    'POST',
    '/digipunten/import',
    types<{ body: typeof DigipuntenImportSchema; answer: typeof DigipuntenImportReportSchema }>(),
  ),
};

import { route, types } from '../../ground/shared/route-contract';
import type {
  DocumentBatchCreateSchema,
  DocumentBatchResponseSchema,
  DocumentLanguagesSchema,
} from './documents.schemas';

/**
 * The documents' languages and the batches that print a wave's packs, as the welfare portal calls
 * them; the PDFs and the ZIP are downloaded by address, not through these.
 */
export const DOCUMENT_ROUTES = {
  languages: route('GET', '/documents/languages', types<{ answer: typeof DocumentLanguagesSchema }>()),
  startBatch: route(
    'POST',
    '/documents/batches',
    types<{ body: typeof DocumentBatchCreateSchema; answer: typeof DocumentBatchResponseSchema }>(),
  ),
  batch: route('GET', '/documents/batches/{id}', types<{ answer: typeof DocumentBatchResponseSchema }>()),
};

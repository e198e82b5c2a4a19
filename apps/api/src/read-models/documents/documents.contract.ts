import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './documents.schemas';

type Shapes = {
  languages: { answer: typeof schemas.DocumentLanguagesSchema };
  startBatch: {
    body: typeof schemas.DocumentBatchCreateSchema;
    answer: typeof schemas.DocumentBatchResponseSchema;
  };
  batch: { answer: typeof schemas.DocumentBatchResponseSchema };
};

/**
 * The documents' languages and the batches that print a wave's packs, as the welfare portal calls
 * them; the PDFs and the ZIP are downloaded by address, not through these.
 */
export const DOCUMENT_ROUTES = contract(types<Shapes>(), {
  languages: 'GET /documents/languages',
  startBatch: 'POST /documents/batches',
  batch: 'GET /documents/batches/{id}',
});

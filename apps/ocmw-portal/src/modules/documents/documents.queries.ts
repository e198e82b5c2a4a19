import { createResource } from 'solid-js';
import { fetchDocumentLanguages } from './documents.services';

/** The languages the client documents are printed in, with their state. */
export function createDocumentLanguagesQuery() {
  return createResource(() => fetchDocumentLanguages());
}

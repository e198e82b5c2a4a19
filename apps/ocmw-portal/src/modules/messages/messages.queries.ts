import { createResource } from 'solid-js';
import { fetchClientContact, fetchLetters } from './messages.services';

/** The client's contact details and consents, loaded again when `clientId` changes. */
export function createClientContactQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchClientContact({ clientId: id }));
}

/** The letters waiting to be printed and the batches before. */
export function createLettersQuery() {
  return createResource(() => fetchLetters());
}

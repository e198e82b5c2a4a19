import { createResource } from 'solid-js';
import { fetchClientContact } from './messages.services';

/** The client's contact details and consents, loaded again when `clientId` changes. */
export function createClientContactQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchClientContact({ clientId: id }));
}

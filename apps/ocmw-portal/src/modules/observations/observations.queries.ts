import { createResource } from 'solid-js';
import { fetchObservations } from './observations.services';

/** What the partners noted about the client, loaded again when `clientId` changes. */
export function createObservationsQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchObservations({ clientId: id }));
}

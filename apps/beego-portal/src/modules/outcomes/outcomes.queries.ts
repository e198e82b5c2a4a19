import { createResource } from 'solid-js';
import { fetchClientRounds } from './outcomes.services';

/** The client's rounds as this partner may see them, loaded again when `clientId` changes. */
export function createClientRoundsQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchClientRounds({ clientId: id }));
}

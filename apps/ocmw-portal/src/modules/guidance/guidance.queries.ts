import { createResource } from 'solid-js';
import { fetchBuddyPairings, fetchNearestDigipunten } from './guidance.services';

/** The client's Digibuddy pairings with their meetings, loaded again when `clientId` changes. */
export function createBuddyPairingsQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchBuddyPairings({ clientId: id }));
}

/**
 * The help points nearest to the client, loaded only while `clientId` gives an id: reading them is
 * an audited read of the client's address.
 */
export function createNearestDigipuntenQuery(clientId: () => string | undefined) {
  return createResource(clientId, (id) => fetchNearestDigipunten({ clientId: id }));
}

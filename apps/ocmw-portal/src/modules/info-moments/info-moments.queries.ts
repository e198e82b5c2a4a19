import { createResource } from 'solid-js';
import {
  fetchClientInfoMoments,
  fetchEligibleClients,
  fetchInfoMoment,
  fetchInfoMoments,
} from './info-moments.services';

/** The planned info moments. */
export function createInfoMomentsQuery() {
  return createResource(fetchInfoMoments);
}

/** One info moment with its invitations, loaded again when `momentId` changes. */
export function createInfoMomentQuery(momentId: () => string) {
  return createResource(momentId, (id) => fetchInfoMoment({ momentId: id }));
}

/** The clients who may still be invited to the info moment, loaded again when `momentId` changes. */
export function createEligibleClientsQuery(momentId: () => string) {
  return createResource(momentId, (id) => fetchEligibleClients({ momentId: id }));
}

/** The client's info moments and one-to-one information, loaded again when `clientId` changes. */
export function createClientInfoMomentsQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchClientInfoMoments({ clientId: id }));
}

import { createResource } from 'solid-js';
import {
  type ClientFilters,
  fetchClient,
  fetchClients,
  fetchOverview,
  fetchSocialWorkers,
} from './clients.services';

/** One page of the client list, loaded again when the search, the page or the filters (`request`) change. */
export function createClientsQuery(request: () => { q: string; offset: number; filters: ClientFilters }) {
  return createResource(request, (current) => fetchClients(current));
}

/** The social workers who follow clients, to filter the list by. */
export function createSocialWorkersQuery() {
  return createResource(async () => (await fetchSocialWorkers()).items);
}

/** The client's file with every track, loaded again when `clientId` changes. */
export function createClientOverviewQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchOverview({ clientId: id }));
}

/** The client's details, to edit them, loaded again when `clientId` changes. */
export function createClientQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchClient({ clientId: id }));
}

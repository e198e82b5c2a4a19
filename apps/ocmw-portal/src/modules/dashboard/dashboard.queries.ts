import type { DashboardClientsQuery } from '@digipakket/api/contracts';
import { createResource } from 'solid-js';
import { fetchDashboard, fetchFigureClients } from './dashboard.services';

/** The dashboard of a programme or one wave, loaded again when the choice (`scope`) changes. */
export function createDashboardQuery(
  scope: () => { programmeId: string | undefined; waveId: string | undefined },
) {
  return createResource(scope, fetchDashboard);
}

/** One page of the clients behind a figure, loaded again when the figure, the scope or the page change. */
export function createFigureClientsQuery(query: () => DashboardClientsQuery) {
  return createResource(query, (current) => fetchFigureClients({ query: current }));
}

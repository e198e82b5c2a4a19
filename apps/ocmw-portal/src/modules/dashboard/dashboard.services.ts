import type { Dashboard, DashboardClients, DashboardClientsQuery } from '@digipakket/api/contracts';
import { DASHBOARD_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchDashboard({
  programmeId,
  waveId,
}: {
  programmeId: string | undefined;
  waveId: string | undefined;
}): Promise<Dashboard> {
  return portal.api.call(DASHBOARD_ROUTES.figures, { query: { programmeId, waveId } });
}

export function fetchFigureClients({ query }: { query: DashboardClientsQuery }): Promise<DashboardClients> {
  return portal.api.call(DASHBOARD_ROUTES.clients, { query });
}

/** The address of the list of clients behind a figure; programme and wave ids are no client data. */
export function figureHref({
  figure,
  programmeId,
  waveId,
}: {
  figure: DashboardClients['figure'];
  programmeId: string | undefined;
  waveId: string | undefined;
}): string {
  const search = new URLSearchParams();
  if (programmeId) search.set('programmeId', programmeId);
  if (waveId) search.set('waveId', waveId);
  const query = search.toString();
  return `/dashboard/clients/${figure}${query ? `?${query}` : ''}`;
}

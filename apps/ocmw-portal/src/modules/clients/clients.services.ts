import type { ClientOverview, ClientUpdate, DuplicateCheck, DuplicateList } from '@digipakket/api/contracts';
import type { ClientCreate, ClientList, ClientResponse } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export const CLIENT_PAGE_SIZE = 25;

export function fetchClients({ q, offset }: { q: string; offset: number }): Promise<ClientList> {
  return portal.api.request<ClientList>('/clients', {
    query: { q: q.trim(), limit: CLIENT_PAGE_SIZE, offset },
  });
}

export function createClient({ client }: { client: ClientCreate }): Promise<ClientResponse> {
  return portal.api.request<ClientResponse>('/clients', { method: 'POST', body: client });
}

export function fetchOverview({ clientId }: { clientId: string }): Promise<ClientOverview> {
  return portal.api.request<ClientOverview>(`/clients/${encodeURIComponent(clientId)}/overview`);
}

export function fetchClient({ clientId }: { clientId: string }): Promise<ClientResponse> {
  return portal.api.request<ClientResponse>(`/clients/${encodeURIComponent(clientId)}`);
}

export function updateClient({
  clientId,
  changes,
}: {
  clientId: string;
  changes: ClientUpdate;
}): Promise<ClientResponse> {
  return portal.api.request<ClientResponse>(`/clients/${encodeURIComponent(clientId)}`, {
    method: 'PATCH',
    body: changes,
  });
}

export function findDuplicates({ check }: { check: DuplicateCheck }): Promise<DuplicateList> {
  return portal.api.request<DuplicateList>('/clients/duplicates', { method: 'POST', body: check });
}

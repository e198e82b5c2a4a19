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

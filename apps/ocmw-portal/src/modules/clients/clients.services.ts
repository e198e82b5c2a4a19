import type {
  ClientOverview,
  ClientUpdate,
  DuplicateCheck,
  DuplicateList,
  SocialWorkerList,
} from '@digipakket/api/contracts';
import type { ClientCreate, ClientList, ClientResponse } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export const CLIENT_PAGE_SIZE = 25;

/** The filters of the client list; they live in the page's address (ids and codes, never client data). */
export type ClientFilters = {
  status?: string | undefined;
  waveId?: string | undefined;
  signal?: string | undefined;
  socialWorkerId?: string | undefined;
  mine?: string | undefined;
};

export function fetchClients({
  q,
  offset,
  filters = {},
}: {
  q: string;
  offset: number;
  filters?: ClientFilters;
}): Promise<ClientList> {
  const narrowed = Object.fromEntries(Object.entries(filters).filter(([, value]) => !!value));
  return portal.api.request<ClientList>('/clients', {
    query: { q: q.trim(), limit: CLIENT_PAGE_SIZE, offset, ...narrowed },
  });
}

export function fetchSocialWorkers(): Promise<SocialWorkerList> {
  return portal.api.request<SocialWorkerList>('/social-workers');
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

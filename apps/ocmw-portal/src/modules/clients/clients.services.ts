import type { ClientUpdate, DuplicateCheck } from '@digipakket/api/contracts';
import { CLIENT_ROUTES } from '@digipakket/api/routes';
import type { ClientCreate } from '@digipakket/portal-kit';
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
}) {
  const narrowed = Object.fromEntries(Object.entries(filters).filter(([, value]) => !!value));
  return portal.api.call(CLIENT_ROUTES.list, {
    query: { q: q.trim(), limit: CLIENT_PAGE_SIZE, offset, ...narrowed },
  });
}

export function fetchSocialWorkers() {
  return portal.api.call(CLIENT_ROUTES.socialWorkers);
}

export function createClient({ client }: { client: ClientCreate }) {
  return portal.api.call(CLIENT_ROUTES.create, { body: client });
}

export function fetchOverview({ clientId }: { clientId: string }) {
  return portal.api.call(CLIENT_ROUTES.overview, { params: { id: clientId } });
}

export function fetchClient({ clientId }: { clientId: string }) {
  return portal.api.call(CLIENT_ROUTES.detail, { params: { id: clientId } });
}

export function updateClient({ clientId, changes }: { clientId: string; changes: ClientUpdate }) {
  return portal.api.call(CLIENT_ROUTES.update, { params: { id: clientId }, body: changes });
}

export function findDuplicates({ check }: { check: DuplicateCheck }) {
  return portal.api.call(CLIENT_ROUTES.duplicates, { body: check });
}

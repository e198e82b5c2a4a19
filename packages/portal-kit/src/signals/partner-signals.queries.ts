import { SIGNAL_ROUTES } from '@digipakket/api/routes';
import { createResource } from 'solid-js';
import type { ApiClient } from '../api/api-client';

/** The open signals the API lets this partner see (its own part's), loaded once the page opens. */
export function createOpenSignalsQuery({ api }: { api: ApiClient }) {
  return createResource(() => api.call(SIGNAL_ROUTES.list, { query: { status: 'open', limit: 100 } }));
}

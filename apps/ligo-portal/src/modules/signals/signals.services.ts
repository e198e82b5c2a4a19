import type { SignalList } from '@digipakket/api/contracts';
import { portal } from '../../portal';

/** The API scopes partners to the signals their own part raised; one page holds a coordinator's list. */
export function fetchSignals(): Promise<SignalList> {
  return portal.api.request<SignalList>('/signals', { query: { status: 'open', limit: 100 } });
}

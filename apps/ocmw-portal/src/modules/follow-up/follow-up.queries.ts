import type { SignalListQuery } from '@digipakket/api/contracts';
import { createResource } from 'solid-js';
import { fetchSignals } from './follow-up.services';

/** One page of signals, loaded again when the filters or the page (`query`) change. */
export function createSignalsQuery(query: () => SignalListQuery) {
  return createResource(query, (current) => fetchSignals({ query: current }));
}

import type { SignalList, SignalListQuery, SignalResponse } from '@digipakket/api/contracts';
import { SIGNAL_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export const SIGNAL_PAGE_SIZE = 25;

export function fetchSignals({ query }: { query: SignalListQuery }): Promise<SignalList> {
  const entries = Object.entries(query).filter(([, value]) => value !== undefined && value !== '');
  return portal.api.call(SIGNAL_ROUTES.list, { query: Object.fromEntries(entries) as SignalListQuery });
}

export function snoozeSignal({
  signalId,
  until,
  reason,
}: {
  signalId: string;
  until: string;
  reason: string;
}): Promise<SignalResponse> {
  return portal.api.call(SIGNAL_ROUTES.snooze, { params: { id: signalId }, body: { until, reason } });
}

export function resolveSignal({
  signalId,
  note,
}: {
  signalId: string;
  note: string;
}): Promise<{ resolved: true }> {
  return portal.api.call(SIGNAL_ROUTES.resolve, { params: { id: signalId }, body: { note } });
}

import type { SignalList, SignalListQuery, SignalResponse } from '@digipakket/api/contracts';
import { portal } from '../../portal';

export const SIGNAL_PAGE_SIZE = 25;

export function fetchSignals({ query }: { query: SignalListQuery }): Promise<SignalList> {
  const entries = Object.entries(query).filter(([, value]) => value !== undefined && value !== '');
  return portal.api.request<SignalList>('/signals', {
    query: Object.fromEntries(entries) as Record<string, string | number>,
  });
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
  return portal.api.request<SignalResponse>(`/signals/${encodeURIComponent(signalId)}/snooze`, {
    method: 'POST',
    body: { until, reason },
  });
}

export function resolveSignal({
  signalId,
  note,
}: {
  signalId: string;
  note: string;
}): Promise<{ resolved: true }> {
  return portal.api.request<{ resolved: true }>(`/signals/${encodeURIComponent(signalId)}/resolve`, {
    method: 'POST',
    body: { note },
  });
}

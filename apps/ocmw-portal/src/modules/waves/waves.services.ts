import type { WaveAddClients, WaveCandidates, WaveCreate, WavePlan } from '@digipakket/api/contracts';
import { portal } from '../../portal';

export function fetchWavePlan({ waveId }: { waveId: string }): Promise<{ plan: WavePlan }> {
  return portal.api.request<{ plan: WavePlan }>(`/waves/${encodeURIComponent(waveId)}`);
}

export function createWave({ wave }: { wave: WaveCreate }): Promise<{ plan: WavePlan }> {
  return portal.api.request<{ plan: WavePlan }>('/waves', { method: 'POST', body: wave });
}

export function fetchCandidates({ waveId }: { waveId: string }): Promise<WaveCandidates> {
  return portal.api.request<WaveCandidates>(`/waves/${encodeURIComponent(waveId)}/candidates`);
}

export function addClients({
  waveId,
  body,
}: {
  waveId: string;
  body: WaveAddClients;
}): Promise<{ plan: WavePlan }> {
  return portal.api.request<{ plan: WavePlan }>(`/waves/${encodeURIComponent(waveId)}/clients`, {
    method: 'POST',
    body,
  });
}

export type Overflow = WavePlan['overCapacity'][number];

/** The reasons of a `wave.capacity_exceeded` answer, or none for any other error. */
export function overflowsOf(error: unknown): Overflow[] | null {
  const candidate = error as { code?: string; details?: { reasons?: Overflow[] } };
  return candidate?.code === 'wave.capacity_exceeded' ? (candidate.details?.reasons ?? []) : null;
}

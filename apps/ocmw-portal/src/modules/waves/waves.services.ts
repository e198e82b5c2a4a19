import type { WaveAddClients, WaveCandidates, WaveCreate, WavePlan } from '@digipakket/api/contracts';
import { WAVE_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchWavePlan({ waveId }: { waveId: string }): Promise<{ plan: WavePlan }> {
  return portal.api.call(WAVE_ROUTES.plan, { params: { id: waveId } });
}

export function createWave({ wave }: { wave: WaveCreate }): Promise<{ plan: WavePlan }> {
  return portal.api.call(WAVE_ROUTES.create, { body: wave });
}

export function fetchCandidates({ waveId }: { waveId: string }): Promise<WaveCandidates> {
  return portal.api.call(WAVE_ROUTES.candidates, { params: { id: waveId } });
}

export function addClients({
  waveId,
  body,
}: {
  waveId: string;
  body: WaveAddClients;
}): Promise<{ plan: WavePlan }> {
  return portal.api.call(WAVE_ROUTES.addClients, { params: { id: waveId }, body });
}

export type Overflow = WavePlan['overCapacity'][number];

/** The reasons of a `wave.capacity_exceeded` answer, or none for any other error. */
export function overflowsOf(error: unknown): Overflow[] | null {
  const candidate = error as { code?: string; details?: { reasons?: Overflow[] } };
  return candidate?.code === 'wave.capacity_exceeded' ? (candidate.details?.reasons ?? []) : null;
}

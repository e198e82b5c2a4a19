import type { WavePlan } from '@digipakket/api/contracts';
import { createResource } from 'solid-js';
import { fetchCurrentProgramme } from '../programmes/programmes.services';
import { fetchCandidates, fetchWavePlan } from './waves.services';

/** The current programme with the plan of each of its waves; no programme and no plans before there is one. */
export function createWavePlansQuery() {
  return createResource(async () => {
    const programme = await fetchCurrentProgramme();
    if (!programme) return { programme: undefined, plans: [] as WavePlan[] };
    const plans = await Promise.all(programme.waves.map((wave) => fetchWavePlan({ waveId: wave.id })));
    return { programme, plans: plans.map((result) => result.plan) };
  });
}

/** One wave's plan against capacity, loaded again when `waveId` changes. */
export function createWavePlanQuery(waveId: () => string) {
  return createResource(waveId, (id) => fetchWavePlan({ waveId: id }));
}

/** The approved clients who could join the wave, loaded again when `waveId` changes. */
export function createCandidatesQuery(waveId: () => string) {
  return createResource(waveId, (id) => fetchCandidates({ waveId: id }));
}

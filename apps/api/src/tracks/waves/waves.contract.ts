import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './waves.schemas';

type OnePlan = z.ZodObject<{ plan: typeof schemas.WavePlanSchema }>;

type Shapes = {
  create: { body: typeof schemas.WaveCreateSchema; answer: OnePlan };
  plan: { answer: OnePlan };
  candidates: { answer: typeof schemas.WaveCandidatesSchema };
  addClients: { body: typeof schemas.WaveAddClientsSchema; answer: OnePlan };
};

/** A programme's waves planned against capacity, as the welfare portal calls them. */
export const WAVE_ROUTES = contract(types<Shapes>(), {
  create: 'POST /waves',
  plan: 'GET /waves/{id}',
  candidates: 'GET /waves/{id}/candidates',
  addClients: 'POST /waves/{id}/clients',
});

import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type {
  WaveAddClientsSchema,
  WaveCandidatesSchema,
  WaveCreateSchema,
  WavePlanSchema,
} from './waves.schemas';

type OnePlan = z.ZodObject<{ plan: typeof WavePlanSchema }>;

type Shapes = {
  create: { body: typeof WaveCreateSchema; answer: OnePlan };
  plan: { answer: OnePlan };
  candidates: { answer: typeof WaveCandidatesSchema };
  addClients: { body: typeof WaveAddClientsSchema; answer: OnePlan };
};

/** A programme's waves planned against capacity, as the welfare portal calls them. */
export const WAVE_ROUTES = contract(types<Shapes>(), {
  create: 'POST /waves',
  plan: 'GET /waves/{id}',
  candidates: 'GET /waves/{id}/candidates',
  addClients: 'POST /waves/{id}/clients',
});

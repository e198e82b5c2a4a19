import type { z } from 'zod';
import { route, types } from '../../ground/shared/route-contract';
import type {
  WaveAddClientsSchema,
  WaveCandidatesSchema,
  WaveCreateSchema,
  WavePlanSchema,
} from './waves.schemas';

type OnePlan = z.ZodObject<{ plan: typeof WavePlanSchema }>;

/** A programme's waves planned against capacity, as the welfare portal calls them. */
export const WAVE_ROUTES = {
  create: route('POST', '/waves', types<{ body: typeof WaveCreateSchema; answer: OnePlan }>()),
  plan: route('GET', '/waves/{id}', types<{ answer: OnePlan }>()),
  candidates: route('GET', '/waves/{id}/candidates', types<{ answer: typeof WaveCandidatesSchema }>()),
  addClients: route(
    'POST',
    '/waves/{id}/clients',
    types<{ body: typeof WaveAddClientsSchema; answer: OnePlan }>(),
  ),
};

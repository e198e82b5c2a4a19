import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withTenantId, withTenantInput } from '../../ground/http/serve';
import { WAVE_ROUTES } from './waves.contract';
import {
  WaveAddClientsSchema,
  WaveCandidatesSchema,
  WaveCreateSchema,
  WavePlanSchema,
} from './waves.schemas';
import { addClientsToWave, createWave, getWavePlan, listWaveCandidates } from './waves.usecases';

/** Planning waves is the project lead's job. */
const WAVE_ACCESS = ['welfare:project_lead'] as const;
const planResponse = z.object({ plan: WavePlanSchema });

const define = routesOf({ tag: 'programmes', access: WAVE_ACCESS });

export function registerWavesRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(WAVE_ROUTES.create, {
      summary: 'Plan a wave: a pickup period and its capacity',
      description:
        'Checked with the domain rules (400 `wave.invalid`). When the laptops or training seats go beyond what is in stock or free, answers 409 `wave.capacity_exceeded` with `details.reasons`; send `acceptOverflow: true` to plan it anyway.',
      body: WaveCreateSchema,
      answer: [201, planResponse, 'The new wave and its plan.'],
      errors: [404, 409],
    }),
    withTenantInput(createWave),
  );

  serveJson(
    app,
    define(WAVE_ROUTES.plan, {
      summary: 'A wave against what its clients need and what there is',
      answer: [200, planResponse, 'The plan.'],
      errors: [404],
    }),
    withTenantId('waveId', getWavePlan),
  );

  serveJson(
    app,
    define(WAVE_ROUTES.candidates, {
      summary: 'Approved clients of the programme who are in no wave yet',
      answer: [200, WaveCandidatesSchema, 'The candidates.'],
      errors: [404],
    }),
    withTenantId('waveId', listWaveCandidates),
  );

  serveJson(
    app,
    define(WAVE_ROUTES.addClients, {
      summary: 'Put approved clients in a wave',
      description:
        'When their packages overflow the wave, answers 409 `wave.capacity_exceeded` with `details.reasons`; send `acceptOverflow: true` to go ahead. A client not approved in the wave’s programme answers 409 `wave.client_not_approved`; a client that is missing or of another tenant 404 `client.not_found`.',
      body: WaveAddClientsSchema,
      answer: [200, planResponse, 'The wave’s plan after adding.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) => addClientsToWave({ ctx: tenant, waveId: param.id, input: body }),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import {
  WaveAddClientsSchema,
  WaveCandidatesSchema,
  WaveCreateSchema,
  WavePlanSchema,
} from './waves.schemas';
import { addClientsToWave, createWave, getWavePlan, listWaveCandidates } from './waves.usecases';

/** Planning waves is the project lead's job. */
const WAVE_ACCESS = ['welfare:project_lead'] as const;
const idParams = z.object({ id: z.string().max(64) });
const planResponse = z.object({ plan: WavePlanSchema });

const createRoute = defineRoute({
  method: 'post',
  path: '/api/waves',
  tag: 'programmes',
  access: WAVE_ACCESS,
  summary: 'Plan a wave: a pickup period and its capacity',
  description:
    'Checked with the domain rules (400 `wave.invalid`). When the laptops or training seats go beyond what is in stock or free, answers 409 `wave.capacity_exceeded` with `details.reasons`; send `acceptOverflow: true` to plan it anyway.',
  request: { body: jsonBody(WaveCreateSchema) },
  responses: {
    201: jsonResponse(planResponse, 'The new wave and its plan.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const planRoute = defineRoute({
  method: 'get',
  path: '/api/waves/{id}',
  tag: 'programmes',
  access: WAVE_ACCESS,
  summary: 'A wave against what its clients need and what there is',
  request: { params: idParams },
  responses: { 200: jsonResponse(planResponse, 'The plan.'), ...errorResponses(401, 403, 404) },
});

const candidatesRoute = defineRoute({
  method: 'get',
  path: '/api/waves/{id}/candidates',
  tag: 'programmes',
  access: WAVE_ACCESS,
  summary: 'Approved clients of the programme who are in no wave yet',
  request: { params: idParams },
  responses: { 200: jsonResponse(WaveCandidatesSchema, 'The candidates.'), ...errorResponses(401, 403, 404) },
});

const addClientsRoute = defineRoute({
  method: 'post',
  path: '/api/waves/{id}/clients',
  tag: 'programmes',
  access: WAVE_ACCESS,
  summary: 'Put approved clients in a wave',
  description:
    'When their packages overflow the wave, answers 409 `wave.capacity_exceeded` with `details.reasons`; send `acceptOverflow: true` to go ahead. A client not approved in the wave’s programme answers 409 `wave.client_not_approved`; a client that is missing or of another tenant 404 `client.not_found`.',
  request: { params: idParams, body: jsonBody(WaveAddClientsSchema) },
  responses: {
    200: jsonResponse(planResponse, 'The wave’s plan after adding.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerWavesRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, createRoute, 201, ({ tenant, body }) => createWave({ ctx: tenant, input: body }));

  serveJson(app, planRoute, 200, ({ tenant, param }) => getWavePlan({ ctx: tenant, waveId: param.id }));

  serveJson(app, candidatesRoute, 200, ({ tenant, param }) =>
    listWaveCandidates({ ctx: tenant, waveId: param.id }),
  );

  serveJson(app, addClientsRoute, 200, ({ tenant, param, body }) =>
    addClientsToWave({ ctx: tenant, waveId: param.id, input: body }),
  );
}

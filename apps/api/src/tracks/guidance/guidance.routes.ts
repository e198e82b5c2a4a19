import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import {
  BuddyMeetingCreateSchema,
  BuddyPairingCreateSchema,
  BuddyPairingEndSchema,
  BuddyPairingListSchema,
  BuddyPairingSchema,
  DigipuntInfoResultSchema,
  DigipuntInfoSchema,
} from './guidance.schemas';
import {
  endBuddyPairing,
  listBuddyPairings,
  pairWithBuddy,
  recordBuddyMeeting,
  recordDigipuntInfo,
} from './guidance.usecases';

const params = z.object({ id: z.string().max(64) });
const pairingParams = z.object({ id: z.string().max(64), pairingId: z.string().max(64) });
const PairingResultSchema = z.object({ pairing: BuddyPairingSchema }).meta({ id: 'BuddyPairingResult' });

const digipuntInfoRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/guidance/digipunt-info',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Record which Digipunten the client was told about',
  description:
    "Names come from the tenant's directory (`GET /api/digipunten?near=<clientId>`). One transaction: the points as told, `digipunt_info_given_at` on the client's intake and the audit row. Refusals: `guidance.unknown_digipunt` (400), `guidance.no_intake` (409), `client.not_found` (404).",
  request: { params, body: jsonBody(DigipuntInfoSchema) },
  responses: {
    201: jsonResponse(DigipuntInfoResultSchema, 'Recorded.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const listBuddyPairingsRoute = defineRoute({
  method: 'get',
  path: '/api/clients/{id}/guidance/buddy-pairings',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "The client's Digibuddy pairings and their meetings",
  description:
    "Newest first, with `offered`: whether the client's programme offers a Digibuddy (or their package was changed to include one). The read is audited (`buddy_pairing.read`).",
  request: { params },
  responses: {
    200: jsonResponse(BuddyPairingListSchema, 'The pairings.'),
    ...errorResponses(401, 403, 404),
  },
});

const pairWithBuddyRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/guidance/buddy-pairings',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Pair the client with a Digibuddy',
  description:
    "The buddy's name and a phone number and/or e-mail address, how often they meet, the start (today or earlier) and the agreed end. Refusals: `guidance.buddy_already_paired` (409, one active pairing per client, held by the database), `guidance.buddy_not_offered` (409), `guidance.no_intake` (409), `guidance.buddy_starts_in_future` and `guidance.buddy_agreed_end_before_start` (400), `client.not_found` (404).",
  request: { params, body: jsonBody(BuddyPairingCreateSchema) },
  responses: {
    201: jsonResponse(PairingResultSchema, 'Paired.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const recordBuddyMeetingRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/guidance/buddy-pairings/{pairingId}/meetings',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Record a meeting of the client with their Digibuddy',
  description:
    'A date (from the start of the pairing up to today) and a short note. Refusals: `guidance.buddy_pairing_ended` (409), `guidance.buddy_meeting_before_start` and `guidance.buddy_meeting_in_future` (400), `guidance.buddy_pairing_not_found` and `client.not_found` (404).',
  request: { params: pairingParams, body: jsonBody(BuddyMeetingCreateSchema) },
  responses: {
    201: jsonResponse(PairingResultSchema, 'Recorded; the pairing with all its meetings.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const endBuddyPairingRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/guidance/buddy-pairings/{pairingId}/end',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'End a Digibuddy pairing',
  description:
    'On the day it ended (from the start up to today). Refusals: `guidance.buddy_pairing_ended` (409), `guidance.buddy_end_before_start` and `guidance.buddy_end_in_future` (400), `guidance.buddy_pairing_not_found` and `client.not_found` (404).',
  request: { params: pairingParams, body: jsonBody(BuddyPairingEndSchema) },
  responses: {
    200: jsonResponse(PairingResultSchema, 'Ended.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerGuidanceRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, digipuntInfoRoute, 201, ({ tenant, param, body }) =>
    recordDigipuntInfo({ ctx: tenant, clientId: param.id, input: body }).then(({ result }) => result),
  );

  serveJson(app, listBuddyPairingsRoute, 200, ({ tenant, param }) =>
    listBuddyPairings({ ctx: tenant, clientId: param.id }).then(({ list }) => list),
  );

  serveJson(app, pairWithBuddyRoute, 201, ({ tenant, param, body }) =>
    pairWithBuddy({ ctx: tenant, clientId: param.id, input: body }).then(({ pairing }) => ({ pairing })),
  );

  serveJson(app, recordBuddyMeetingRoute, 201, ({ tenant, param: { id, pairingId }, body }) =>
    recordBuddyMeeting({ ctx: tenant, clientId: id, pairingId, input: body }).then(({ pairing }) => ({
      pairing,
    })),
  );

  serveJson(app, endBuddyPairingRoute, 200, ({ tenant, param: { id, pairingId }, body }) =>
    endBuddyPairing({ ctx: tenant, clientId: id, pairingId, input: body }).then(({ pairing }) => ({
      pairing,
    })),
  );
}

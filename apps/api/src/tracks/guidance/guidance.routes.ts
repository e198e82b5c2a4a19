import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { GUIDANCE_ROUTES } from './guidance.contract';
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

const PairingResultSchema = z.object({ pairing: BuddyPairingSchema }).meta({ id: 'BuddyPairingResult' });

const define = routesOf({ tag: 'clients', access: ACCESS.caseworkers });

export function registerGuidanceRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(GUIDANCE_ROUTES.digipuntInfo, {
      summary: 'Record which Digipunten the client was told about',
      description:
        "Names come from the tenant's directory (`GET /api/digipunten?near=<clientId>`). One transaction: the points as told, `digipunt_info_given_at` on the client's intake and the audit row. Refusals: `guidance.unknown_digipunt` (400), `guidance.no_intake` (409), `client.not_found` (404).",
      body: DigipuntInfoSchema,
      answer: [201, DigipuntInfoResultSchema, 'Recorded.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) =>
      recordDigipuntInfo({ ctx: tenant, clientId: param.id, input: body }).then(({ result }) => result),
  );

  serveJson(
    app,
    define(GUIDANCE_ROUTES.buddyPairings, {
      summary: "The client's Digibuddy pairings and their meetings",
      description:
        "Newest first, with `offered`: whether the client's programme offers a Digibuddy (or their package was changed to include one). The read is audited (`buddy_pairing.read`).",
      answer: [200, BuddyPairingListSchema, 'The pairings.'],
      errors: [404],
    }),
    ({ tenant, param }) => listBuddyPairings({ ctx: tenant, clientId: param.id }).then(({ list }) => list),
  );

  serveJson(
    app,
    define(GUIDANCE_ROUTES.pairWithBuddy, {
      summary: 'Pair the client with a Digibuddy',
      description:
        "The buddy's name and a phone number and/or e-mail address, how often they meet, the start (today or earlier) and the agreed end. Refusals: `guidance.buddy_already_paired` (409, one active pairing per client, held by the database), `guidance.buddy_not_offered` (409), `guidance.no_intake` (409), `guidance.buddy_starts_in_future` and `guidance.buddy_agreed_end_before_start` (400), `client.not_found` (404).",
      body: BuddyPairingCreateSchema,
      answer: [201, PairingResultSchema, 'Paired.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) =>
      pairWithBuddy({ ctx: tenant, clientId: param.id, input: body }).then(({ pairing }) => ({ pairing })),
  );

  serveJson(
    app,
    define(GUIDANCE_ROUTES.buddyMeeting, {
      summary: 'Record a meeting of the client with their Digibuddy',
      description:
        'A date (from the start of the pairing up to today) and a short note. Refusals: `guidance.buddy_pairing_ended` (409), `guidance.buddy_meeting_before_start` and `guidance.buddy_meeting_in_future` (400), `guidance.buddy_pairing_not_found` and `client.not_found` (404).',
      body: BuddyMeetingCreateSchema,
      answer: [201, PairingResultSchema, 'Recorded; the pairing with all its meetings.'],
      errors: [404, 409],
    }),
    ({ tenant, param: { id, pairingId }, body }) =>
      recordBuddyMeeting({ ctx: tenant, clientId: id, pairingId, input: body }).then(({ pairing }) => ({
        pairing,
      })),
  );

  serveJson(
    app,
    define(GUIDANCE_ROUTES.endBuddyPairing, {
      summary: 'End a Digibuddy pairing',
      description:
        'On the day it ended (from the start up to today). Refusals: `guidance.buddy_pairing_ended` (409), `guidance.buddy_end_before_start` and `guidance.buddy_end_in_future` (400), `guidance.buddy_pairing_not_found` and `client.not_found` (404).',
      body: BuddyPairingEndSchema,
      answer: [200, PairingResultSchema, 'Ended.'],
      errors: [404, 409],
    }),
    ({ tenant, param: { id, pairingId }, body }) =>
      endBuddyPairing({ ctx: tenant, clientId: id, pairingId, input: body }).then(({ pairing }) => ({
        pairing,
      })),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import {
  SignalListQuerySchema,
  SignalListSchema,
  SignalResolveSchema,
  SignalResponseSchema,
  SignalSnoozeSchema,
} from './signals.schemas';
import { listSignals, resolveSignal, snoozeSignal } from './signals.usecases';

/** Who works follow-up lists: the welfare centre and the partners' coordinators (their own part). */
export const SIGNAL_ACCESS = [
  'welfare:social_worker',
  'welfare:project_lead',
  'home_help:coordinator',
  'training:coordinator',
] as const;

const idParams = z.object({ id: z.string().max(64) });

const listRoute = defineRoute({
  method: 'get',
  path: '/api/signals',
  tag: 'signals',
  access: SIGNAL_ACCESS,
  summary: 'The follow-up list: open signals, earliest due first',
  description:
    'A social worker sees the signals of their own clients; the project lead every signal of the tenant (`mine=1` narrows to their own clients), filterable by kind, owner organisation kind, programme and wave; a partner coordinator the signals its own part raised.',
  request: { query: SignalListQuerySchema },
  responses: { 200: jsonResponse(SignalListSchema, 'A page of signals.'), ...errorResponses(400, 401, 403) },
});

const snoozeRoute = defineRoute({
  method: 'post',
  path: '/api/signals/{id}/snooze',
  tag: 'signals',
  access: SIGNAL_ACCESS,
  summary: 'Put a signal aside until a day, with a reason',
  request: { params: idParams, body: jsonBody(SignalSnoozeSchema) },
  responses: {
    200: jsonResponse(SignalResponseSchema, 'The snoozed signal.'),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const resolveRoute = defineRoute({
  method: 'post',
  path: '/api/signals/{id}/resolve',
  tag: 'signals',
  access: ['welfare:social_worker', 'welfare:project_lead'],
  summary: 'Answer a student\'s "needs follow-up" flag',
  description:
    'Only `visit.needs_follow_up` is answered by hand; every other signal closes by itself when the action it asks for is recorded (409 `signal.resolved_by_facts`).',
  request: { params: idParams, body: jsonBody(SignalResolveSchema) },
  responses: {
    200: jsonResponse(z.object({ resolved: z.literal(true) }), 'Resolved.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerSignalsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, listRoute, 200, ({ ctx, query: { mine, limit, offset, ...filters } }) =>
    listSignals({ ctx, mine: mine === '1', filters, limit, offset }),
  );

  serveJson(app, snoozeRoute, 200, ({ ctx, param, body: { until, reason } }) =>
    snoozeSignal({ ctx, signalId: param.id, until, reason }),
  );

  serveJson(app, resolveRoute, 200, ({ ctx, param, body }) =>
    resolveSignal({ ctx, signalId: param.id, note: body.note }),
  );
}

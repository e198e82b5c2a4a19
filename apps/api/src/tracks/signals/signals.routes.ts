import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { SIGNAL_ROUTES } from './signals.contract';
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

const define = routesOf({ tag: 'signals', access: SIGNAL_ACCESS });

export function registerSignalsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(SIGNAL_ROUTES.list, {
      summary: 'The follow-up list: open signals, earliest due first',
      description:
        'A social worker sees the signals of their own clients; the project lead every signal of the tenant (`mine=1` narrows to their own clients), filterable by kind, owner organisation kind, programme and wave; a partner coordinator the signals its own part raised.',
      query: SignalListQuerySchema,
      answer: [200, SignalListSchema, 'A page of signals.'],
    }),
    ({ ctx, query: { mine, limit, offset, ...filters } }) =>
      listSignals({ ctx, mine: mine === '1', filters, limit, offset }),
  );

  serveJson(
    app,
    define(SIGNAL_ROUTES.snooze, {
      summary: 'Put a signal aside until a day, with a reason',
      body: SignalSnoozeSchema,
      answer: [200, SignalResponseSchema, 'The snoozed signal.'],
      errors: [404],
    }),
    ({ ctx, param, body: { until, reason } }) => snoozeSignal({ ctx, signalId: param.id, until, reason }),
  );

  serveJson(
    app,
    define(SIGNAL_ROUTES.resolve, {
      access: ['welfare:social_worker', 'welfare:project_lead'],
      summary: 'Answer a student\'s "needs follow-up" flag',
      description:
        'Only `visit.needs_follow_up` is answered by hand; every other signal closes by itself when the action it asks for is recorded (409 `signal.resolved_by_facts`).',
      body: SignalResolveSchema,
      answer: [200, z.object({ resolved: z.literal(true) }), 'Resolved.'],
      errors: [404, 409],
    }),
    ({ ctx, param, body }) => resolveSignal({ ctx, signalId: param.id, note: body.note }),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import {
  IntakeEvaluationSchema,
  IntakeInputSchema,
  IntakeResponseSchema,
  IntakeSaveSchema,
  IntakeViewSchema,
} from './intake.schemas';
import { evaluateIntake, getIntake, saveIntake } from './intake.usecases';

const params = z.object({ id: z.string().max(64) });

const getIntakeRoute = defineRoute({
  method: 'get',
  path: '/api/clients/{id}/intake',
  tag: 'intake',
  access: ACCESS.caseworkers,
  summary: "A client's intake in the current programme, its verdict and the waves (audited)",
  request: { params },
  responses: {
    200: jsonResponse(IntakeResponseSchema, 'The intake, or null when none was started.'),
    ...errorResponses(401, 403, 404, 409),
  },
});

const evaluateRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/intake/evaluate',
  tag: 'intake',
  access: ACCESS.caseworkers,
  summary:
    'The skill level, eligibility with every reason and the recommended package, without saving (audited)',
  request: { params, body: jsonBody(IntakeInputSchema) },
  responses: {
    200: jsonResponse(z.object({ evaluation: IntakeEvaluationSchema }), 'The verdict.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const saveRoute = defineRoute({
  method: 'put',
  path: '/api/clients/{id}/intake',
  tag: 'intake',
  access: ACCESS.caseworkers,
  summary: 'Save the intake as a draft, or decide it',
  description:
    'One transaction. Refusals: `intake.answers_incomplete` (400), `intake.wave_required` (400), `intake.not_eligible` (409, approving with a failed rule and no override reason), `intake.override_reason_too_short` (400), `intake.package_change_reason_missing` (400), `intake.already_decided` (409), `intake.locked` (409, a laptop is reserved), `wave.not_found` (404).',
  request: { params, body: jsonBody(IntakeSaveSchema) },
  responses: {
    200: jsonResponse(z.object({ intake: IntakeViewSchema, evaluation: IntakeEvaluationSchema }), 'Saved.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerIntakeRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, getIntakeRoute, 200, ({ tenant, param }) => getIntake({ ctx: tenant, clientId: param.id }));

  serveJson(app, evaluateRoute, 200, ({ tenant, param, body }) =>
    evaluateIntake({ ctx: tenant, clientId: param.id, input: body }),
  );

  serveJson(app, saveRoute, 200, ({ tenant, param, body }) =>
    saveIntake({ ctx: tenant, clientId: param.id, input: body }),
  );
}

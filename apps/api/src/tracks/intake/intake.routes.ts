import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
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
  app.openapi(getIntakeRoute, async (c) => {
    const result = await getIntake({
      ctx: tenantContext(c),
      clientId: c.req.valid('param').id,
    });
    return c.json(result, 200);
  });

  app.openapi(evaluateRoute, async (c) => {
    const result = await evaluateIntake({
      ctx: tenantContext(c),
      clientId: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(result, 200);
  });

  app.openapi(saveRoute, async (c) => {
    const result = await saveIntake({
      ctx: tenantContext(c),
      clientId: c.req.valid('param').id,
      input: c.req.valid('json'),
    });
    return c.json(result, 200);
  });
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withClient } from '../../ground/http/serve';
import { INTAKE_ROUTES } from './intake.contract';
import {
  IntakeEvaluationSchema,
  IntakeInputSchema,
  IntakeResponseSchema,
  IntakeSaveSchema,
  IntakeViewSchema,
} from './intake.schemas';
import { evaluateIntake, getIntake, saveIntake } from './intake.usecases';

const define = routesOf({ tag: 'intake', access: ACCESS.caseworkers });

export function registerIntakeRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(INTAKE_ROUTES.detail, {
      summary: "A client's intake in the current programme, its verdict and the waves (audited)",
      answer: [200, IntakeResponseSchema, 'The intake, or null when none was started.'],
      errors: [404, 409],
    }),
    withClient(getIntake),
  );

  serveJson(
    app,
    define(INTAKE_ROUTES.evaluate, {
      summary:
        'The skill level, eligibility with every reason and the recommended package, without saving (audited)',
      body: IntakeInputSchema,
      answer: [200, z.object({ evaluation: IntakeEvaluationSchema }), 'The verdict.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) => evaluateIntake({ ctx: tenant, clientId: param.id, input: body }),
  );

  serveJson(
    app,
    define(INTAKE_ROUTES.save, {
      summary: 'Save the intake as a draft, or decide it',
      description:
        'One transaction. Refusals: `intake.answers_incomplete` (400), `intake.wave_required` (400), `intake.not_eligible` (409, approving with a failed rule and no override reason), `intake.override_reason_too_short` (400), `intake.package_change_reason_missing` (400), `intake.already_decided` (409), `intake.locked` (409, a laptop is reserved), `wave.not_found` (404).',
      body: IntakeSaveSchema,
      answer: [200, z.object({ intake: IntakeViewSchema, evaluation: IntakeEvaluationSchema }), 'Saved.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) => saveIntake({ ctx: tenant, clientId: param.id, input: body }),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { readIdempotencyKey } from '../../ground/idempotency/idempotency.transaction';
import { toLocalDate } from '../../ground/shared/clock';
import { TRAINING_ROUTES } from '../training/training.contract';
import {
  EnrolmentCreateSchema,
  EnrolmentResponseSchema,
  OpenGroupListSchema,
  OpenGroupsQuerySchema,
  WithdrawResponseSchema,
  WithdrawSchema,
} from '../training/training.schemas';
import { enrolClient, listOpenGroups, withdrawEnrolment } from './enrolments.usecases';

const define = routesOf({ tag: 'training', access: ACCESS.caseworkers });

export function registerEnrolmentRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const timeZone = deps.config.timeZone;

  serveJson(
    app,
    define(TRAINING_ROUTES.openGroups, {
      summary: "Course groups of the programme's training partner that a client can still join",
      description:
        'Groups whose first session is today or later, soonest first, with their languages, seats and waitlist. With `includeStarted=true` also the groups that started but still have sessions ahead, marked `started`.',
      query: OpenGroupsQuerySchema,
      answer: [200, OpenGroupListSchema, 'Open groups.'],
    }),
    ({ tenant, query }) =>
      listOpenGroups({
        ctx: tenant,
        today: toLocalDate({ instant: deps.clock.now(), timeZone }),
        includeStarted: query.includeStarted === 'true',
      }),
  );

  app.openapi(
    define(TRAINING_ROUTES.enrol, {
      idempotencyKey: 'optional',
      summary: 'Enrol a client in a course group (waitlisted when full)',
      description:
        'Never over capacity, also under simultaneous requests. Send an `Idempotency-Key` header (8 to 128 visible characters) to make retries safe: the same key and body replay the first answer; another body with that key answers 422 `idempotency.key_reused`. A client already on the roster answers 409 `enrolment.already_on_roster`; a client or group of another tenant 404.',
      body: EnrolmentCreateSchema,
      answer: [201, EnrolmentResponseSchema, 'Enrolled, or waitlisted with the place in line.'],
      errors: [404, 409],
    }),
    async (c) => {
      const { key } = readIdempotencyKey({ header: c.req.header('idempotency-key') });
      const { body } = await enrolClient({
        ctx: tenantContext(c),
        timeZone,
        input: c.req.valid('json'),
        idempotencyKey: key,
      });
      return c.json(body, 201);
    },
  );

  serveJson(
    app,
    define(TRAINING_ROUTES.withdraw, {
      access: [...ACCESS.caseworkers, 'training:coordinator'],
      summary: 'Withdraw an enrolment; the first waitlisted learner moves up',
      description:
        "The client's welfare centre or the training partner's coordinator. Already withdrawn answers 409 `enrolment.not_on_roster`.",
      body: WithdrawSchema,
      answer: [200, WithdrawResponseSchema, 'Withdrawn, with who moved up.'],
      errors: [404, 409],
    }),
    ({ ctx, param, body }) => withdrawEnrolment({ ctx, timeZone, enrolmentId: param.id, input: body }),
  );
}

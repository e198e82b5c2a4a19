import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { ObservationListSchema } from './observations.schemas';
import { listObservations } from './observations.usecases';

const listRoute = defineRoute({
  method: 'get',
  path: '/api/clients/{id}/observations',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'What the partners observed about the client',
  description:
    "Newest first: home visits (topics, the student's note, the follow-up reason), no-shows, every attendance mark with the teacher's note, moved and cancelled lessons. An open `visit.needs_follow_up` signal is named on the visit it is about (`signalIds`). The read is audited (`client.observations_read`).",
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: jsonResponse(ObservationListSchema, 'The observations.'),
    ...errorResponses(401, 403, 404),
  },
});

export function registerObservationsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, listRoute, 200, ({ tenant, param }) =>
    listObservations({ ctx: tenant, clientId: param.id }).then(({ list }) => list),
  );
}

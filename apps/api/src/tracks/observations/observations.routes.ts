import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withClient } from '../../ground/http/serve';
import { OBSERVATION_ROUTES } from './observations.contract';
import { ObservationListSchema } from './observations.schemas';
import { listObservations } from './observations.usecases';

const define = routesOf({ tag: 'clients', access: ACCESS.caseworkers });

export function registerObservationsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(OBSERVATION_ROUTES.ofClient, {
      summary: 'What the partners observed about the client',
      description:
        "Newest first: home visits (topics, the student's note, the follow-up reason), no-shows, every attendance mark with the teacher's note, moved and cancelled lessons. An open `visit.needs_follow_up` signal is named on the visit it is about (`signalIds`). The read is audited (`client.observations_read`).",
      answer: [200, ObservationListSchema, 'The observations.'],
      errors: [404],
    }),
    withClient(listObservations),
  );
}

import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getMigrationStatus } from '../../ground/database/database';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { HealthSchema } from './health.schemas';

// Infrastructure, not part of the product's API: left out of the OpenAPI document and its tags.
const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  hide: true,
  responses: { 200: jsonResponse(HealthSchema, 'The API and its database answer.') },
});

export function registerHealthRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, healthRoute, 200, () =>
    getMigrationStatus({ db: deps.db }).then(({ applied, latest }) => ({
      status: 'ok' as const,
      database: deps.driver,
      migrations: { applied, latest },
    })),
  );
}

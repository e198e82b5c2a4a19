import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../app/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../app/routes';
import { ACCESS, getAuth } from '../auth/auth.policy';
import { DigipuntInfoResultSchema, DigipuntInfoSchema } from './guidance.schemas';
import { recordDigipuntInfo } from './guidance.usecases';

const params = z.object({ id: z.string().max(64) });

const digipuntInfoRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/guidance/digipunt-info',
  tag: 'clients',
  access: ACCESS.welfareStaff,
  summary: 'Record which Digipunten the client was told about',
  description:
    "Names come from the tenant's directory (`GET /api/digipunten?near=<clientId>`). One transaction: the points as told, `digipunt_info_given_at` on the client's intake and the audit row. Refusals: `guidance.unknown_digipunt` (400), `guidance.no_intake` (409), `client.not_found` (404).",
  request: { params, body: jsonBody(DigipuntInfoSchema) },
  responses: {
    201: jsonResponse(DigipuntInfoResultSchema, 'Recorded.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerGuidanceRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(digipuntInfoRoute, async (c) => {
    const { result } = await recordDigipuntInfo({
      db: deps.db,
      auth: getAuth(c),
      clock: deps.clock,
      clientId: c.req.valid('param').id,
      input: c.req.valid('json'),
      requestId: c.get('requestId'),
    });
    return c.json(result, 201);
  });
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { ChequeCancelSchema, ClientChequeListSchema, ClientChequeSchema } from './cheques.schemas';
import { cancelClientCheque, issueClientCheques, listClientCheques } from './cheques.usecases';

const params = z.object({ id: z.string().max(64) });

const listRoute = defineRoute({
  method: 'get',
  path: '/api/clients/{id}/cheques',
  tag: 'cheques',
  access: ACCESS.caseworkers,
  summary: "A client's cheques with their status (audited)",
  request: { params },
  responses: { 200: jsonResponse(ClientChequeListSchema, 'The cheques.'), ...errorResponses(401, 403, 404) },
});

const issueRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/cheques',
  tag: 'cheques',
  access: ACCESS.caseworkers,
  idempotent: true,
  summary: "Issue the client's package of cheques",
  description:
    'Once the laptop is handed out. Refusals (409): `cheque.client_not_equipped`, `cheque.already_issued`, `cheque.not_in_package`.',
  request: { params },
  responses: {
    201: jsonResponse(ClientChequeListSchema, 'The cheques issued.'),
    ...errorResponses(401, 403, 404, 409),
  },
});

const cancelRoute = defineRoute({
  method: 'post',
  path: '/api/cheques/{id}/cancel',
  tag: 'cheques',
  access: ACCESS.caseworkers,
  summary: 'Cancel an open cheque, with a reason',
  description: 'A redeemed, expired or cancelled cheque answers 409 (`cheque.already_redeemed`, …).',
  request: { params, body: jsonBody(ChequeCancelSchema) },
  responses: {
    200: jsonResponse(z.object({ cheque: ClientChequeSchema }), 'The cancelled cheque.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerChequesRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, listRoute, 200, ({ tenant, param }) =>
    listClientCheques({ ctx: tenant, clientId: param.id }),
  );

  serveJson(app, issueRoute, 201, ({ tenant, param }) =>
    issueClientCheques({ ctx: tenant, clientId: param.id, timeZone: deps.config.timeZone }),
  );

  serveJson(app, cancelRoute, 200, ({ tenant, param, body }) =>
    cancelClientCheque({
      ctx: tenant,
      timeZone: deps.config.timeZone,
      chequeId: param.id,
      reason: body.reason,
    }),
  );
}

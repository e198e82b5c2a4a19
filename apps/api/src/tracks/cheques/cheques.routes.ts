import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withClient } from '../../ground/http/serve';
import { CHEQUE_ROUTES } from './cheques.contract';
import { ChequeCancelSchema, ClientChequeListSchema, ClientChequeSchema } from './cheques.schemas';
import { cancelClientCheque, issueClientCheques, listClientCheques } from './cheques.usecases';

const define = routesOf({ tag: 'cheques', access: ACCESS.caseworkers });

export function registerChequesRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const timeZone = deps.config.timeZone;

  serveJson(
    app,
    define(CHEQUE_ROUTES.ofClient, {
      summary: "A client's cheques with their status (audited)",
      answer: [200, ClientChequeListSchema, 'The cheques.'],
      errors: [404],
    }),
    withClient(listClientCheques),
  );

  serveJson(
    app,
    define(CHEQUE_ROUTES.issue, {
      idempotent: true,
      summary: "Issue the client's package of cheques",
      description:
        'Once the laptop is handed out. Refusals (409): `cheque.client_not_equipped`, `cheque.already_issued`, `cheque.not_in_package`.',
      answer: [201, ClientChequeListSchema, 'The cheques issued.'],
      errors: [404, 409],
    }),
    ({ tenant, param }) => issueClientCheques({ ctx: tenant, clientId: param.id, timeZone }),
  );

  serveJson(
    app,
    define(CHEQUE_ROUTES.cancel, {
      summary: 'Cancel an open cheque, with a reason',
      description: 'A redeemed, expired or cancelled cheque answers 409 (`cheque.already_redeemed`, …).',
      body: ChequeCancelSchema,
      answer: [200, z.object({ cheque: ClientChequeSchema }), 'The cancelled cheque.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) =>
      cancelClientCheque({ ctx: tenant, timeZone, chequeId: param.id, reason: body.reason }),
  );
}

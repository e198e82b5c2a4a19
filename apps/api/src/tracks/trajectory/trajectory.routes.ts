import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import {
  TrajectoryClosureResultSchema,
  TrajectoryCompleteSchema,
  TrajectoryEndSchema,
  TrajectoryReopenSchema,
} from './trajectory.schemas';
import { changeTrajectoryClosure } from './trajectory.usecases';

const params = z.object({ id: z.string().max(64) });
const REFUSALS =
  "`trajectory.no_intake` (409), `trajectory.rejected` (409), `client.not_found` (404, also for another tenant's client).";

const completeRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/trajectory/complete',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "Complete the client's trajectory",
  description: `After the laptop was handed out. While a part of the package is open a short \`summary\` is needed. One transaction: the event, the intake's closure and the audit row (\`trajectory.complete\`). Refusals: \`trajectory.tracks_open\` (409, with the open \`tracks\`), \`trajectory.not_equipped\` (409), \`trajectory.already_closed\` (409), ${REFUSALS}`,
  request: { params, body: jsonBody(TrajectoryCompleteSchema) },
  responses: {
    201: jsonResponse(TrajectoryClosureResultSchema, 'Completed.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const endRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/trajectory/end',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "End the client's trajectory early",
  description: `A reason from the list and a note. \`dropped_out\` and \`unreachable\` read as dropped out, the others as closed. Audited as \`trajectory.end\`. Refusals: \`trajectory.already_closed\` (409), ${REFUSALS}`,
  request: { params, body: jsonBody(TrajectoryEndSchema) },
  responses: {
    201: jsonResponse(TrajectoryClosureResultSchema, 'Ended.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const reopenRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/trajectory/reopen',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "Reopen the client's closed trajectory",
  description: `With a reason; the status is derived from the facts again. Audited as \`trajectory.reopen\`. Refusals: \`trajectory.not_closed\` (409), \`trajectory.no_intake\` (409), \`client.not_found\` (404).`,
  request: { params, body: jsonBody(TrajectoryReopenSchema) },
  responses: {
    201: jsonResponse(TrajectoryClosureResultSchema, 'Reopened.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerTrajectoryRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, completeRoute, 201, ({ tenant, param, body: { summary } }) =>
    changeTrajectoryClosure({
      ctx: tenant,
      clientId: param.id,
      command: { type: 'complete', summary: summary ?? null },
    }).then(({ result }) => result),
  );

  serveJson(app, endRoute, 201, ({ tenant, param, body: { reason, note } }) =>
    changeTrajectoryClosure({ ctx: tenant, clientId: param.id, command: { type: 'end', reason, note } }).then(
      ({ result }) => result,
    ),
  );

  serveJson(app, reopenRoute, 201, ({ tenant, param, body }) =>
    changeTrajectoryClosure({
      ctx: tenant,
      clientId: param.id,
      command: { type: 'reopen', reason: body.reason },
    }).then(({ result }) => result),
  );
}

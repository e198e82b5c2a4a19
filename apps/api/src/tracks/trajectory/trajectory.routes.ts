import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { TRAJECTORY_ROUTES } from './trajectory.contract';
import {
  TrajectoryClosureResultSchema,
  TrajectoryCompleteSchema,
  TrajectoryEndSchema,
  TrajectoryReopenSchema,
} from './trajectory.schemas';
import { changeTrajectoryClosure } from './trajectory.usecases';

const REFUSALS =
  "`trajectory.no_intake` (409), `trajectory.rejected` (409), `client.not_found` (404, also for another tenant's client).";

const define = routesOf({ tag: 'clients', access: ACCESS.caseworkers });

/** Each route closes or reopens the trajectory with its own command and answers with the result. */
const changeClosure = (args: Parameters<typeof changeTrajectoryClosure>[0]) =>
  changeTrajectoryClosure(args).then(({ result }) => result);

export function registerTrajectoryRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(TRAJECTORY_ROUTES.complete, {
      summary: "Complete the client's trajectory",
      description: `After the laptop was handed out. While a part of the package is open a short \`summary\` is needed. One transaction: the event, the intake's closure and the audit row (\`trajectory.complete\`). Refusals: \`trajectory.tracks_open\` (409, with the open \`tracks\`), \`trajectory.not_equipped\` (409), \`trajectory.already_closed\` (409), ${REFUSALS}`,
      body: TrajectoryCompleteSchema,
      answer: [201, TrajectoryClosureResultSchema, 'Completed.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body: { summary } }) =>
      changeClosure({
        ctx: tenant,
        clientId: param.id,
        command: { type: 'complete', summary: summary ?? null },
      }),
  );

  serveJson(
    app,
    define(TRAJECTORY_ROUTES.end, {
      summary: "End the client's trajectory early",
      description: `A reason from the list and a note. \`dropped_out\` and \`unreachable\` read as dropped out, the others as closed. Audited as \`trajectory.end\`. Refusals: \`trajectory.already_closed\` (409), ${REFUSALS}`,
      body: TrajectoryEndSchema,
      answer: [201, TrajectoryClosureResultSchema, 'Ended.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body: { reason, note } }) =>
      changeClosure({ ctx: tenant, clientId: param.id, command: { type: 'end', reason, note } }),
  );

  serveJson(
    app,
    define(TRAJECTORY_ROUTES.reopen, {
      summary: "Reopen the client's closed trajectory",
      description: `With a reason; the status is derived from the facts again. Audited as \`trajectory.reopen\`. Refusals: \`trajectory.not_closed\` (409), \`trajectory.no_intake\` (409), \`client.not_found\` (404).`,
      body: TrajectoryReopenSchema,
      answer: [201, TrajectoryClosureResultSchema, 'Reopened.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) =>
      changeClosure({ ctx: tenant, clientId: param.id, command: { type: 'reopen', reason: body.reason } }),
  );
}

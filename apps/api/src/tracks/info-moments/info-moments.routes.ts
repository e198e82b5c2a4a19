import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import {
  ClientInfoMomentsSchema,
  InfoMomentAttendanceRecordSchema,
  InfoMomentCreateSchema,
  InfoMomentDetailSchema,
  InfoMomentEligibleListSchema,
  InfoMomentInviteSchema,
  InfoMomentListSchema,
  InfoMomentSchema,
} from './info-moments.schemas';
import {
  getClientInfoMoments,
  getInfoMoment,
  inviteClients,
  listEligibleClients,
  listInfoMoments,
  planInfoMoment,
  recordAttendance,
  recordOneToOneInfo,
} from './info-moments.usecases';

const params = z.object({ id: z.string().max(64) });
const attendanceParams = z.object({ id: z.string().max(64), clientId: z.string().max(64) });
const MomentResultSchema = z.object({ moment: InfoMomentSchema }).meta({ id: 'InfoMomentResult' });
const NOT_FOUND = "`info_moment.not_found` (404, also for another tenant's moment)";

const listRoute = defineRoute({
  method: 'get',
  path: '/api/info-moments',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "The welfare centre's info moments",
  description: 'The latest first (at most 200), each with how many clients were invited and how many came.',
  responses: { 200: jsonResponse(InfoMomentListSchema, 'The moments.'), ...errorResponses(401, 403) },
});

const planRoute = defineRoute({
  method: 'post',
  path: '/api/info-moments',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Plan an info moment about the digital offer',
  description: 'When (`startsAt` with its offset), where, in which language and for how many clients.',
  request: { body: jsonBody(InfoMomentCreateSchema) },
  responses: {
    201: jsonResponse(MomentResultSchema, 'Planned.'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const detailRoute = defineRoute({
  method: 'get',
  path: '/api/info-moments/{id}',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'An info moment with the clients invited and whether they came',
  description: `Refusals: ${NOT_FOUND}.`,
  request: { params },
  responses: { 200: jsonResponse(InfoMomentDetailSchema, 'The moment.'), ...errorResponses(401, 403, 404) },
});

const eligibleRoute = defineRoute({
  method: 'get',
  path: '/api/info-moments/{id}/eligible-clients',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'The clients who may still be invited to the moment',
  description: `Clients whose approved package includes the info part, who did not get it yet, whose trajectory is open and who are not invited to this moment; by name, at most 200. Refusals: ${NOT_FOUND}.`,
  request: { params },
  responses: {
    200: jsonResponse(InfoMomentEligibleListSchema, 'The clients.'),
    ...errorResponses(401, 403, 404),
  },
});

const inviteRoute = defineRoute({
  method: 'post',
  path: '/api/info-moments/{id}/invitations',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Invite clients to an info moment',
  description: `All or none, one audit row per client (\`info_moment.invite\`); a client invited already stays invited. The capacity is never exceeded, also by simultaneous invitations (the insert checks it). Refusals: \`info_moment.full\` (409, with the \`free\` places), \`info_moment.not_included\`, \`info_moment.already_given\` and \`info_moment.trajectory_closed\` (409, with the \`clients\` refused), \`client.not_found\` (404, with the \`clientIds\`), ${NOT_FOUND}.`,
  request: { params, body: jsonBody(InfoMomentInviteSchema) },
  responses: {
    201: jsonResponse(InfoMomentDetailSchema, 'Invited; the moment with every invitation.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const attendanceRoute = defineRoute({
  method: 'post',
  path: '/api/info-moments/{id}/invitations/{clientId}/attendance',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Record whether an invited client came',
  description: `Present closes the info part of the client's package (the trajectory no longer lists it as open); an absence can be corrected to present, a presence is not taken back. Audited as \`info_moment.attendance\`. Refusals: \`info_moment.already_attended\` (409), \`info_moment.invitation_not_found\` (404), ${NOT_FOUND}.`,
  request: { params: attendanceParams, body: jsonBody(InfoMomentAttendanceRecordSchema) },
  responses: {
    200: jsonResponse(InfoMomentDetailSchema, 'Recorded; the moment with every invitation.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const clientInfoRoute = defineRoute({
  method: 'get',
  path: '/api/clients/{id}/info-moments',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "The info part of the client's package",
  description:
    "Whether it is part of the package, open or given (and whether one to one), and the moments the client was invited to. The read is audited (`info_moment.read`). Refusals: `client.not_found` (404, also for another tenant's client).",
  request: { params },
  responses: {
    200: jsonResponse(ClientInfoMomentsSchema, 'The info part.'),
    ...errorResponses(401, 403, 404),
  },
});

const oneToOneRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/info-moments/one-to-one',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Record that the client was given the info one to one',
  description:
    "Instead of at an info moment; it closes the info part of the package. Audited as `info_moment.one_to_one`, on the client's timeline. Refusals: `info_moment.not_included`, `info_moment.already_given` and `info_moment.trajectory_closed` (409), `client.not_found` (404).",
  request: { params },
  responses: {
    201: jsonResponse(ClientInfoMomentsSchema, 'Recorded; the info part.'),
    ...errorResponses(401, 403, 404, 409),
  },
});

export function registerInfoMomentsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, listRoute, 200, ({ tenant }) => listInfoMoments({ ctx: tenant }).then(({ list }) => list));

  serveJson(app, planRoute, 201, ({ tenant, body }) =>
    planInfoMoment({ ctx: tenant, input: body }).then(({ moment }) => ({ moment })),
  );

  serveJson(app, detailRoute, 200, ({ tenant, param }) =>
    getInfoMoment({ ctx: tenant, momentId: param.id }).then(({ detail }) => detail),
  );

  serveJson(app, eligibleRoute, 200, ({ tenant, param }) =>
    listEligibleClients({ ctx: tenant, momentId: param.id }).then(({ list }) => list),
  );

  serveJson(app, inviteRoute, 201, ({ tenant, param, body }) =>
    inviteClients({ ctx: tenant, momentId: param.id, input: body }).then(({ detail }) => detail),
  );

  serveJson(app, attendanceRoute, 200, ({ tenant, param: { id, clientId }, body }) =>
    recordAttendance({ ctx: tenant, momentId: id, clientId, input: body }).then(({ detail }) => detail),
  );

  serveJson(app, clientInfoRoute, 200, ({ tenant, param }) =>
    getClientInfoMoments({ ctx: tenant, clientId: param.id }).then(({ info }) => info),
  );

  serveJson(app, oneToOneRoute, 201, ({ tenant, param }) =>
    recordOneToOneInfo({ ctx: tenant, clientId: param.id }).then(({ info }) => info),
  );
}

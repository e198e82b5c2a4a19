import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withClient, withTenant, withTenantId, withTenantInput } from '../../ground/http/serve';
import { INFO_MOMENT_ROUTES } from './info-moments.contract';
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

const MomentResultSchema = z.object({ moment: InfoMomentSchema }).meta({ id: 'InfoMomentResult' });
const NOT_FOUND = "`info_moment.not_found` (404, also for another tenant's moment)";

const define = routesOf({ tag: 'clients', access: ACCESS.caseworkers });

export function registerInfoMomentsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(INFO_MOMENT_ROUTES.list, {
      summary: "The welfare centre's info moments",
      description:
        'The latest first (at most 200), each with how many clients were invited and how many came.',
      answer: [200, InfoMomentListSchema, 'The moments.'],
    }),
    withTenant(listInfoMoments),
  );

  serveJson(
    app,
    define(INFO_MOMENT_ROUTES.plan, {
      summary: 'Plan an info moment about the digital offer',
      description: 'When (`startsAt` with its offset), where, in which language and for how many clients.',
      body: InfoMomentCreateSchema,
      answer: [201, MomentResultSchema, 'Planned.'],
    }),
    withTenantInput(planInfoMoment),
  );

  serveJson(
    app,
    define(INFO_MOMENT_ROUTES.detail, {
      summary: 'An info moment with the clients invited and whether they came',
      description: `Refusals: ${NOT_FOUND}.`,
      answer: [200, InfoMomentDetailSchema, 'The moment.'],
      errors: [404],
    }),
    withTenantId('momentId', getInfoMoment),
  );

  serveJson(
    app,
    define(INFO_MOMENT_ROUTES.eligibleClients, {
      summary: 'The clients who may still be invited to the moment',
      description: `Clients whose approved package includes the info part, who did not get it yet, whose trajectory is open and who are not invited to this moment; by name, at most 200. Refusals: ${NOT_FOUND}.`,
      answer: [200, InfoMomentEligibleListSchema, 'The clients.'],
      errors: [404],
    }),
    withTenantId('momentId', listEligibleClients),
  );

  serveJson(
    app,
    define(INFO_MOMENT_ROUTES.invite, {
      summary: 'Invite clients to an info moment',
      description: `All or none, one audit row per client (\`info_moment.invite\`); a client invited already stays invited. The capacity is never exceeded, also by simultaneous invitations (the insert checks it). Refusals: \`info_moment.full\` (409, with the \`free\` places), \`info_moment.not_included\`, \`info_moment.already_given\` and \`info_moment.trajectory_closed\` (409, with the \`clients\` refused), \`client.not_found\` (404, with the \`clientIds\`), ${NOT_FOUND}.`,
      body: InfoMomentInviteSchema,
      answer: [201, InfoMomentDetailSchema, 'Invited; the moment with every invitation.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) => inviteClients({ ctx: tenant, momentId: param.id, input: body }),
  );

  serveJson(
    app,
    define(INFO_MOMENT_ROUTES.recordAttendance, {
      summary: 'Record whether an invited client came',
      description: `Present closes the info part of the client's package (the trajectory no longer lists it as open); an absence can be corrected to present, a presence is not taken back. Audited as \`info_moment.attendance\`. Refusals: \`info_moment.already_attended\` (409), \`info_moment.invitation_not_found\` (404), ${NOT_FOUND}.`,
      body: InfoMomentAttendanceRecordSchema,
      answer: [200, InfoMomentDetailSchema, 'Recorded; the moment with every invitation.'],
      errors: [404, 409],
    }),
    ({ tenant, param: { id, clientId }, body }) =>
      recordAttendance({ ctx: tenant, momentId: id, clientId, input: body }),
  );

  serveJson(
    app,
    define(INFO_MOMENT_ROUTES.ofClient, {
      summary: "The info part of the client's package",
      description:
        "Whether it is part of the package, open or given (and whether one to one), and the moments the client was invited to. The read is audited (`info_moment.read`). Refusals: `client.not_found` (404, also for another tenant's client).",
      answer: [200, ClientInfoMomentsSchema, 'The info part.'],
      errors: [404],
    }),
    withClient(getClientInfoMoments),
  );

  serveJson(
    app,
    define(INFO_MOMENT_ROUTES.oneToOne, {
      summary: 'Record that the client was given the info one to one',
      description:
        "Instead of at an info moment; it closes the info part of the package. Audited as `info_moment.one_to_one`, on the client's timeline. Refusals: `info_moment.not_included`, `info_moment.already_given` and `info_moment.trajectory_closed` (409), `client.not_found` (404).",
      answer: [201, ClientInfoMomentsSchema, 'Recorded; the info part.'],
      errors: [404, 409],
    }),
    withClient(recordOneToOneInfo),
  );
}

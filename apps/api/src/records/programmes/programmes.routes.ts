import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import {
  ProgrammeCreateSchema,
  ProgrammeListSchema,
  ProgrammePartnerListSchema,
  ProgrammeSettingsResponseSchema,
  ProgrammeSettingsSchema,
  ProgrammeSummarySchema,
} from './programmes.schemas';
import {
  createProgramme,
  getProgrammeSettings,
  listProgrammePartners,
  listProgrammes,
  updateProgrammeSettings,
} from './programmes.usecases';

/** Setting up a programme is for the project lead and the welfare centre's admin. */
const SETTINGS_ACCESS = ['welfare:project_lead', 'welfare:admin'] as const;
const idParams = z.object({ id: z.string().max(64) });

const getSettingsRoute = defineRoute({
  method: 'get',
  path: '/api/programmes/{id}/settings',
  tag: 'programmes',
  access: SETTINGS_ACCESS,
  summary: "A programme's settings",
  request: { params: idParams },
  responses: {
    200: jsonResponse(ProgrammeSettingsResponseSchema, 'The settings.'),
    ...errorResponses(401, 403, 404),
  },
});

const putSettingsRoute = defineRoute({
  method: 'put',
  path: '/api/programmes/{id}/settings',
  tag: 'programmes',
  access: SETTINGS_ACCESS,
  summary: "Change a programme's settings",
  description:
    'Checked by the domain rules: 400 `programme.settings_invalid` lists every problem in `details.reasons`, each with its `field` and a dotted code such as `programme.follow_up.inactive_days.out_of_range`.',
  request: { params: idParams, body: jsonBody(ProgrammeSettingsSchema) },
  responses: {
    200: jsonResponse(ProgrammeSettingsResponseSchema, 'The saved settings.'),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const listRoute = defineRoute({
  method: 'get',
  path: '/api/programmes',
  tag: 'programmes',
  access: ACCESS.welfareStaff,
  summary: "The welfare centre's programmes and their waves",
  responses: { 200: jsonResponse(ProgrammeListSchema, 'The programmes.'), ...errorResponses(401, 403) },
});

const createRoute = defineRoute({
  method: 'post',
  path: '/api/programmes',
  tag: 'programmes',
  access: ['welfare:admin'],
  summary: "Start the welfare centre's programme",
  description:
    'Starts an active programme with the default settings (change them with PUT /api/programmes/{id}/settings). Each partner is optional and must be an organisation of that kind working for the welfare centre (GET /api/programmes/partners); otherwise 400 `programme.partner_invalid` with `details.field` naming `homeHelpOrgId` or `trainingOrgId`, the same for an unknown organisation as for one that works only for others. A welfare centre runs one active programme at a time: a second answers 409 `programme.already_active`.',
  request: { body: jsonBody(ProgrammeCreateSchema) },
  responses: {
    201: jsonResponse(ProgrammeSummarySchema, 'The programme, without waves yet.'),
    ...errorResponses(400, 401, 403, 409, 413, 415),
  },
});

const partnersRoute = defineRoute({
  method: 'get',
  path: '/api/programmes/partners',
  tag: 'programmes',
  access: SETTINGS_ACCESS,
  summary: 'The partner organisations that work for the welfare centre',
  description:
    "The home-help and training organisations in partnership with the welfare centre (set up by the operator), to choose a programme's partners from.",
  responses: {
    200: jsonResponse(ProgrammePartnerListSchema, 'The partners, by kind and name.'),
    ...errorResponses(401, 403),
  },
});

export function registerProgrammesRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(listRoute, async (c) => {
    return c.json(await listProgrammes({ ctx: tenantContext(c) }), 200);
  });

  app.openapi(partnersRoute, async (c) => {
    return c.json(await listProgrammePartners({ ctx: tenantContext(c) }), 200);
  });

  app.openapi(createRoute, async (c) => {
    const { programme } = await createProgramme({
      ctx: tenantContext(c),
      input: c.req.valid('json'),
    });
    return c.json(programme, 201);
  });

  app.openapi(getSettingsRoute, async (c) => {
    return c.json(
      await getProgrammeSettings({ ctx: tenantContext(c), programmeId: c.req.valid('param').id }),
      200,
    );
  });

  app.openapi(putSettingsRoute, async (c) => {
    const result = await updateProgrammeSettings({
      ctx: tenantContext(c),
      programmeId: c.req.valid('param').id,
      settings: c.req.valid('json'),
    });
    return c.json(result, 200);
  });
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../app/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../app/routes';
import { ACCESS, getAuth } from '../auth/auth.policy';
import {
  ProgrammeListSchema,
  ProgrammeSettingsResponseSchema,
  ProgrammeSettingsSchema,
} from './programmes.schemas';
import { getProgrammeSettings, listProgrammes, updateProgrammeSettings } from './programmes.usecases';

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

export function registerProgrammesRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(listRoute, async (c) => {
    return c.json(await listProgrammes({ db: deps.db, auth: getAuth(c) }), 200);
  });

  app.openapi(getSettingsRoute, async (c) => {
    return c.json(
      await getProgrammeSettings({ db: deps.db, auth: getAuth(c), programmeId: c.req.valid('param').id }),
      200,
    );
  });

  app.openapi(putSettingsRoute, async (c) => {
    const result = await updateProgrammeSettings({
      db: deps.db,
      auth: getAuth(c),
      clock: deps.clock,
      programmeId: c.req.valid('param').id,
      settings: c.req.valid('json'),
      requestId: c.get('requestId'),
    });
    return c.json(result, 200);
  });
}

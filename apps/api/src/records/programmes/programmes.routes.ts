import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withTenant, withTenantId } from '../../ground/http/serve';
import { PROGRAMME_ROUTES } from './programmes.contract';
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

const define = routesOf({ tag: 'programmes', access: SETTINGS_ACCESS });

export function registerProgrammesRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(PROGRAMME_ROUTES.list, {
      access: ACCESS.welfareStaff,
      summary: "The welfare centre's programmes and their waves",
      answer: [200, ProgrammeListSchema, 'The programmes.'],
    }),
    withTenant(listProgrammes),
  );

  serveJson(
    app,
    define(PROGRAMME_ROUTES.partners, {
      summary: 'The partner organisations that work for the welfare centre',
      description:
        "The home-help and training organisations in partnership with the welfare centre (set up by the operator), to choose a programme's partners from.",
      answer: [200, ProgrammePartnerListSchema, 'The partners, by kind and name.'],
    }),
    withTenant(listProgrammePartners),
  );

  serveJson(
    app,
    define(PROGRAMME_ROUTES.start, {
      access: ['welfare:admin'],
      summary: "Start the welfare centre's programme",
      description:
        'Starts an active programme with the default settings (change them with PUT /api/programmes/{id}/settings). Each partner is optional and must be an organisation of that kind working for the welfare centre (GET /api/programmes/partners); otherwise 400 `programme.partner_invalid` with `details.field` naming `homeHelpOrgId` or `trainingOrgId`, the same for an unknown organisation as for one that works only for others. A welfare centre runs one active programme at a time: a second answers 409 `programme.already_active`.',
      body: ProgrammeCreateSchema,
      answer: [201, ProgrammeSummarySchema, 'The programme, without waves yet.'],
      errors: [409],
    }),
    ({ tenant, body }) => createProgramme({ ctx: tenant, input: body }).then(({ programme }) => programme),
  );

  serveJson(
    app,
    define(PROGRAMME_ROUTES.settings, {
      summary: "A programme's settings",
      answer: [200, ProgrammeSettingsResponseSchema, 'The settings.'],
      errors: [404],
    }),
    withTenantId('programmeId', getProgrammeSettings),
  );

  serveJson(
    app,
    define(PROGRAMME_ROUTES.saveSettings, {
      summary: "Change a programme's settings",
      description:
        'Checked by the domain rules: 400 `programme.settings_invalid` lists every problem in `details.reasons`, each with its `field` and a dotted code such as `programme.follow_up.inactive_days.out_of_range`.',
      body: ProgrammeSettingsSchema,
      answer: [200, ProgrammeSettingsResponseSchema, 'The saved settings.'],
      errors: [404],
    }),
    ({ tenant, param, body }) =>
      updateProgrammeSettings({ ctx: tenant, programmeId: param.id, settings: body }),
  );
}

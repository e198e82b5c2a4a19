import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import {
  AccessExportSchema,
  ErasureRequestSchema,
  ErasureResultSchema,
  RetentionSettingsResponseSchema,
  RetentionSettingsSchema,
} from './privacy.schemas';
import {
  exportClientData,
  getRetentionSettings,
  requestErasure,
  updateRetentionSettings,
} from './privacy.usecases';

/**
 * Answering an access request and erasing a client are the project lead's, from the client's page
 * (the admin reads no client record); the retention period is set by the admin, and read by both.
 */
const EXPORT_ACCESS = ['welfare:project_lead'] as const;
const ERASURE_ACCESS = ['welfare:project_lead'] as const;
const RETENTION_READERS = ['welfare:project_lead', 'welfare:admin'] as const;
const RETENTION_ACCESS = ['welfare:admin'] as const;

const clientIdParams = z.object({ id: z.string().max(64) });

const exportRoute = defineRoute({
  method: 'get',
  path: '/api/clients/{id}/privacy-export',
  tag: 'privacy',
  access: EXPORT_ACCESS,
  summary: 'Everything held on a client, per organisation, as a JSON download (GDPR access request; audited)',
  request: { params: clientIdParams },
  responses: {
    200: jsonResponse(AccessExportSchema, 'The export, sent as an attachment.'),
    ...errorResponses(401, 403, 404),
  },
});

const erasureRoute = defineRoute({
  method: 'post',
  path: '/api/clients/{id}/erasure',
  tag: 'privacy',
  access: ERASURE_ACCESS,
  summary: "Anonymise a client's personal data on request (GDPR erasure; audited)",
  description:
    'Names become "Geanonimiseerd", contact details, national number and street are removed, the birth date keeps its year, notes and signatures are cleared and printed packs deleted; counts, dates and amounts stay for the reports. Refused with 409 `privacy.trajectory_active` while the trajectory is open. Asking again for an anonymised client changes nothing (`alreadyAnonymised: true`).',
  request: { params: clientIdParams, body: jsonBody(ErasureRequestSchema) },
  responses: {
    200: jsonResponse(ErasureResultSchema, 'The client is anonymised.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const getRetentionRoute = defineRoute({
  method: 'get',
  path: '/api/privacy/retention',
  tag: 'privacy',
  access: RETENTION_READERS,
  summary: "The welfare centre's retention period: months a client's data is kept after the trajectory ended",
  responses: {
    200: jsonResponse(RetentionSettingsResponseSchema, 'The retention period and its limits.'),
    ...errorResponses(401, 403),
  },
});

const putRetentionRoute = defineRoute({
  method: 'put',
  path: '/api/privacy/retention',
  tag: 'privacy',
  access: RETENTION_ACCESS,
  summary: "Change the welfare centre's retention period (12 to 120 months)",
  request: { body: jsonBody(RetentionSettingsSchema) },
  responses: {
    200: jsonResponse(RetentionSettingsResponseSchema, 'The saved retention period.'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

export function registerPrivacyRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(exportRoute, async (c) => {
    const clientId = c.req.valid('param').id;
    const result = await exportClientData({
      ctx: tenantContext(c),
      documentsDir: deps.config.documents.dir,
      clientId,
    });
    const day = result.generatedAt.slice(0, 10);
    return c.json(result, 200, {
      'content-disposition': `attachment; filename="avg-export-${clientId}-${day}.json"`,
    });
  });

  serveJson(app, erasureRoute, 200, ({ tenant, param, body }) =>
    requestErasure({
      ctx: tenant,
      documentsDir: deps.config.documents.dir,
      clientId: param.id,
      reason: body.reason,
    }),
  );

  serveJson(app, getRetentionRoute, 200, ({ tenant }) => getRetentionSettings({ ctx: tenant }));

  serveJson(app, putRetentionRoute, 200, ({ tenant, body }) =>
    updateRetentionSettings({ ctx: tenant, input: body }),
  );
}

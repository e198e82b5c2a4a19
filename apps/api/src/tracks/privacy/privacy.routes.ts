import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withTenant, withTenantInput } from '../../ground/http/serve';
import { route } from '../../ground/shared/route-contract';
import { PRIVACY_ROUTES } from './privacy.contract';
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

const define = routesOf({ tag: 'privacy', access: EXPORT_ACCESS });

export function registerPrivacyRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const documentsDir = deps.config.documents.dir;

  app.openapi(
    define(route('GET', '/clients/{id}/privacy-export'), {
      summary:
        'Everything held on a client, per organisation, as a JSON download (GDPR access request; audited)',
      answer: [200, AccessExportSchema, 'The export, sent as an attachment.'],
      errors: [404],
    }),
    async (c) => {
      const clientId = c.req.valid('param').id;
      const result = await exportClientData({
        ctx: tenantContext(c),
        documentsDir,
        clientId,
      });
      const day = result.generatedAt.slice(0, 10);
      return c.json(result, 200, {
        'content-disposition': `attachment; filename="avg-export-${clientId}-${day}.json"`,
      });
    },
  );

  serveJson(
    app,
    define(PRIVACY_ROUTES.erase, {
      access: ERASURE_ACCESS,
      summary: "Anonymise a client's personal data on request (GDPR erasure; audited)",
      description:
        'Names become "Geanonimiseerd", contact details, national number and street are removed, the birth date keeps its year, notes and signatures are cleared and printed packs deleted; counts, dates and amounts stay for the reports. Refused with 409 `privacy.trajectory_active` while the trajectory is open. Asking again for an anonymised client changes nothing (`alreadyAnonymised: true`).',
      body: ErasureRequestSchema,
      answer: [200, ErasureResultSchema, 'The client is anonymised.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) =>
      requestErasure({ ctx: tenant, documentsDir, clientId: param.id, reason: body.reason }),
  );

  serveJson(
    app,
    define(PRIVACY_ROUTES.retention, {
      access: RETENTION_READERS,
      summary:
        "The welfare centre's retention period: months a client's data is kept after the trajectory ended",
      answer: [200, RetentionSettingsResponseSchema, 'The retention period and its limits.'],
    }),
    withTenant(getRetentionSettings),
  );

  serveJson(
    app,
    define(PRIVACY_ROUTES.saveRetention, {
      access: RETENTION_ACCESS,
      summary: "Change the welfare centre's retention period (12 to 120 months)",
      body: RetentionSettingsSchema,
      answer: [200, RetentionSettingsResponseSchema, 'The saved retention period.'],
    }),
    withTenantInput(updateRetentionSettings),
  );
}

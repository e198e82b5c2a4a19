import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { BrandingResponseSchema, BrandingUpdateSchema } from './branding.schemas';
import { getBranding, updateBranding } from './branding.usecases';

const getRoute = defineRoute({
  method: 'get',
  path: '/api/branding',
  tag: 'documents',
  access: ['welfare:admin', 'welfare:project_lead'],
  summary: "What the welfare centre's documents print",
  description:
    "The name, contact phone and e-mail, address, footer and logo printed on every client document, and each partner organisation with the number printed for it. Before the admin saved them: the welfare centre's name and the contact phone given when the tenant was created, or an empty one (documents then print no number to call).",
  responses: {
    200: jsonResponse(BrandingResponseSchema, 'The details on the documents.'),
    ...errorResponses(401, 403),
  },
});

const putRoute = defineRoute({
  method: 'put',
  path: '/api/branding',
  tag: 'documents',
  access: ['welfare:admin'],
  summary: "Change what the welfare centre's documents print",
  description:
    'Replaces the details whole: a field left out is cleared (the logo too). The contact phone is required and Belgian. A phone number in `partnerPhones` is only for a partner organisation that works for the welfare centre (GET /api/branding lists them); otherwise 400 `branding.partner_invalid` with `details.field` naming `partnerPhones.<id>`, the same for an unknown organisation as for one that works only for others. Audited as `branding.update`.',
  request: { body: jsonBody(BrandingUpdateSchema) },
  responses: {
    200: jsonResponse(BrandingResponseSchema, 'The saved details.'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

export function registerBrandingRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, getRoute, 200, ({ tenant }) => getBranding({ ctx: tenant }));

  serveJson(app, putRoute, 200, ({ tenant, body }) => updateBranding({ ctx: tenant, update: body }));
}

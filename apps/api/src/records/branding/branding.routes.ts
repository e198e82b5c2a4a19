import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withTenant } from '../../ground/http/serve';
import { BRANDING_ROUTES } from './branding.contract';
import { BrandingResponseSchema, BrandingUpdateSchema } from './branding.schemas';
import { getBranding, updateBranding } from './branding.usecases';

const define = routesOf({ tag: 'documents', access: ['welfare:admin', 'welfare:project_lead'] });

export function registerBrandingRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(BRANDING_ROUTES.get, {
      summary: "What the welfare centre's documents print",
      description:
        "The name, contact phone and e-mail, address, footer and logo printed on every client document, and each partner organisation with the number printed for it. Before the admin saved them: the welfare centre's name and the contact phone given when the tenant was created, or an empty one (documents then print no number to call).",
      answer: [200, BrandingResponseSchema, 'The details on the documents.'],
    }),
    withTenant(getBranding),
  );

  serveJson(
    app,
    define(BRANDING_ROUTES.update, {
      access: ['welfare:admin'],
      summary: "Change what the welfare centre's documents print",
      description:
        'Replaces the details whole: a field left out is cleared (the logo too). The contact phone is required and Belgian. A phone number in `partnerPhones` is only for a partner organisation that works for the welfare centre (GET /api/branding lists them); otherwise 400 `branding.partner_invalid` with `details.field` naming `partnerPhones.<id>`, the same for an unknown organisation as for one that works only for others. Audited as `branding.update`.',
      body: BrandingUpdateSchema,
      answer: [200, BrandingResponseSchema, 'The saved details.'],
    }),
    ({ tenant, body }) => updateBranding({ ctx: tenant, update: body }),
  );
}

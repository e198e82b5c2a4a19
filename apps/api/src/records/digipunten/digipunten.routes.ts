import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { DIGIPUNT_ROUTES } from './digipunten.contract';
import {
  DigipuntenImportReportSchema,
  DigipuntenImportSchema,
  DigipuntenListSchema,
  DigipuntenQuerySchema,
} from './digipunten.schemas';
import { importDigipunten, listDigipunten } from './digipunten.usecases';

const define = routesOf({ tag: 'documents', access: ['welfare:admin', 'welfare:project_lead'] });

export function registerDigipuntenRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(DIGIPUNT_ROUTES.import, {
      summary: "Import the tenant's Digipunten directory (CSV or GeoJSON)",
      description:
        'The file goes in `content` as text, `format` says which it is (docs/digipunten-format.md). Every row is checked and reported with its row number. With `dryRun: true` nothing changes; otherwise the valid rows replace the directory in one transaction. A file without a single valid row answers 400 `digipunten.nothing_to_import` and leaves the directory as it was.',
      body: DigipuntenImportSchema,
      answer: [200, DigipuntenImportReportSchema, 'The row-by-row report.'],
    }),
    ({ tenant, body }) => importDigipunten({ ctx: tenant, input: body }).then(({ report }) => report),
  );

  serveJson(
    app,
    define(DIGIPUNT_ROUTES.list, {
      access: ACCESS.welfareStaff,
      summary: "The tenant's Digipunten, or those nearest to a client",
      description:
        'With `near=<clientId>`, the `limit` Digipunten nearest to the client, closest first, each `distanceKm` rounded to 100 m (audited as a read of the client). Only social workers and project leads may ask near a client; for the admin, as for a missing client or one of another tenant, it answers 404 `client.not_found`.',
      query: DigipuntenQuerySchema,
      answer: [200, DigipuntenListSchema, 'The Digipunten.'],
      errors: [404],
    }),
    ({ tenant, query: { near, limit } }) => listDigipunten({ ctx: tenant, near, limit }),
  );
}

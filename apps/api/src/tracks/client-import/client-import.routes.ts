import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { ClientImportReportSchema, ClientImportSchema } from './client-import.schemas';
import { importClients } from './client-import.usecases';

const importRoute = defineRoute({
  method: 'post',
  path: '/api/clients/import',
  tag: 'clients',
  access: ACCESS.caseworkers,
  idempotent: true,
  summary: "Import clients from the case system's CSV, with a dry run",
  description:
    'Matched on file number, so importing the same file twice makes no duplicates. Send a large file in parts (each with the header line and `firstLine`), which lets the portal show progress. A header without the required columns answers 400 `import.header_invalid`.',
  request: { body: jsonBody(ClientImportSchema) },
  responses: {
    200: jsonResponse(ClientImportReportSchema, 'What happened (or would happen) to each row.'),
    ...errorResponses(400, 401, 403, 409, 413, 415),
  },
});

export function registerClientImportRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, importRoute, 200, ({ tenant, body }) => importClients({ ctx: tenant, input: body }));
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withTenantInput } from '../../ground/http/serve';
import { CLIENT_IMPORT_ROUTES } from './client-import.contract';
import { ClientImportReportSchema, ClientImportSchema } from './client-import.schemas';
import { importClients } from './client-import.usecases';

const define = routesOf({ tag: 'clients', access: ACCESS.caseworkers });

export function registerClientImportRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(CLIENT_IMPORT_ROUTES.importPart, {
      idempotent: true,
      summary: "Import clients from the case system's CSV, with a dry run",
      description:
        'Matched on file number, so importing the same file twice makes no duplicates. Send a large file in parts (each with the header line and `firstLine`), which lets the portal show progress. A header without the required columns answers 400 `import.header_invalid`.',
      body: ClientImportSchema,
      answer: [200, ClientImportReportSchema, 'What happened (or would happen) to each row.'],
      errors: [409],
    }),
    withTenantInput(importClients),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { geocoderFor } from '../../ground/geocoding/geocoding.geocoder';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withClient, withTenant, withTenantInput } from '../../ground/http/serve';
import {
  ClientCreateSchema,
  ClientResponseSchema,
  ClientUpdateSchema,
  DuplicateCheckSchema,
  DuplicateListSchema,
  SocialWorkerListSchema,
} from '../../records/clients/clients.schemas';
import { findDuplicateClients, listSocialWorkers } from '../../records/clients/clients.usecases';
import { createClient, getClient, searchClients, updateClient } from './client-overview.clients.usecases';
import { CLIENT_ROUTES } from './client-overview.contract';
import { ClientListQuerySchema, ClientListSchema, ClientOverviewSchema } from './client-overview.schemas';
import { getClientOverview } from './client-overview.usecases';

const define = routesOf({ tag: 'clients', access: ACCESS.caseworkers });

export function registerClientsRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const geocoder = geocoderFor({ config: deps.config });

  serveJson(
    app,
    define(CLIENT_ROUTES.list, {
      summary: 'Find clients by name (typo tolerant), file number or phone, and filter the list',
      description:
        'Filters: `status` (the derived trajectory status), `waveId`, `signal` (a signal kind, or `any`: an open or snoozed signal), `socialWorkerId` (who registered the client) and `mine=1` (registered by the caller). Filters combine with each other and with `q`; the page and `total` count the filtered list.',
      query: ClientListQuerySchema,
      answer: [200, ClientListSchema, 'A page of clients.'],
    }),
    ({ tenant, query: { q, limit, offset, mine, ...filters } }) =>
      searchClients({ ctx: tenant, q, filters: { ...filters, mine: mine === '1' }, limit, offset }),
  );

  serveJson(
    app,
    define(CLIENT_ROUTES.socialWorkers, {
      summary: "The centre's social workers and project leads, to filter the client list by",
      answer: [200, SocialWorkerListSchema, 'The active colleagues, by name.'],
    }),
    withTenant(listSocialWorkers),
  );

  serveJson(
    app,
    define(CLIENT_ROUTES.create, {
      summary: 'Register a client',
      description: 'A file number already used in the tenant answers 409 `client.duplicate_file_number`.',
      body: ClientCreateSchema,
      answer: [201, ClientResponseSchema, 'The new client.'],
      errors: [409],
    }),
    ({ tenant, body }) => createClient({ ctx: tenant, geocoder, input: body }),
  );

  serveJson(
    app,
    define(CLIENT_ROUTES.duplicates, {
      summary: 'Find clients who may be the same person',
      description:
        'Same national register number, same name and birth date, or same street and postcode. Sent in a body so names never appear in logged addresses.',
      body: DuplicateCheckSchema,
      answer: [200, DuplicateListSchema, 'Possible duplicates, each with what matched.'],
    }),
    withTenantInput(findDuplicateClients),
  );

  serveJson(
    app,
    define(CLIENT_ROUTES.overview, {
      summary: "A client's whole trajectory: status, tracks, timeline and open signals (audited)",
      answer: [200, ClientOverviewSchema, 'The client page.'],
      errors: [404],
    }),
    ({ tenant, param }) =>
      getClientOverview({ ctx: tenant, clientId: param.id }).then(({ overview }) => overview),
  );

  serveJson(
    app,
    define(CLIENT_ROUTES.update, {
      summary: "Change a client's record",
      description:
        'Only the fields sent change; `null` clears an optional field. A file number or national register number already used in the tenant answers 409 (`client.duplicate_file_number`, `client.duplicate_national_number`).',
      body: ClientUpdateSchema,
      answer: [200, ClientResponseSchema, 'The changed client.'],
      errors: [404, 409],
    }),
    ({ tenant, param, body }) => updateClient({ ctx: tenant, geocoder, clientId: param.id, input: body }),
  );

  serveJson(
    app,
    define(CLIENT_ROUTES.detail, {
      summary: "Read a client's record (audited)",
      answer: [200, ClientResponseSchema, 'The client.'],
      errors: [404],
    }),
    withClient(getClient),
  );
}

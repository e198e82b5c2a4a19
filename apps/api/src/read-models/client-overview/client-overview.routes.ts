import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { geocoderFor } from '../../ground/geocoding/geocoding.geocoder';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
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
import { ClientListQuerySchema, ClientListSchema, ClientOverviewSchema } from './client-overview.schemas';
import { getClientOverview } from './client-overview.usecases';

const listClientsRoute = defineRoute({
  method: 'get',
  path: '/api/clients',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Find clients by name (typo tolerant), file number or phone, and filter the list',
  description:
    'Filters: `status` (the derived trajectory status), `waveId`, `signal` (a signal kind, or `any`: an open or snoozed signal), `socialWorkerId` (who registered the client) and `mine=1` (registered by the caller). Filters combine with each other and with `q`; the page and `total` count the filtered list.',
  request: { query: ClientListQuerySchema },
  responses: { 200: jsonResponse(ClientListSchema, 'A page of clients.'), ...errorResponses(400, 401, 403) },
});

const socialWorkersRoute = defineRoute({
  method: 'get',
  path: '/api/social-workers',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "The centre's social workers and project leads, to filter the client list by",
  responses: {
    200: jsonResponse(SocialWorkerListSchema, 'The active colleagues, by name.'),
    ...errorResponses(401, 403),
  },
});

const createClientRoute = defineRoute({
  method: 'post',
  path: '/api/clients',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Register a client',
  description: 'A file number already used in the tenant answers 409 `client.duplicate_file_number`.',
  request: { body: jsonBody(ClientCreateSchema) },
  responses: {
    201: jsonResponse(ClientResponseSchema, 'The new client.'),
    ...errorResponses(400, 401, 403, 409, 413, 415),
  },
});

const getClientRoute = defineRoute({
  method: 'get',
  path: '/api/clients/{id}',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "Read a client's record (audited)",
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: { 200: jsonResponse(ClientResponseSchema, 'The client.'), ...errorResponses(401, 403, 404) },
});

const clientIdParams = z.object({ id: z.string().max(64) });

const updateClientRoute = defineRoute({
  method: 'patch',
  path: '/api/clients/{id}',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "Change a client's record",
  description:
    'Only the fields sent change; `null` clears an optional field. A file number or national register number already used in the tenant answers 409 (`client.duplicate_file_number`, `client.duplicate_national_number`).',
  request: { params: clientIdParams, body: jsonBody(ClientUpdateSchema) },
  responses: {
    200: jsonResponse(ClientResponseSchema, 'The changed client.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const duplicatesRoute = defineRoute({
  method: 'post',
  path: '/api/clients/duplicates',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: 'Find clients who may be the same person',
  description:
    'Same national register number, same name and birth date, or same street and postcode. Sent in a body so names never appear in logged addresses.',
  request: { body: jsonBody(DuplicateCheckSchema) },
  responses: {
    200: jsonResponse(DuplicateListSchema, 'Possible duplicates, each with what matched.'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const overviewRoute = defineRoute({
  method: 'get',
  path: '/api/clients/{id}/overview',
  tag: 'clients',
  access: ACCESS.caseworkers,
  summary: "A client's whole trajectory: status, tracks, timeline and open signals (audited)",
  request: { params: clientIdParams },
  responses: {
    200: jsonResponse(ClientOverviewSchema, 'The client page.'),
    ...errorResponses(401, 403, 404),
  },
});

export function registerClientsRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, listClientsRoute, 200, ({ tenant, query: { q, limit, offset, mine, ...filters } }) =>
    searchClients({ ctx: tenant, q, filters: { ...filters, mine: mine === '1' }, limit, offset }),
  );

  serveJson(app, socialWorkersRoute, 200, ({ tenant }) => listSocialWorkers({ ctx: tenant }));

  serveJson(app, createClientRoute, 201, ({ tenant, body }) =>
    createClient({ ctx: tenant, geocoder: geocoderFor({ config: deps.config }), input: body }).then(
      ({ client }) => ({ client }),
    ),
  );

  serveJson(app, duplicatesRoute, 200, ({ tenant, body }) =>
    findDuplicateClients({ ctx: tenant, input: body }),
  );

  serveJson(app, overviewRoute, 200, ({ tenant, param }) =>
    getClientOverview({ ctx: tenant, clientId: param.id }).then(({ overview }) => overview),
  );

  serveJson(app, updateClientRoute, 200, ({ tenant, param, body }) =>
    updateClient({
      ctx: tenant,
      geocoder: geocoderFor({ config: deps.config }),
      clientId: param.id,
      input: body,
    }).then(({ client }) => ({ client })),
  );

  serveJson(app, getClientRoute, 200, ({ tenant, param }) =>
    getClient({ ctx: tenant, clientId: param.id }).then(({ client }) => ({ client })),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../app/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../app/routes';
import { ACCESS, getAuth } from '../auth/auth.policy';
import {
  ClientCreateSchema,
  ClientListQuerySchema,
  ClientListSchema,
  ClientResponseSchema,
} from './clients.schemas';
import { createClient, getClient, searchClients } from './clients.usecases';

const listClientsRoute = defineRoute({
  method: 'get',
  path: '/api/clients',
  tag: 'clients',
  access: ACCESS.welfareStaff,
  summary: 'Find clients by name (typo tolerant), file number or phone',
  request: { query: ClientListQuerySchema },
  responses: { 200: jsonResponse(ClientListSchema, 'A page of clients.'), ...errorResponses(400, 401, 403) },
});

const createClientRoute = defineRoute({
  method: 'post',
  path: '/api/clients',
  tag: 'clients',
  access: ACCESS.welfareStaff,
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
  access: ACCESS.welfareStaff,
  summary: "Read a client's record (audited)",
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: { 200: jsonResponse(ClientResponseSchema, 'The client.'), ...errorResponses(401, 403, 404) },
});

export function registerClientsRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(listClientsRoute, async (c) => {
    const { q, limit, offset } = c.req.valid('query');
    const result = await searchClients({ db: deps.db, auth: getAuth(c), q, limit, offset });
    return c.json(result, 200);
  });

  app.openapi(createClientRoute, async (c) => {
    const { client } = await createClient({
      db: deps.db,
      auth: getAuth(c),
      clock: deps.clock,
      input: c.req.valid('json'),
      requestId: c.get('requestId'),
    });
    return c.json({ client }, 201);
  });

  app.openapi(getClientRoute, async (c) => {
    const { client } = await getClient({
      db: deps.db,
      auth: getAuth(c),
      clock: deps.clock,
      clientId: c.req.valid('param').id,
      requestId: c.get('requestId'),
    });
    return c.json({ client }, 200);
  });
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../app/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../app/routes';
import { getAuth } from '../auth/auth.policy';
import {
  ReconcileRequestSchema,
  StatementCreateSchema,
  StatementLineResponseSchema,
  StatementListQuerySchema,
  StatementListSchema,
  StatementResponseSchema,
} from './statements.schemas';
import {
  createStatement,
  getStatement,
  listStatements,
  reconcileLine,
  statementToCsv,
} from './statements.usecases';

const READERS = ['home_help:coordinator', 'welfare:project_lead', 'welfare:social_worker'] as const;
const statementParams = z.object({ id: z.string().max(64) });

const createRoute = defineRoute({
  method: 'post',
  path: '/api/statements',
  tag: 'cheques',
  access: ['home_help:coordinator'],
  summary: 'Make the monthly statement for one welfare centre',
  description:
    'Puts every redeemed cheque of the month that is on no statement yet on a new statement, with totals in hours and money at the programme price per cheque. 409 `statement.already_exists` (one per welfare centre and month), `statement.empty`; 404 `tenant.not_found` for a welfare centre the organisation does not work for.',
  request: { body: jsonBody(StatementCreateSchema) },
  responses: {
    201: jsonResponse(StatementResponseSchema, 'The new statement with its lines.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const listRoute = defineRoute({
  method: 'get',
  path: '/api/statements',
  tag: 'cheques',
  access: READERS,
  summary: 'Statements: a partner sees its own, a welfare centre those sent to it',
  request: { query: StatementListQuerySchema },
  responses: {
    200: jsonResponse(StatementListSchema, 'Statements, newest month first.'),
    ...errorResponses(400, 401, 403),
  },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/api/statements/{id}',
  tag: 'cheques',
  access: READERS,
  summary: 'One statement with its lines and reconciliation (audited)',
  request: { params: statementParams },
  responses: {
    200: jsonResponse(StatementResponseSchema, 'The statement.'),
    ...errorResponses(401, 403, 404),
  },
});

const csvRoute = defineRoute({
  method: 'get',
  path: '/api/statements/{id}/csv',
  tag: 'cheques',
  access: READERS,
  summary: 'One statement as CSV (semicolon separated, UTF-8 with BOM)',
  request: { params: statementParams },
  responses: {
    200: { description: 'The statement as CSV.', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(401, 403, 404),
  },
});

const reconcileRoute = defineRoute({
  method: 'post',
  path: '/api/statements/{id}/lines/{lineId}/reconcile',
  tag: 'cheques',
  access: ['welfare:project_lead'],
  summary: "Record the welfare centre's verdict on one statement line",
  description:
    'A dispute needs a reason (400 `statement_line.dispute_reason_missing`); deciding again replaces the verdict.',
  request: {
    params: z.object({ id: z.string().max(64), lineId: z.string().max(64) }),
    body: jsonBody(ReconcileRequestSchema),
  },
  responses: {
    200: jsonResponse(StatementLineResponseSchema, 'The line with its verdict.'),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

export function registerStatementsRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const { db, clock } = deps;

  app.openapi(createRoute, async (c) => {
    const result = await createStatement({
      db,
      auth: getAuth(c),
      clock,
      input: c.req.valid('json'),
      requestId: c.get('requestId'),
    });
    return c.json(result, 201);
  });

  app.openapi(listRoute, async (c) => {
    return c.json(await listStatements({ db, auth: getAuth(c), query: c.req.valid('query') }), 200);
  });

  app.openapi(getRoute, async (c) => {
    const result = await getStatement({
      db,
      auth: getAuth(c),
      clock,
      statementId: c.req.valid('param').id,
      requestId: c.get('requestId'),
    });
    return c.json(result, 200);
  });

  app.openapi(csvRoute, async (c) => {
    const { statement } = await getStatement({
      db,
      auth: getAuth(c),
      clock,
      statementId: c.req.valid('param').id,
      requestId: c.get('requestId'),
    });
    c.header('content-disposition', `attachment; filename="statement-${statement.month}.csv"`);
    return c.body(statementToCsv({ statement }), 200, { 'content-type': 'text/csv; charset=utf-8' });
  });

  app.openapi(reconcileRoute, async (c) => {
    const { id, lineId } = c.req.valid('param');
    const result = await reconcileLine({
      db,
      auth: getAuth(c),
      clock,
      statementId: id,
      lineId,
      input: c.req.valid('json'),
      requestId: c.get('requestId'),
    });
    return c.json(result, 200);
  });
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveFile, serveJson } from '../../ground/http/serve';
import {
  ReconcileRequestSchema,
  StatementCreateSchema,
  StatementLineResponseSchema,
  StatementListQuerySchema,
  StatementListSchema,
  StatementPdfQuerySchema,
  StatementResponseSchema,
} from './statements.schemas';
import {
  closeReconciliation,
  createStatement,
  getStatement,
  listStatements,
  reconcileLine,
  renderStatementDocument,
  sendStatement,
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

const pdfRoute = defineRoute({
  method: 'get',
  path: '/api/statements/{id}/pdf',
  tag: 'cheques',
  access: READERS,
  summary: 'One statement as a printable A4 PDF (audited)',
  description:
    "Every line (date, cheque code, student, minutes, purpose, price, reconciliation) and the totals, in Dutch with the labels also in `language` (default: the reader's portal language).",
  request: { params: statementParams, query: StatementPdfQuerySchema },
  responses: {
    200: {
      description: 'The statement as PDF.',
      content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const sendRoute = defineRoute({
  method: 'post',
  path: '/api/statements/{id}/send',
  tag: 'cheques',
  access: ['home_help:coordinator'],
  summary: 'Send a draft statement to the welfare centre',
  description:
    'From then on the welfare centre sees it and it no longer changes; 409 `statement.already_sent` when it was sent before.',
  request: { params: statementParams },
  responses: {
    200: jsonResponse(StatementResponseSchema, 'The sent statement.'),
    ...errorResponses(401, 403, 404, 409),
  },
});

const closeRoute = defineRoute({
  method: 'post',
  path: '/api/statements/{id}/close',
  tag: 'cheques',
  access: ['welfare:project_lead'],
  summary: 'Close the reconciliation of a sent statement',
  description:
    'The statement becomes `accepted` when every line matched, `disputed` when one is disputed. 409 `statement.lines_open` while a line has no verdict, `statement.already_reconciled` when closed before.',
  request: { params: statementParams },
  responses: {
    200: jsonResponse(StatementResponseSchema, 'The reconciled statement.'),
    ...errorResponses(401, 403, 404, 409),
  },
});

const reconcileRoute = defineRoute({
  method: 'post',
  path: '/api/statements/{id}/lines/{lineId}/reconcile',
  tag: 'cheques',
  access: ['welfare:project_lead'],
  summary: "Record the welfare centre's verdict on one statement line",
  description:
    'A dispute needs a reason (400 `statement_line.dispute_reason_missing`); deciding again replaces the verdict until the reconciliation is closed (409 `statement.already_reconciled`).',
  request: {
    params: z.object({ id: z.string().max(64), lineId: z.string().max(64) }),
    body: jsonBody(ReconcileRequestSchema),
  },
  responses: {
    200: jsonResponse(StatementLineResponseSchema, 'The line with its verdict.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export function registerStatementsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, createRoute, 201, ({ ctx, body }) => createStatement({ ctx, input: body }));

  serveJson(app, listRoute, 200, ({ ctx, query }) => listStatements({ ctx, query }));

  serveJson(app, getRoute, 200, ({ ctx, param }) => getStatement({ ctx, statementId: param.id }));

  serveFile(app, csvRoute, ({ ctx, param }) =>
    getStatement({ ctx, statementId: param.id }).then(({ statement }) => ({
      bytes: statementToCsv({ statement }),
      type: 'text/csv; charset=utf-8',
      name: `statement-${statement.month}.csv`,
    })),
  );

  serveFile(app, pdfRoute, ({ ctx, param, query }) =>
    renderStatementDocument({ ctx, statementId: param.id, language: query.language }).then(
      ({ pdf, fileName }) => ({ bytes: pdf, type: 'application/pdf', name: fileName, noStore: true }),
    ),
  );

  serveJson(app, sendRoute, 200, ({ ctx, param }) => sendStatement({ ctx, statementId: param.id }));

  serveJson(app, closeRoute, 200, ({ ctx, param }) => closeReconciliation({ ctx, statementId: param.id }));

  serveJson(app, reconcileRoute, 200, ({ ctx, param: { id, lineId }, body }) =>
    reconcileLine({ ctx, statementId: id, lineId, input: body }),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Access } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import type { RequestArgs } from '../../ground/http/request-context';
import { routesOf } from '../../ground/http/routes';
import { serveFile, serveJson, withCallerId } from '../../ground/http/serve';
import { route } from '../../ground/shared/route-contract';
import { STATEMENT_ROUTES } from './statements.contract';
import {
  ReconcileRequestSchema,
  type Statement,
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

const define = routesOf({ tag: 'cheques', access: READERS });

export function registerStatementsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  /**
   * A step in a statement's life (sent, reconciliation closed), alike but for who takes it and their
   * declared: it changes the statement the path names, answers it, and refuses a step taken out of turn (409).
   */
  const serveStatementStep = (
    step: 'send' | 'close',
    declared: { access: Access; summary: string; description: string; answered: string },
    take: (args: RequestArgs<{ statementId: string }>) => Promise<{ statement: Statement }>,
  ) =>
    serveJson(
      app,
      define(STATEMENT_ROUTES[step], {
        access: declared.access,
        summary: declared.summary,
        description: declared.description,
        answer: [200, StatementResponseSchema, declared.answered],
        errors: [404, 409],
      }),
      withCallerId('statementId', take),
    );

  serveJson(
    app,
    define(STATEMENT_ROUTES.create, {
      access: ['home_help:coordinator'],
      summary: 'Make the monthly statement for one welfare centre',
      description:
        'Puts every redeemed cheque of the month that is on no statement yet on a new statement, with totals in hours and money at the programme price per cheque. 409 `statement.already_exists` (one per welfare centre and month), `statement.empty`; 404 `tenant.not_found` for a welfare centre the organisation does not work for.',
      body: StatementCreateSchema,
      answer: [201, StatementResponseSchema, 'The new statement with its lines.'],
      errors: [404, 409],
    }),
    ({ ctx, body }) => createStatement({ ctx, input: body }),
  );

  serveJson(
    app,
    define(STATEMENT_ROUTES.list, {
      summary: 'Statements: a partner sees its own, a welfare centre those sent to it',
      query: StatementListQuerySchema,
      answer: [200, StatementListSchema, 'Statements, newest month first.'],
    }),
    ({ ctx, query }) => listStatements({ ctx, query }),
  );

  serveJson(
    app,
    define(STATEMENT_ROUTES.detail, {
      summary: 'One statement with its lines and reconciliation (audited)',
      answer: [200, StatementResponseSchema, 'The statement.'],
      errors: [404],
    }),
    withCallerId('statementId', getStatement),
  );

  serveFile(
    app,
    define(route('GET', '/statements/{id}/csv'), {
      summary: 'One statement as CSV (semicolon separated, UTF-8 with BOM)',
      responses: {
        200: { description: 'The statement as CSV.', content: { 'text/csv': { schema: z.string() } } },
      },
      errors: [404],
    }),
    ({ ctx, param }) =>
      getStatement({ ctx, statementId: param.id }).then(({ statement }) => ({
        bytes: statementToCsv({ statement }),
        type: 'text/csv; charset=utf-8',
        name: `statement-${statement.month}.csv`,
      })),
  );

  serveFile(
    app,
    define(route('GET', '/statements/{id}/pdf'), {
      summary: 'One statement as a printable A4 PDF (audited)',
      description:
        "Every line (date, cheque code, student, minutes, purpose, price, reconciliation) and the totals, in Dutch with the labels also in `language` (default: the reader's portal language).",
      query: StatementPdfQuerySchema,
      responses: {
        200: {
          description: 'The statement as PDF.',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
      },
      errors: [404],
    }),
    ({ ctx, param, query }) =>
      renderStatementDocument({ ctx, statementId: param.id, language: query.language }).then(
        ({ pdf, fileName }) => ({ bytes: pdf, type: 'application/pdf', name: fileName, noStore: true }),
      ),
  );

  serveStatementStep(
    'send',
    {
      access: ['home_help:coordinator'],
      summary: 'Send a draft statement to the welfare centre',
      description:
        'From then on the welfare centre sees it and it no longer changes; 409 `statement.already_sent` when it was sent before.',
      answered: 'The sent statement.',
    },
    sendStatement,
  );

  serveStatementStep(
    'close',
    {
      access: ['welfare:project_lead'],
      summary: 'Close the reconciliation of a sent statement',
      description:
        'The statement becomes `accepted` when every line matched, `disputed` when one is disputed. 409 `statement.lines_open` while a line has no verdict, `statement.already_reconciled` when closed before.',
      answered: 'The reconciled statement.',
    },
    closeReconciliation,
  );

  serveJson(
    app,
    define(STATEMENT_ROUTES.reconcileLine, {
      access: ['welfare:project_lead'],
      summary: "Record the welfare centre's verdict on one statement line",
      description:
        'A dispute needs a reason (400 `statement_line.dispute_reason_missing`); deciding again replaces the verdict until the reconciliation is closed (409 `statement.already_reconciled`).',
      body: ReconcileRequestSchema,
      answer: [200, StatementLineResponseSchema, 'The line with its verdict.'],
      errors: [404, 409],
    }),
    ({ ctx, param: { id, lineId }, body }) => reconcileLine({ ctx, statementId: id, lineId, input: body }),
  );
}

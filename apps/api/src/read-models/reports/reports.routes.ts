import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { FRESHNESS_HEADERS_DOC, freshnessHeaders } from '../../ground/database/database.freshness.schemas';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { routesOf } from '../../ground/http/routes';
import { REPORT_ROUTES } from './reports.contract';
import { toCsv, toXlsx } from './reports.export';
import { REPORT_KINDS, ReportQuerySchema, ReportSchema } from './reports.schemas';
import { buildReport } from './reports.usecases';

const define = routesOf({ tag: 'reports', access: ['welfare:project_lead', 'welfare:admin'] });

export function registerReportsRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(
    define(REPORT_ROUTES.report, {
      summary: 'A report for the funder or the council, as JSON, CSV or XLSX',
      description:
        '`equipped-by-purpose` (clients who got a laptop in the period, per purpose), `skills` (skill level at intake and how many completed the basic course), `cheques` (issued, used and expired per month of issue), `statements` (the home-help partner’s statements reconciled with the redeemed cheques), `trajectory-endings` (trajectories completed and ended early per month of closing, the early ends per reason). `from` and `to` are calendar dates, both included. CSV and XLSX downloads are audited.',
      params: z.object({ report: z.enum(REPORT_KINDS) }),
      query: ReportQuerySchema,
      responses: {
        200: {
          description:
            'The report; a CSV or XLSX download says where and as of when it was read in its headers.',
          headers: FRESHNESS_HEADERS_DOC,
          content: {
            'application/json': { schema: ReportSchema },
            'text/csv': { schema: z.string() },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
          },
        },
      },
      errors: [404],
    }),
    async (c) => {
      const { report: kind } = c.req.valid('param');
      const query = c.req.valid('query');
      const { from, to, format } = query;
      const { report } = await buildReport({ ctx: tenantContext(c), kind, ...query });
      const name = `digipakket-${kind}${from ? `-${from}` : ''}${to ? `-${to}` : ''}`;
      const read = freshnessHeaders(report.freshness);
      if (format === 'csv') {
        return c.body(toCsv({ columns: report.columns, rows: report.rows }), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${name}.csv"`,
          ...read,
        });
      }
      if (format === 'xlsx') {
        const bytes = await toXlsx({ report });
        return c.body(bytes as unknown as ArrayBuffer, 200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="${name}.xlsx"`,
          ...read,
        });
      }
      return c.json(report, 200);
    },
  );
}

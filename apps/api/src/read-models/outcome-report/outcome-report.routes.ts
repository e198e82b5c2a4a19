import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { FRESHNESS_HEADERS_DOC, freshnessHeaders } from '../../ground/database/database.freshness.schemas';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveFile, serveJson } from '../../ground/http/serve';
import { createBrandingRepository } from '../../records/branding/branding.repository';
import { OUTCOME_REPORT_ROUTES } from './outcome-report.contract';
import { toOutcomeXlsx } from './outcome-report.export';
import { renderOutcomeFunderPdf } from './outcome-report.pdf';
import {
  OutcomeComparisonQuerySchema,
  OutcomeComparisonSchema,
  OutcomeFunderReportQuerySchema,
  OutcomeQuestionnaireQuerySchema,
} from './outcome-report.schemas';
import {
  buildOutcomeComparison,
  buildOutcomeFunderReport,
  buildOutcomeQuestionnaire,
} from './outcome-report.usecases';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const REPORT_ACCESS = ['welfare:project_lead', 'welfare:admin'] as const;
const binary = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.string().meta({ format: 'binary' }) } },
});
/** A funder's file also says where and as of when its figures were read. */
const readFile = (type: string, description: string) => ({
  ...binary(type, description),
  headers: FRESHNESS_HEADERS_DOC,
});

const define = routesOf({ tag: 'reports', access: REPORT_ACCESS });

function fileName(prefix: string, query: { periodFrom?: string | undefined; periodTo?: string | undefined }) {
  return `${prefix}${query.periodFrom ? `-${query.periodFrom}` : ''}${query.periodTo ? `-${query.periodTo}` : ''}`;
}

export function registerOutcomeReportRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const timeZone = deps.config.timeZone;

  serveJson(
    app,
    define(OUTCOME_REPORT_ROUTES.comparison, {
      summary: 'Did it work? The programme, its waves and its variations side by side',
      description:
        "For the clients approved with their intake in the period (the whole programme without one): the change in tasks done on one's own and in confidence from `from` to `to` (median and mean with a 95% bootstrap interval, seeded per programme so the figures are reproducible), the share doing all eight foundation tasks on their own, the response per round, the drop-outs and the cost per client. A group with fewer than `minimum` respondents shows `too_few` and no figures. Groups are in a fixed order, never ranked. The tenant's active programme when `programmeId` is left out; 404 `programme.not_found`.",
      query: OutcomeComparisonQuerySchema,
      answer: [200, OutcomeComparisonSchema, 'The comparison.'],
      errors: [404],
    }),
    ({ tenant, query }) =>
      buildOutcomeComparison({ ctx: tenant, query, timeZone }).then(({ comparison }) => comparison),
  );

  serveFile(
    app,
    define(OUTCOME_REPORT_ROUTES.funderXlsx, {
      summary: "The funder's report as a workbook: outcomes, delivery figures and the method (audited)",
      query: OutcomeFunderReportQuerySchema,
      responses: { 200: readFile(XLSX_TYPE, 'The workbook.') },
      errors: [404],
    }),
    async ({ tenant, query: { locale, ...query } }) => {
      const report = await buildOutcomeFunderReport({ ctx: tenant, query, timeZone, format: 'xlsx' });
      return {
        bytes: await toOutcomeXlsx({ report, locale }),
        type: XLSX_TYPE,
        name: `${fileName('digipakket-resultaten', query)}.xlsx`,
        headers: freshnessHeaders(report.freshness),
      };
    },
  );

  serveFile(
    app,
    define(OUTCOME_REPORT_ROUTES.funderPdf, {
      summary: "The funder's report as a printable PDF: outcomes, delivery figures and the method (audited)",
      query: OutcomeFunderReportQuerySchema,
      responses: { 200: readFile('application/pdf', 'The PDF.') },
      errors: [404],
    }),
    async ({ tenant, query: { locale, ...query } }) => {
      const report = await buildOutcomeFunderReport({ ctx: tenant, query, timeZone, format: 'pdf' });
      const { branding } = await createBrandingRepository({ db: tenant.db }).getDocumentBranding({
        tenantId: tenant.tenantId,
      });
      return {
        bytes: await renderOutcomeFunderPdf({ report, locale, branding }),
        type: 'application/pdf',
        name: `${fileName('digipakket-resultaten', query)}.pdf`,
        headers: freshnessHeaders(report.freshness),
      };
    },
  );

  serveFile(
    app,
    define(OUTCOME_REPORT_ROUTES.questionnaire, {
      tag: 'documents',
      access: ['welfare:social_worker', 'welfare:project_lead'],
      summary: "A round's printable questionnaire in the client's language (audited)",
      description:
        "The items the client's programme asks, a tick box per answer, and under each question the Dutch wording with the item's id and version so the answers can be typed in (`mode: paper`). In `language`, else the client's preferred language.",
      query: OutcomeQuestionnaireQuerySchema,
      responses: { 200: binary('application/pdf', 'The PDF.') },
      errors: [404],
    }),
    ({ tenant, param: { clientId }, query: { round, language } }) =>
      buildOutcomeQuestionnaire({ ctx: tenant, clientId, round, language, timeZone }).then(
        ({ pdf, fileName: name }) => ({ bytes: pdf, type: 'application/pdf', name, inline: true }),
      ),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  FRESHNESS_HEADERS_DOC,
  freshnessHeaders,
  toFreshnessBody,
} from '../../ground/database/database.freshness.schemas';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveFile, serveJson } from '../../ground/http/serve';
import { route } from '../../ground/shared/route-contract';
import { toCsv } from '../reports/reports.export';
import { AUDIT_ROUTES } from './audit-viewer.contract';
import { AuditPageSchema, AuditQuerySchema } from './audit-viewer.schemas';
import { exportAuditEntries, listAuditEntries } from './audit-viewer.usecases';

/** The audit log is for the project lead only (domain visibility table). */
const AUDIT_ACCESS = ['welfare:project_lead'] as const;

const define = routesOf({ tag: 'audit', access: AUDIT_ACCESS });

export function registerAuditRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(AUDIT_ROUTES.list, {
      summary: "The tenant's audit log, newest first",
      description: 'Filter by client, user, action and period (`from`, `to`: calendar dates, both included).',
      query: AuditQuerySchema,
      answer: [200, AuditPageSchema, 'A page of entries.'],
    }),
    ({ tenant, query: { limit, offset, ...input } }) =>
      listAuditEntries({ ctx: tenant, input, limit, offset }),
  );

  serveFile(
    app,
    define(route('GET', '/audit/export'), {
      summary: 'The filtered audit log as CSV (the export itself is audited)',
      query: AuditQuerySchema.omit({ limit: true, offset: true }),
      responses: {
        200: {
          description: 'CSV file; its headers say where and as of when the log was read.',
          headers: FRESHNESS_HEADERS_DOC,
          content: { 'text/csv': { schema: z.string() } },
        },
      },
    }),
    async ({ tenant, query }) => {
      const { entries, freshness } = await exportAuditEntries({ ctx: tenant, input: query });
      const keys = [
        'at',
        'user',
        'role',
        'organisation',
        'action',
        'outcome',
        'client',
        'fileNumber',
        'resource',
        'purpose',
      ];
      const csv = toCsv({
        columns: keys.map((key) => ({ key, header: key })),
        rows: entries.map((entry) => ({
          at: entry.at,
          user: entry.actor.name ?? '',
          role: entry.actor.role ?? '',
          organisation: entry.actor.organisation ?? '',
          action: entry.action,
          outcome: entry.outcome,
          client: entry.client?.name ?? '',
          fileNumber: entry.client?.fileNumber ?? '',
          resource: entry.resource,
          purpose: entry.purpose ?? '',
        })),
      });
      return {
        bytes: csv,
        type: 'text/csv; charset=utf-8',
        name: 'digipakket-audit.csv',
        headers: freshnessHeaders(toFreshnessBody(freshness)),
      };
    },
  );
}

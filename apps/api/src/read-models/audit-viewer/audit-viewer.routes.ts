import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { defineRoute, errorResponses, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { toCsv } from '../reports/reports.export';
import { AuditPageSchema, AuditQuerySchema } from './audit-viewer.schemas';
import { exportAuditEntries, listAuditEntries } from './audit-viewer.usecases';

/** The audit log is for the project lead only (domain visibility table). */
const AUDIT_ACCESS = ['welfare:project_lead'] as const;

const listRoute = defineRoute({
  method: 'get',
  path: '/api/audit',
  tag: 'audit',
  access: AUDIT_ACCESS,
  summary: "The tenant's audit log, newest first",
  description: 'Filter by client, user, action and period (`from`, `to`: calendar dates, both included).',
  request: { query: AuditQuerySchema },
  responses: { 200: jsonResponse(AuditPageSchema, 'A page of entries.'), ...errorResponses(400, 401, 403) },
});

const exportRoute = defineRoute({
  method: 'get',
  path: '/api/audit/export',
  tag: 'audit',
  access: AUDIT_ACCESS,
  summary: 'The filtered audit log as CSV (the export itself is audited)',
  request: { query: AuditQuerySchema.omit({ limit: true, offset: true }) },
  responses: {
    200: { description: 'CSV file.', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(400, 401, 403),
  },
});

export function registerAuditRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, listRoute, 200, ({ tenant, query: { limit, offset, ...input } }) =>
    listAuditEntries({ ctx: tenant, input, limit, offset }),
  );

  app.openapi(exportRoute, async (c) => {
    const { entries } = await exportAuditEntries({
      ctx: tenantContext(c),
      input: c.req.valid('query'),
    });
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
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="digipakket-audit.csv"',
    });
  });
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { defineRoute, errorResponses, jsonResponse } from '../../ground/http/routes';
import { createFiguresCache, dashboardCacheTtlMs } from './dashboard.cache';
import type { DashboardFigures } from './dashboard.repository';
import {
  DashboardClientsQuerySchema,
  DashboardClientsSchema,
  DashboardQuerySchema,
  DashboardSchema,
} from './dashboard.schemas';
import { getDashboard, listDashboardClients } from './dashboard.usecases';

/** The programme's figures and the clients behind them are the project lead's. */
export const DASHBOARD_ACCESS = ['welfare:project_lead'] as const;

const dashboardRoute = defineRoute({
  method: 'get',
  path: '/api/dashboard',
  tag: 'reports',
  access: DASHBOARD_ACCESS,
  summary: 'The project lead’s dashboard for a programme or one wave',
  description:
    'The funnel (referred, approved, equipped, installation visit done, training completed, referred to regular courses), partner figures (median days from handout to first visit, cheques used, expiring and expired, attendance rate), open signals by kind and owner, and stock. Without `programmeId`, the current programme.',
  request: { query: DashboardQuerySchema },
  responses: {
    200: jsonResponse(DashboardSchema, 'The figures.'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const dashboardClientsRoute = defineRoute({
  method: 'get',
  path: '/api/dashboard/clients',
  tag: 'reports',
  access: DASHBOARD_ACCESS,
  summary: 'The clients behind one dashboard figure (audited)',
  request: { query: DashboardClientsQuerySchema },
  responses: {
    200: jsonResponse(DashboardClientsSchema, 'A page of clients, by name.'),
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerDashboardRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const cache = createFiguresCache<DashboardFigures>({
    ttlMs: dashboardCacheTtlMs({ env: deps.config.env }),
  });
  app.openapi(dashboardRoute, async (c) => {
    const { programmeId, waveId } = c.req.valid('query');
    const { dashboard } = await getDashboard({
      ctx: tenantContext(c),
      programmeId,
      waveId,
      cache,
    });
    return c.json(dashboard, 200);
  });

  app.openapi(dashboardClientsRoute, async (c) => {
    const query = c.req.valid('query');
    const list = await listDashboardClients({
      ctx: tenantContext(c),
      ...query,
    });
    return c.json(list, 200);
  });
}

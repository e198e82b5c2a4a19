import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { createFiguresCache, dashboardCacheTtlMs } from './dashboard.cache';
import { DASHBOARD_ROUTES } from './dashboard.contract';
import {
  DashboardClientsQuerySchema,
  DashboardClientsSchema,
  DashboardQuerySchema,
  DashboardSchema,
} from './dashboard.schemas';
import { type DashboardReads, getDashboard, listDashboardClients } from './dashboard.usecases';

/** The programme's figures and the clients behind them are the project lead's. */
export const DASHBOARD_ACCESS = ['welfare:project_lead'] as const;

const define = routesOf({ tag: 'reports', access: DASHBOARD_ACCESS });

export function registerDashboardRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const cache = createFiguresCache<DashboardReads>({
    ttlMs: dashboardCacheTtlMs({ env: deps.config.env }),
  });
  serveJson(
    app,
    define(DASHBOARD_ROUTES.figures, {
      summary: 'The project lead’s dashboard for a programme or one wave',
      description:
        'The funnel (referred, approved, equipped, installation visit done, training completed, referred to regular courses), partner figures (median days from handout to first visit, cheques used, expiring and expired, attendance rate), open signals by kind and owner, and stock. Without `programmeId`, the current programme.',
      query: DashboardQuerySchema,
      answer: [200, DashboardSchema, 'The figures.'],
      errors: [404],
    }),
    ({ tenant, query: { programmeId, waveId } }) =>
      getDashboard({ ctx: tenant, programmeId, waveId, cache }).then(({ dashboard }) => dashboard),
  );

  serveJson(
    app,
    define(DASHBOARD_ROUTES.clients, {
      summary: 'The clients behind one dashboard figure (audited)',
      query: DashboardClientsQuerySchema,
      answer: [200, DashboardClientsSchema, 'A page of clients, by name.'],
      errors: [404],
    }),
    ({ tenant, query }) => listDashboardClients({ ctx: tenant, ...query }),
  );
}

import { OpenAPIHono } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { Config } from '../../ground/config/config';
import { createLogger, type Logger } from '../../ground/config/logger';
import type { Database, DatabaseDriver } from '../../ground/database/database';
import type { Standby } from '../../ground/database/database.standby';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { utf8BodyMiddleware } from '../../ground/http/body-encoding.middleware';
import { retryWhileDatabaseUnavailable } from '../../ground/http/database-retry';
import {
  closeAfterUnreadBodyMiddleware,
  createBodyLimitMiddleware,
  createErrorHandler,
  createOriginCheckMiddleware,
  createRequestLogMiddleware,
  noStoreMiddleware,
  nulInUrlMiddleware,
  requestIdMiddleware,
  securityHeadersMiddleware,
} from '../../ground/http/middlewares';
import { type Clock, systemClock } from '../../ground/shared/clock';
import {
  createRouteNotFoundError,
  createValidationError,
  type FieldIssue,
  toErrorBody,
} from '../../ground/shared/errors';
import { registerAuditRoutes } from '../../read-models/audit-viewer/audit-viewer.routes';
import { registerClientsRoutes } from '../../read-models/client-overview/client-overview.routes';
import { registerDashboardRoutes } from '../../read-models/dashboard/dashboard.routes';
import { registerDocumentsRoutes } from '../../read-models/documents/documents.routes';
import { registerOutcomeReportRoutes } from '../../read-models/outcome-report/outcome-report.routes';
import { registerReportsRoutes } from '../../read-models/reports/reports.routes';
import { sessionCookieName } from '../../records/auth/auth.cookies';
import { createSessionMiddleware } from '../../records/auth/auth.middleware';
import { registerAuthRoutes } from '../../records/auth/auth.routes';
import { registerSsoRoutes } from '../../records/auth/auth.sso.routes';
import { registerBrandingRoutes } from '../../records/branding/branding.routes';
import { registerDigipuntenRoutes } from '../../records/digipunten/digipunten.routes';
import { registerProgrammesRoutes } from '../../records/programmes/programmes.routes';
import { registerUsersRoutes } from '../../tracks/accounts/accounts.routes';
import { registerAttendanceRoutes } from '../../tracks/attendance/attendance.routes';
import { registerChequesRoutes } from '../../tracks/cheques/cheques.routes';
import { registerClientImportRoutes } from '../../tracks/client-import/client-import.routes';
import { registerCoursesRoutes } from '../../tracks/courses/courses.routes';
import { registerDevicesRoutes } from '../../tracks/devices/devices.routes';
import { registerEnrolmentRoutes } from '../../tracks/enrolments/enrolments.routes';
import { registerGuidanceRoutes } from '../../tracks/guidance/guidance.routes';
import { registerInfoMomentsRoutes } from '../../tracks/info-moments/info-moments.routes';
import { registerIntakeRoutes } from '../../tracks/intake/intake.routes';
import { registerMessagesRoutes } from '../../tracks/messages/messages.routes';
import { registerObservationsRoutes } from '../../tracks/observations/observations.routes';
import { registerOutcomesRoutes } from '../../tracks/outcomes/outcomes.routes';
import { registerPrivacyRoutes } from '../../tracks/privacy/privacy.routes';
import { registerSignalsRoutes } from '../../tracks/signals/signals.routes';
import { registerStatementsRoutes } from '../../tracks/statements/statements.routes';
import { registerTrainingRoutes } from '../../tracks/training/training.routes';
import { registerTrajectoryRoutes } from '../../tracks/trajectory/trajectory.routes';
import { registerVisitsRoutes } from '../../tracks/visits/visits.routes';
import { registerWavesRoutes } from '../../tracks/waves/waves.routes';
import { registerHealthRoutes } from '../health/health.routes';
import { renderApiDocs } from './api-docs';
import { openApiDocumentConfig, registerOpenApiComponents } from './openapi';
import { registerPortalRoutes } from './portals';

/** Every feature's routes, registered in this order. */
const FEATURE_ROUTES: ((args: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) => void)[] = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerSsoRoutes,
  registerClientImportRoutes,
  registerClientsRoutes,
  registerIntakeRoutes,
  registerDevicesRoutes,
  registerChequesRoutes,
  registerVisitsRoutes,
  registerStatementsRoutes,
  registerTrainingRoutes,
  registerEnrolmentRoutes,
  registerAttendanceRoutes,
  registerCoursesRoutes,
  registerSignalsRoutes,
  registerMessagesRoutes,
  registerDashboardRoutes,
  registerProgrammesRoutes,
  registerWavesRoutes,
  registerUsersRoutes,
  registerReportsRoutes,
  registerAuditRoutes,
  registerDocumentsRoutes,
  registerBrandingRoutes,
  registerDigipuntenRoutes,
  registerGuidanceRoutes,
  registerTrajectoryRoutes,
  registerInfoMomentsRoutes,
  registerObservationsRoutes,
  registerPrivacyRoutes,
  registerOutcomesRoutes,
  registerOutcomeReportRoutes,
];

/** Zod issues as `details.fields`; an unknown key of a strict object becomes one entry per key. */
export function toFieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        code: 'unrecognized_key',
        message: `Unknown field "${key}".`,
      }));
    }
    return [{ path, code: issue.code, message: issue.message }];
  });
}

/**
 * Builds the whole HTTP application once: middlewares, every feature's routes, the OpenAPI document
 * and its HTML reference, and the three portals. Nothing here opens connections or listens.
 */
export function createServer({
  config,
  db,
  driver,
  standby = null,
  clock = systemClock,
  logger = createLogger({ level: config.log.level }),
}: {
  config: Config;
  db: Database;
  driver: DatabaseDriver;
  /** The standby the dashboard, reports and exports read from (`DATABASE_READ_URL`), if any. */
  standby?: Standby | null;
  clock?: Clock;
  logger?: Logger;
}) {
  const deps: AppDeps = { config, db, driver, standby, clock, logger };
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw createValidationError({ fields: toFieldIssues(result.error as ZodError) });
    },
  });

  app.use('*', closeAfterUnreadBodyMiddleware);
  app.use('*', requestIdMiddleware);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', createRequestLogMiddleware({ logger }));
  app.use('*', securityHeadersMiddleware);
  app.use('/api/*', noStoreMiddleware);
  app.use(
    '/api/*',
    createOriginCheckMiddleware({
      allowedOrigins: config.server.allowedOrigins,
      sessionCookieName: sessionCookieName({ config }),
    }),
  );
  app.use('/api/*', nulInUrlMiddleware);
  app.use('/api/*', createBodyLimitMiddleware({ maxBytes: config.server.bodyLimitBytes }));
  app.use('/api/*', utf8BodyMiddleware);
  app.use('/api/*', createSessionMiddleware({ deps }));

  for (const register of FEATURE_ROUTES) register({ app, deps });

  registerOpenApiComponents({ app, config });
  const documentConfig = openApiDocumentConfig({ config });
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  const getDocument = () => {
    document ??= app.getOpenAPI31Document(documentConfig);
    return document;
  };
  app.get('/api/openapi.json', (c) => c.json(getDocument()));
  app.get('/api/docs', (c) =>
    c.html(
      renderApiDocs({
        document: getDocument() as unknown as Parameters<typeof renderApiDocs>[0]['document'],
      }),
    ),
  );

  app.all('/api/*', () => {
    throw createRouteNotFoundError();
  });

  registerPortalRoutes({ app, portalsDir: config.portals.dir });

  app.notFound((c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
      return c.json(toErrorBody({ error: createRouteNotFoundError(), requestId: c.get('requestId') }), 404);
    }
    return c.text('Not found', 404);
  });
  app.onError(createErrorHandler({ logger }));
  // Reads and idempotent writes that met a database failing over run again before answering 503.
  app.fetch = retryWhileDatabaseUnavailable({ fetch: app.fetch });

  return { app, deps };
}

export type App = ReturnType<typeof createServer>['app'];

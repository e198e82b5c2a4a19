// The HTTP contract shared with the portals: request and response schemas (plain zod) and their types.
// Import nothing here that pulls in the server (hono, drizzle, node modules).

export * from './ground/shared/error-codes';
export * from './ground/shared/shared.schemas';
export * from './read-models/audit-viewer/audit-viewer.schemas';
export * from './read-models/client-overview/client-overview.schemas';
export * from './read-models/dashboard/dashboard.schemas';
export * from './read-models/documents/documents.schemas';
export * from './read-models/reports/reports.schemas';
export * from './records/auth/auth.schemas';
export * from './records/auth/auth.sso.schemas';
export * from './records/branding/branding.schemas';
export * from './records/clients/clients.schemas';
export * from './records/digipunten/digipunten.schemas';
export * from './records/programmes/programmes.schemas';
export * from './records/users/users.schemas';
export * from './roof/health/health.schemas';
export * from './tracks/cheques/cheques.schemas';
export * from './tracks/client-import/client-import.schemas';
export * from './tracks/devices/devices.schemas';
export * from './tracks/guidance/guidance.schemas';
export * from './tracks/info-moments/info-moments.schemas';
export * from './tracks/intake/intake.schemas';
export * from './tracks/messages/messages.schemas';
export * from './tracks/observations/observations.schemas';
export * from './tracks/privacy/privacy.schemas';
export * from './tracks/signals/signals.schemas';
export * from './tracks/statements/statements.schemas';
export * from './tracks/training/training.schemas';
export * from './tracks/trajectory/trajectory.schemas';
export * from './tracks/visits/visits.schemas';
export * from './tracks/waves/waves.schemas';

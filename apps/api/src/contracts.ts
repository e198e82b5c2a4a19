// The HTTP contract shared with the portals: request and response schemas (plain zod) and their types.
// Import nothing here that pulls in the server (hono, drizzle, node modules).

export * from './modules/audit/audit.schemas';
export * from './modules/auth/auth.schemas';
export * from './modules/branding/branding.schemas';
export * from './modules/cheques/cheques.schemas';
export * from './modules/client-import/client-import.schemas';
export * from './modules/clients/clients.schemas';
export * from './modules/dashboard/dashboard.schemas';
export * from './modules/devices/devices.schemas';
export * from './modules/digipunten/digipunten.schemas';
export * from './modules/documents/documents.schemas';
export * from './modules/guidance/guidance.schemas';
export * from './modules/health/health.schemas';
export * from './modules/info-moments/info-moments.schemas';
export * from './modules/intake/intake.schemas';
export * from './modules/observations/observations.schemas';
export * from './modules/privacy/privacy.schemas';
export * from './modules/programmes/programmes.schemas';
export * from './modules/reports/reports.schemas';
export * from './modules/shared/error-codes';
export * from './modules/shared/shared.schemas';
export * from './modules/signals/signals.schemas';
export * from './modules/statements/statements.schemas';
export * from './modules/training/training.schemas';
export * from './modules/trajectory/trajectory.schemas';
export * from './modules/users/users.schemas';
export * from './modules/visits/visits.schemas';
export * from './modules/waves/waves.schemas';

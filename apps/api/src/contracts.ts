// The HTTP contract shared with the portals: request and response schemas (plain zod) and their types.
// Import nothing here that pulls in the server (hono, drizzle, node modules).
export * from './modules/auth/auth.schemas';
export * from './modules/clients/clients.schemas';
export * from './modules/health/health.schemas';
export * from './modules/shared/shared.schemas';
export * from './modules/training/training.schemas';
export * from './modules/visits/visits.schemas';

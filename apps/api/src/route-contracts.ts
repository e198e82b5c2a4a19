// The routes the portals call, as contracts: method and path at run time, input and answer as types
// from the routes' schemas. Nothing here imports a schema or server code at run time, so a portal's
// bundle gets only the method and path strings; `route-contracts.e2e.test.ts` checks each one
// against the OpenAPI document the API serves.

export { AUDIT_ROUTES } from './modules/audit/audit.contract';
export { AUTH_ROUTES } from './modules/auth/auth.contract';
export { BRANDING_ROUTES } from './modules/branding/branding.contract';
export { CHEQUE_ROUTES } from './modules/cheques/cheques.contract';
export { CLIENT_IMPORT_ROUTES } from './modules/client-import/client-import.contract';
export { CLIENT_ROUTES } from './modules/clients/clients.contract';
export { DEVICE_ROUTES } from './modules/devices/devices.contract';
export { GUIDANCE_ROUTES } from './modules/guidance/guidance.contract';
export { INFO_MOMENT_ROUTES } from './modules/info-moments/info-moments.contract';
export { INTAKE_ROUTES } from './modules/intake/intake.contract';
export { OBSERVATION_ROUTES } from './modules/observations/observations.contract';
export { PRIVACY_ROUTES } from './modules/privacy/privacy.contract';
export type {
  HttpMethod,
  PathParams,
  RouteAnswer,
  RouteContract,
  RouteInput,
  RouteShape,
} from './modules/shared/route-contract';
export { SIGNAL_ROUTES } from './modules/signals/signals.contract';
export { STATEMENT_ROUTES } from './modules/statements/statements.contract';
export { TRAINING_ROUTES } from './modules/training/training.contract';
export { TRAJECTORY_ROUTES } from './modules/trajectory/trajectory.contract';
export { VISIT_ROUTES } from './modules/visits/visits.contract';

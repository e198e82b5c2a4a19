// The routes the portals call, as contracts: method and path at run time, input and answer as types
// from the routes' schemas. Nothing here imports a schema or server code at run time, so a portal's
// bundle gets only the method and path strings; `route-contracts.e2e.test.ts` checks each one
// against the OpenAPI document the API serves.

export type {
  HttpMethod,
  PathParams,
  RouteAnswer,
  RouteContract,
  RouteInput,
  RouteShape,
} from './ground/shared/route-contract';
export { AUDIT_ROUTES } from './read-models/audit-viewer/audit-viewer.contract';
export { CLIENT_ROUTES } from './read-models/client-overview/client-overview.contract';
export { DASHBOARD_ROUTES } from './read-models/dashboard/dashboard.contract';
export { DOCUMENT_ROUTES } from './read-models/documents/documents.contract';
export { OUTCOME_REPORT_ROUTES } from './read-models/outcome-report/outcome-report.contract';
export { REPORT_ROUTES } from './read-models/reports/reports.contract';
export { AUTH_ROUTES } from './records/auth/auth.contract';
export { SSO_ROUTES } from './records/auth/auth.sso.contract';
export { BRANDING_ROUTES } from './records/branding/branding.contract';
export { DIGIPUNT_ROUTES } from './records/digipunten/digipunten.contract';
export { PROGRAMME_ROUTES } from './records/programmes/programmes.contract';
export { ACCOUNT_ROUTES } from './tracks/accounts/accounts.contract';
export { CHEQUE_ROUTES } from './tracks/cheques/cheques.contract';
export { CLIENT_IMPORT_ROUTES } from './tracks/client-import/client-import.contract';
export { DEVICE_ROUTES } from './tracks/devices/devices.contract';
export { GUIDANCE_ROUTES } from './tracks/guidance/guidance.contract';
export { INFO_MOMENT_ROUTES } from './tracks/info-moments/info-moments.contract';
export { INTAKE_ROUTES } from './tracks/intake/intake.contract';
export { MESSAGE_ROUTES } from './tracks/messages/messages.contract';
export { OBSERVATION_ROUTES } from './tracks/observations/observations.contract';
export { OUTCOME_ROUTES } from './tracks/outcomes/outcomes.contract';
export { PRIVACY_ROUTES } from './tracks/privacy/privacy.contract';
export { SIGNAL_ROUTES } from './tracks/signals/signals.contract';
export { STATEMENT_ROUTES } from './tracks/statements/statements.contract';
export { TRAINING_ROUTES } from './tracks/training/training.contract';
export { TRAJECTORY_ROUTES } from './tracks/trajectory/trajectory.contract';
export { VISIT_ROUTES } from './tracks/visits/visits.contract';
export { WAVE_ROUTES } from './tracks/waves/waves.contract';

// The HTTP contract's types, passed on to the portals. Types only: nothing of the API's runtime
// (zod schemas) reaches a portal's bundle through here.
export type {
  ActiveSession,
  ChangePasswordRequest,
  ClientCreate,
  ClientList,
  ClientListQuery,
  ClientResponse,
  ClientSummary,
  LoginRequest,
  Me,
  Portal as PortalName,
  SessionList,
  SessionSummary,
  SignInLink,
  SignInLinkInfo,
  TrajectoryStatus,
  VisitList,
  VisitSummary,
} from '@digipakket/api/contracts';

import type { OrgKind, PortalName, Role } from '@digipakket/domain';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';
import type { Database, DatabaseDriver } from '../database/database';
import type { Standby } from '../database/database.standby';
import type { Clock } from '../shared/clock';
import type { RequestContext } from './request-context';

/** The logged-in user of a request, loaded from the session cookie. */
export type AuthContext = {
  sessionId: string;
  user: { id: string; email: string; displayName: string; role: Role; locale: string };
  organisation: { id: string; name: string; kind: OrgKind; tenantId: string | null };
  portal: PortalName;
  /** The password was chosen by someone else: only the change of password, `me` and logout are open. */
  passwordChangeRequired: boolean;
  /**
   * The first step of signing in is done, the second is not: `verify` (prove a factor) or `enrol`
   * (register the first one); only the routes open during that step answer. Null: a full session.
   */
  secondFactorPending: 'verify' | 'enrol' | null;
};

/** What every request handler can read from the context. */
export type AppEnv = {
  Variables: {
    requestId: string;
    auth: AuthContext | undefined;
    /** Who acts, in which tenant, on which database and clock: set with the session (see `RequestContext`). */
    ctx: RequestContext | undefined;
    /** What createServer wired, for shared middlewares declared before the app exists. */
    deps: AppDeps;
  };
};

/** What createServer wires once and hands to every feature's routes. */
export type AppDeps = {
  config: Config;
  db: Database;
  driver: DatabaseDriver;
  /** The standby reports read from (`DATABASE_READ_URL`); null without one. */
  standby: Standby | null;
  clock: Clock;
  logger: Logger;
};

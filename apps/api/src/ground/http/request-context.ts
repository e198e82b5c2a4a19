import type { AuditOutcome } from '../audit/audit.tables';
import { type AuditEntry, writeAudit, writeAudits } from '../audit/audit.usecases';
import { type Database, type DatabaseScope, withTransaction } from '../database/database';
import { type DataFreshness, readFromStandbyOrPrimary, type Standby } from '../database/database.standby';
import type { Clock } from '../shared/clock';
import { createForbiddenError, createUnauthenticatedError } from './access.errors';
import type { AuthContext } from './app.types';

/**
 * What one audit row says beyond who, in which request and when: the context fills those in. The
 * tenant defaults to the actor's own; a partner acting for a welfare centre names the client's.
 */
export type AuditRecord = {
  action: string;
  resource: string;
  clientId?: string | null;
  outcome?: AuditOutcome;
  purpose?: string | null;
  /** The tenant the row belongs to, when it is not the actor's own. */
  tenantId?: string | null;
  /** When it happened, if not now (the same instant the use case stamped its write with). */
  at?: Date;
};

/**
 * What a use case writes with inside its transaction: the transaction itself, and the audit log
 * written in it, so each row is committed (or rolled back) with the write it records.
 */
export type TransactionScope = {
  tx: Database;
  /** `ctx.audit` in this transaction. */
  audit: (record: AuditRecord) => Promise<void>;
  /** `ctx.auditEach` in this transaction. */
  auditEach: ({ records }: { records: readonly AuditRecord[] }) => Promise<void>;
};

/**
 * Everything a use case needs to know about the request it serves, built once per request by the
 * session middleware: the database (already in the user's row-level security scope), the clock, the
 * request id, who is acting, their tenant, and the audit log written on their behalf.
 */
export type RequestContext = {
  db: Database;
  clock: Clock;
  requestId: string;
  /** The logged-in user, their organisation and the portal they signed in to. */
  actor: AuthContext;
  /** The actor's tenant: a welfare centre's; none for a partner organisation working for several. */
  tenantId: string | null;
  /**
   * Appends one audit row with the actor, their tenant, the request id and the time filled in. Pass
   * `db` (the transaction of the write being audited) so the two are committed together.
   */
  audit: (record: AuditRecord & { db?: Database }) => Promise<void>;
  /** Appends one audit row per record in one statement; nothing for an empty list. */
  auditEach: ({ db, records }: { db?: Database; records: readonly AuditRecord[] }) => Promise<void>;
  /**
   * Runs `work` in one transaction of `db` (retried on serialization failures and deadlocks, like
   * `withTransaction`), handing it the transaction and the audit log written in it.
   */
  transaction: <T>(work: (scope: TransactionScope) => Promise<T>) => Promise<T>;
  /**
   * Runs the reads of a report, an export or the dashboard on the standby (`DATABASE_READ_URL`) in the
   * actor's scope, when one is set, reachable and recent enough; else on `db`. The answer says where
   * from and how fresh. Only reads go through it: audit rows and other writes use `db` (`audit`).
   */
  readReport: <T>(work: (db: Database) => Promise<T>) => Promise<{ value: T; freshness: DataFreshness }>;
};

/** The context of a request whose actor belongs to one tenant (a welfare centre's staff). */
export type TenantContext = RequestContext & { tenantId: string };

/**
 * A use case's arguments: the request's context and what the request names, e.g.
 * `{ ctx, statementId }: RequestArgs<{ statementId: string }>`.
 */
export type RequestArgs<A extends object = object> = { ctx: RequestContext } & A;

/** The arguments of a use case for the actor's own welfare centre. */
export type TenantArgs<A extends object = object> = { ctx: TenantContext } & A;

/** The arguments of a use case about one client of the actor's welfare centre. */
export type ClientArgs<A extends object = object> = TenantArgs<{ clientId: string } & A>;

export function createRequestContext({
  db,
  clock,
  requestId,
  actor,
  reports,
}: {
  db: Database;
  clock: Clock;
  requestId: string;
  actor: AuthContext;
  /** The standby reports read from, and the actor's scope there; without it they read from `db`. */
  reports?: { standby: Standby | null; scope: DatabaseScope } | undefined;
}): RequestContext {
  const tenantId = actor.organisation.tenantId;
  const toEntry = (record: AuditRecord, at: Date): AuditEntry => ({
    actor,
    tenantId: record.tenantId === undefined ? tenantId : record.tenantId,
    clientId: record.clientId ?? null,
    action: record.action,
    resource: record.resource,
    outcome: record.outcome,
    purpose: record.purpose ?? null,
    requestId,
    at: record.at ?? at,
  });
  const audit: RequestContext['audit'] = ({ db: auditDb = db, ...record }) =>
    writeAudit({ db: auditDb, entry: toEntry(record, clock.now()) });
  const auditEach: RequestContext['auditEach'] = ({ db: auditDb = db, records }) => {
    const at = clock.now();
    return writeAudits({ db: auditDb, entries: records.map((record) => toEntry(record, at)) });
  };
  return {
    db,
    clock,
    requestId,
    actor,
    tenantId,
    audit,
    auditEach,
    transaction: (work) =>
      withTransaction({
        db,
        work: (tx) =>
          work({
            tx,
            audit: (record) => audit({ ...record, db: tx }),
            auditEach: ({ records }) => auditEach({ db: tx, records }),
          }),
      }),
    readReport: (work) =>
      readFromStandbyOrPrimary({
        standby: reports?.standby ?? null,
        scope: reports?.scope ?? { kind: 'tenants', tenantIds: tenantId ? [tenantId] : [] },
        db,
        clock,
        work,
      }),
  };
}

/** The same context, narrowed to its tenant; 403 `auth.forbidden` for an actor without one. */
export function requireTenant(ctx: RequestContext): TenantContext {
  if (!ctx.tenantId) throw createForbiddenError();
  return ctx as TenantContext;
}

type ContextCarrier = { get: (key: 'ctx') => RequestContext | undefined };

/** The context of a request that passed `authorize`; 401 when there is no session. */
export function requestContext(c: ContextCarrier): RequestContext {
  const ctx = c.get('ctx');
  if (!ctx) throw createUnauthenticatedError();
  return ctx;
}

/** The context of a request whose actor must belong to one tenant; 403 for a partner organisation. */
export function tenantContext(c: ContextCarrier): TenantContext {
  return requireTenant(requestContext(c));
}

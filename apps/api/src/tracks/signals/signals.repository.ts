import type { OrgKind } from '@digipakket/domain';
import { and, asc, count, eq, exists, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsOf } from '../../ground/database/query-helpers';
import { organisationsTable, tenantsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { intakesTable } from '../intake/intake.tables';
import { signalsTable } from './signals.tables';

/** Which signals a viewer may see: a tenant (and maybe only a worker's clients) or a partner's own. */
export type SignalScope =
  | { kind: 'tenant'; tenantId: string; createdBy: string | null }
  | { kind: 'partner'; orgId: string };

export type SignalFilters = {
  status: 'open' | 'snoozed';
  kind?: string | undefined;
  owner?: OrgKind | undefined;
  waveId?: string | undefined;
  programmeId?: string | undefined;
};

function scopeCondition(scope: SignalScope): SQL {
  if (scope.kind === 'partner') return eq(signalsTable.ownerOrgId, scope.orgId);
  const tenant = eq(signalsTable.tenantId, scope.tenantId);
  return scope.createdBy ? and(tenant, eq(clientsTable.createdBy, scope.createdBy))! : tenant;
}

function filterConditions(filters: SignalFilters): SQL[] {
  const conditions: SQL[] = [eq(signalsTable.status, filters.status)];
  if (filters.kind) conditions.push(eq(signalsTable.kind, filters.kind));
  if (filters.owner) conditions.push(eq(organisationsTable.kind, filters.owner));
  if (filters.programmeId) conditions.push(eq(signalsTable.programmeId, filters.programmeId));
  if (filters.waveId) {
    conditions.push(
      exists(
        sql`(SELECT 1 FROM ${intakesTable} WHERE ${intakesTable.clientId} = ${signalsTable.clientId} AND ${intakesTable.waveId} = ${filters.waveId})`,
      ),
    );
  }
  return conditions;
}

const signalColumns = {
  id: signalsTable.id,
  kind: signalsTable.kind,
  ownerOrgId: signalsTable.ownerOrgId,
  ownerOrgName: organisationsTable.name,
  ownerOrgKind: organisationsTable.kind,
  ...columnsOf(signalsTable, [
    'clientId',
    'tenantId',
    'severity',
    'status',
    'dueAt',
    'snoozedUntil',
    'snoozeReason',
  ]),
  ...columnsOf(clientsTable, ['firstName', 'lastName', 'fileNumber', 'createdBy']),
  tenantName: tenantsTable.name,
  subjectId: signalsTable.subjectId,
  chequeId: chequesTable.id,
  chequeStatus: chequesTable.status,
};

// A cheque signal's key ends in the cheque's code (`cheque.expiring:<client>:<code>`): joining the
// cheque tells where the partner acts on it (the queue, or the planned visit).
const signalCheque = and(
  sql`${signalsTable.kind} LIKE 'cheque.%'`,
  eq(chequesTable.code, sql`split_part(${signalsTable.subjectId}, ':', 3)`),
  eq(chequesTable.tenantId, signalsTable.tenantId),
);

export type SignalRow = {
  id: string;
  kind: string;
  ownerOrgId: string;
  ownerOrgName: string;
  ownerOrgKind: OrgKind;
  clientId: string;
  tenantId: string;
  severity: 'warning' | 'urgent';
  status: 'open' | 'snoozed' | 'resolved';
  dueAt: Date;
  snoozedUntil: Date | null;
  snoozeReason: string | null;
  firstName: string;
  lastName: string;
  fileNumber: string;
  createdBy: string | null;
  tenantName: string;
  subjectId: string;
  chequeId: string | null;
  chequeStatus: string | null;
};

/** Signals with their client, owner, tenant and cheque, as a list and a detail show them. */
function selectSignals(db: Database) {
  return db
    .select(signalColumns)
    .from(signalsTable)
    .innerJoin(clientsTable, eq(clientsTable.id, signalsTable.clientId))
    .innerJoin(organisationsTable, eq(organisationsTable.id, signalsTable.ownerOrgId))
    .innerJoin(tenantsTable, eq(tenantsTable.id, signalsTable.tenantId))
    .leftJoin(chequesTable, signalCheque);
}

export function createSignalsRepository({ db }: { db: Database }) {
  return {
    async listSignals({
      scope,
      filters,
      limit,
      offset,
    }: {
      scope: SignalScope;
      filters: SignalFilters;
      limit: number;
      offset: number;
    }): Promise<{ signals: SignalRow[]; total: number }> {
      const where = and(scopeCondition(scope), ...filterConditions(filters));
      const [rows, [totals]] = await Promise.all([
        selectSignals(db)
          .where(where)
          .orderBy(asc(signalsTable.dueAt), asc(signalsTable.id))
          .limit(limit)
          .offset(offset),
        db
          .select({ n: count() })
          .from(signalsTable)
          .innerJoin(clientsTable, eq(clientsTable.id, signalsTable.clientId))
          .innerJoin(organisationsTable, eq(organisationsTable.id, signalsTable.ownerOrgId))
          .where(where),
      ]);
      return { signals: rows as SignalRow[], total: totals?.n ?? 0 };
    },

    async findSignal({ scope, signalId }: { scope: SignalScope; signalId: string }) {
      const [row] = await selectSignals(db)
        .where(and(scopeCondition(scope), eq(signalsTable.id, signalId)))
        .limit(1);
      return { signal: row as SignalRow | undefined };
    },

    /** Snoozes an unresolved signal; answers nothing when it was resolved meanwhile. */
    async snoozeSignal({
      signalId,
      until,
      reason,
      userId,
      now,
    }: {
      signalId: string;
      until: Date;
      reason: string;
      userId: string;
      now: Date;
    }) {
      const rows = await db
        .update(signalsTable)
        .set({
          status: 'snoozed',
          snoozedUntil: until,
          snoozeReason: reason,
          snoozedBy: userId,
          updatedAt: now,
        })
        .where(and(eq(signalsTable.id, signalId), sql`${signalsTable.status} <> 'resolved'`))
        .returning({ id: signalsTable.id });
      return { updated: rows.length > 0 };
    },

    async resolveSignal({ signalId, userId, now }: { signalId: string; userId: string; now: Date }) {
      const rows = await db
        .update(signalsTable)
        .set({ status: 'resolved', resolvedAt: now, resolvedBy: userId, snoozedUntil: null, updatedAt: now })
        .where(and(eq(signalsTable.id, signalId), sql`${signalsTable.status} <> 'resolved'`))
        .returning({ id: signalsTable.id });
      return { updated: rows.length > 0 };
    },
  };
}

import { normaliseNameForSearch, type TrajectoryStatus } from '@digipakket/domain';
import { and, asc, count, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { type ClientRow, searchCondition } from '../../records/clients/clients.repository';
import { clientsTable } from '../../records/clients/clients.tables';
import { deviceEventsTable, devicesTable } from '../../records/devices/devices.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { signalsTable } from '../../tracks/signals/signals.tables';

const nameExpression = clientsTable.searchName;

/** What the client list can be narrowed to, besides a search. */
export type ClientListFilters = {
  status?: TrajectoryStatus | undefined;
  waveId?: string | undefined;
  /** A signal kind, or `any`: clients with an unresolved (open or snoozed) signal. */
  signal?: string | undefined;
  /** The social worker who registered the client. */
  createdBy?: string | undefined;
};

function orderOfList({ q }: { q: string | undefined }) {
  return q
    ? [
        desc(sql`(lower(${clientsTable.fileNumber}) = ${q.toLowerCase()})`),
        desc(sql`word_similarity(${normaliseNameForSearch(q)}, ${nameExpression})`),
        asc(clientsTable.lastName),
        asc(clientsTable.firstName),
        asc(clientsTable.id),
      ]
    : [asc(clientsTable.lastName), asc(clientsTable.firstName), asc(clientsTable.id)];
}

/** The conditions of the filters a query can serve itself (all but the derived status). */
function listFilterConditions({
  tenantId,
  filters,
}: {
  tenantId: string;
  filters: ClientListFilters;
}): SQL[] {
  const conditions: SQL[] = [];
  if (filters.createdBy) conditions.push(eq(clientsTable.createdBy, filters.createdBy));
  if (filters.waveId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${intakesTable} WHERE ${intakesTable.tenantId} = ${tenantId}
      AND ${intakesTable.clientId} = ${clientsTable.id} AND ${intakesTable.waveId} = ${filters.waveId})`);
  }
  if (filters.signal) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${signalsTable} WHERE ${signalsTable.tenantId} = ${tenantId}
      AND ${signalsTable.clientId} = ${clientsTable.id} AND ${signalsTable.status} <> 'resolved'
      ${filters.signal === 'any' ? sql`` : sql`AND ${signalsTable.kind} = ${filters.signal}`})`);
  }
  return conditions;
}

/**
 * Every client who may have the status, and fewer than all when the stored facts allow: a closed
 * trajectory has a closure, a reserved one a reserved laptop, an equipped one a handout. The derived
 * status decides in the end.
 */
function statusCandidates({
  tenantId,
  status,
}: {
  tenantId: string;
  status: TrajectoryStatus;
}): SQL | undefined {
  const intakeWith = (condition: SQL) => sql`EXISTS (SELECT 1 FROM ${intakesTable}
    WHERE ${intakesTable.tenantId} = ${tenantId} AND ${intakesTable.clientId} = ${clientsTable.id} AND ${condition})`;
  const handedOut = sql`EXISTS (SELECT 1 FROM ${deviceEventsTable} WHERE ${deviceEventsTable.tenantId} = ${tenantId}
    AND ${deviceEventsTable.clientId} = ${clientsTable.id} AND ${deviceEventsTable.toStatus} = 'handed_out')`;
  switch (status) {
    case 'dropped_out':
    case 'closed':
      return intakeWith(sql`${intakesTable.closureKind} = ${status}`);
    case 'completed':
      return or(handedOut, intakeWith(sql`${intakesTable.closureKind}::text = 'completed'`));
    case 'equipped':
    case 'in_guidance':
      return handedOut;
    case 'device_reserved':
      return sql`EXISTS (SELECT 1 FROM ${devicesTable} WHERE ${devicesTable.tenantId} = ${tenantId}
        AND ${devicesTable.holderClientId} = ${clientsTable.id} AND ${devicesTable.status} = 'reserved')`;
    case 'approved':
    case 'rejected':
      return intakeWith(sql`${intakesTable.decision} = ${status}`);
    case 'assessed':
    case 'referred':
      return undefined;
    default: {
      const unknown: never = status;
      throw new Error(`Unknown status ${String(unknown)}`);
    }
  }
}

/** The client list: a search, its filters, and the candidates of a derived status. */
export function createClientListRepository({ db }: { db: Database }) {
  return {
    async searchClients({
      tenantId,
      q,
      filters = {},
      limit,
      offset,
    }: {
      tenantId: string;
      q: string | undefined;
      filters?: ClientListFilters;
      limit: number;
      offset: number;
    }) {
      const where = and(
        eq(clientsTable.tenantId, tenantId),
        q ? searchCondition({ q }) : undefined,
        ...listFilterConditions({ tenantId, filters }),
      )!;
      const order = orderOfList({ q });
      if (filters.status) {
        // The status is derived from every track, so the candidates come back as ids in list order and
        // the caller keeps those whose derived status matches.
        const rows = await db
          .select({ id: clientsTable.id })
          .from(clientsTable)
          .where(and(where, statusCandidates({ tenantId, status: filters.status })))
          .orderBy(...order);
        return { clients: [] as ClientRow[], total: rows.length, candidateIds: rows.map((row) => row.id) };
      }
      const filtered = Object.values(filters).some(Boolean);

      // A search (or a filter) matches fewer rows and sorts all of them anyway, so the page carries the
      // total (one statement); the whole list pages by the name index and counts in parallel.
      const countAll = () => db.select({ n: count() }).from(clientsTable).where(where);
      if (!q && !filtered) {
        const [clients, [total]] = await Promise.all([
          db
            .select()
            .from(clientsTable)
            .where(where)
            .orderBy(...order)
            .limit(limit)
            .offset(offset),
          countAll(),
        ]);
        return { clients, total: total?.n ?? 0 };
      }
      const rows = await db
        .select({ client: clientsTable, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
        .from(clientsTable)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
      if (rows.length === 0 && offset > 0) {
        const [total] = await countAll();
        return { clients: [], total: total?.n ?? 0 };
      }
      return { clients: rows.map((row) => row.client), total: rows[0]?.total ?? 0 };
    },
  };
}

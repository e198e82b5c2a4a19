import { addDays, startOfCalendarDate } from '@digipakket/domain';
import type { DataFreshness } from '../../ground/database/database.standby';
import type { TenantArgs } from '../../ground/http/request-context';
import { type AuditFilters, createAuditRepository } from './audit-viewer.repository';
import type { AuditEntry, AuditPage } from './audit-viewer.schemas';

export const AUDIT_EXPORT_LIMIT = 50_000;

export type AuditFilterInput = {
  clientId?: string | undefined;
  userId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

function toFilters({ tenantId, input }: { tenantId: string; input: AuditFilterInput }): AuditFilters {
  return {
    tenantId,
    clientId: input.clientId,
    userId: input.userId,
    action: input.action,
    from: input.from ? startOfCalendarDate(input.from) : undefined,
    until: input.to ? addDays({ instant: startOfCalendarDate(input.to), days: 1 }) : undefined,
  };
}

type Row = Awaited<ReturnType<ReturnType<typeof createAuditRepository>['listEntries']>>['rows'][number];

function toEntry(row: Row): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    resource: row.resource,
    outcome: row.outcome,
    purpose: row.purpose,
    actor: {
      id: row.actorUserId,
      name: row.actorName,
      role: row.actorRole,
      organisation: row.organisationName,
    },
    client: row.clientId
      ? {
          id: row.clientId,
          name: `${row.clientFirstName} ${row.clientLastName}`,
          fileNumber: row.clientFileNumber ?? '',
        }
      : null,
  };
}

/** The tenant's audit log for its project lead: who saw or changed which client's data, when and from where. */
export async function listAuditEntries({
  ctx,
  input,
  limit,
  offset,
}: TenantArgs<{ input: AuditFilterInput; limit: number; offset: number }>): Promise<AuditPage> {
  const { db, tenantId } = ctx;
  const { rows, total } = await createAuditRepository({ db }).listEntries({
    filters: toFilters({ tenantId, input }),
    limit,
    offset,
  });
  return { items: rows.map(toEntry), total };
}

/**
 * The filtered audit log as rows for a CSV file, read through `ctx.readReport` (the standby when one
 * is set: the last seconds of the log may be missing from it, and the file says as of when); the
 * export is itself written to the log.
 */
export async function exportAuditEntries({
  ctx,
  input,
}: TenantArgs<{ input: AuditFilterInput }>): Promise<{ entries: AuditEntry[]; freshness: DataFreshness }> {
  const { tenantId } = ctx;
  const {
    value: { rows },
    freshness,
  } = await ctx.readReport((db) =>
    createAuditRepository({ db }).listEntries({
      filters: toFilters({ tenantId, input }),
      limit: AUDIT_EXPORT_LIMIT,
      offset: 0,
    }),
  );
  // The export itself is written on the primary.
  await ctx.audit({
    clientId: input.clientId ?? null,
    action: 'audit.export',
    resource: `audit:${rows.length}`,
    purpose: 'audit_review',
  });
  return { entries: rows.map(toEntry), freshness };
}

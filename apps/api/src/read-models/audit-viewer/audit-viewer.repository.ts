import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import type { Database } from '../../ground/database/database';
import { columnsOf } from '../../ground/database/query-helpers';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { usersTable } from '../../records/users/users.tables';

export type AuditFilters = {
  tenantId: string;
  clientId?: string | undefined;
  userId?: string | undefined;
  action?: string | undefined;
  /** Instants: from included, until excluded. */
  from?: Date | undefined;
  until?: Date | undefined;
};

function conditions(filters: AuditFilters): SQL {
  const parts: SQL[] = [eq(auditLogTable.tenantId, filters.tenantId)];
  if (filters.clientId) parts.push(eq(auditLogTable.clientId, filters.clientId));
  if (filters.userId) parts.push(eq(auditLogTable.actorUserId, filters.userId));
  if (filters.action) parts.push(eq(auditLogTable.action, filters.action));
  if (filters.from) parts.push(gte(auditLogTable.at, filters.from));
  if (filters.until) parts.push(lt(auditLogTable.at, filters.until));
  return and(...parts)!;
}

export function createAuditRepository({ db }: { db: Database }) {
  return {
    /** A page of the tenant's audit log, newest first, with the names of who and which client. */
    async listEntries({ filters, limit, offset }: { filters: AuditFilters; limit: number; offset: number }) {
      const where = conditions(filters);
      const [rows, total] = await Promise.all([
        db
          .select({
            ...columnsOf(auditLogTable, [
              'id',
              'at',
              'action',
              'resource',
              'outcome',
              'purpose',
              'actorUserId',
              'actorRole',
            ]),
            actorName: usersTable.displayName,
            organisationName: organisationsTable.name,
            clientId: clientsTable.id,
            clientFirstName: clientsTable.firstName,
            clientLastName: clientsTable.lastName,
            clientFileNumber: clientsTable.fileNumber,
          })
          .from(auditLogTable)
          .leftJoin(usersTable, eq(usersTable.id, auditLogTable.actorUserId))
          .leftJoin(organisationsTable, eq(organisationsTable.id, auditLogTable.actorOrgId))
          .leftJoin(
            clientsTable,
            and(eq(clientsTable.id, auditLogTable.clientId), eq(clientsTable.tenantId, filters.tenantId)),
          )
          .where(where)
          .orderBy(desc(auditLogTable.at), desc(auditLogTable.id))
          .limit(limit)
          .offset(offset),
        db.$count(auditLogTable, where),
      ]);
      return { rows, total };
    },
  };
}

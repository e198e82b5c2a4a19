import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { findInTenant } from '../../ground/database/query-helpers';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { createPrivacyAccessRepository } from './privacy.access.repository';
import { createPrivacyAnonymiseRepository } from './privacy.anonymise.repository';

export type ClientRow = typeof clientsTable.$inferSelect;

/** A client whose data may be erased: not yet anonymised, with the moment of the last change to their file. */
export type RetentionCandidate = { clientId: string; lastChangeAt: Date };

/**
 * The last change to a client's file: the newest of the client row, their intakes and every
 * successful write the audit log names them in (reads and exports do not count).
 */
const lastChangeOf = sql<Date | string>`greatest(
  ${clientsTable.updatedAt},
  (SELECT max(i.updated_at) FROM intakes i WHERE i.client_id = ${clientsTable.id}),
  (SELECT max(a.at) FROM audit_log a WHERE a.client_id = ${clientsTable.id} AND a.outcome = 'success' AND a.action NOT LIKE '%read')
)`;

/** The tenants' retention periods and the clients whose data may be erased, with access and erasure. */
export function createPrivacyRepository({ db }: { db: Database }) {
  return {
    ...createPrivacyAccessRepository({ db }),
    ...createPrivacyAnonymiseRepository({ db }),

    async findTenant({ tenantId }: { tenantId: string }) {
      const [tenant] = await db
        .select({
          id: tenantsTable.id,
          name: tenantsTable.name,
          retentionMonths: tenantsTable.retentionMonths,
        })
        .from(tenantsTable)
        .where(eq(tenantsTable.id, tenantId));
      return { tenant };
    },

    async listTenants() {
      const tenants = await db
        .select({ id: tenantsTable.id, retentionMonths: tenantsTable.retentionMonths })
        .from(tenantsTable)
        .orderBy(asc(tenantsTable.id));
      return { tenants };
    },

    async setRetentionMonths({ tenantId, months, now }: { tenantId: string; months: number; now: Date }) {
      const [tenant] = await db
        .update(tenantsTable)
        .set({ retentionMonths: months, updatedAt: now })
        .where(eq(tenantsTable.id, tenantId))
        .returning({ retentionMonths: tenantsTable.retentionMonths });
      return { tenant };
    },

    /** The client, locked for the rest of the transaction when `lock` is set. */
    async findClient({
      tenantId,
      clientId,
      lock = false,
    }: {
      tenantId: string;
      clientId: string;
      lock?: boolean;
    }) {
      return { client: await findInTenant(db, clientsTable, { tenantId, id: clientId, forUpdate: lock }) };
    },

    /** Clients of a tenant, not yet anonymised, whose file last changed before `before`. */
    async listRetentionCandidates({
      tenantId,
      before,
    }: {
      tenantId: string;
      before: Date;
    }): Promise<{ candidates: RetentionCandidate[] }> {
      const rows = await db
        .select({ clientId: clientsTable.id, lastChangeAt: lastChangeOf })
        .from(clientsTable)
        .where(
          and(
            eq(clientsTable.tenantId, tenantId),
            isNull(clientsTable.anonymisedAt),
            sql`${lastChangeOf} < ${before.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(asc(clientsTable.id));
      return {
        candidates: rows.map((row) => ({ clientId: row.clientId, lastChangeAt: new Date(row.lastChangeAt) })),
      };
    },

    async lastChangeAt({ clientId }: { clientId: string }): Promise<{ lastChangeAt: Date }> {
      const [row] = await db
        .select({ at: lastChangeOf })
        .from(clientsTable)
        .where(eq(clientsTable.id, clientId));
      return { lastChangeAt: new Date(row!.at) };
    },
  };
}

export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;

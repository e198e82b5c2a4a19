import { and, eq } from 'drizzle-orm';
import { auditLogTable } from '../../ground/audit/audit.tables';
import type { Database } from '../../ground/database/database';

type AuditRow = typeof auditLogTable.$inferSelect;

/** The columns a test looks audit rows up by, each with the value it must hold. */
export type AuditFilter = Partial<
  Pick<
    { [Column in keyof AuditRow]: NonNullable<AuditRow[Column]> },
    'action' | 'clientId' | 'resource' | 'outcome' | 'tenantId' | 'actorUserId' | 'purpose' | 'requestId'
  >
>;

/** The rows of the audit log that hold every value of `filter`, in no set order. */
export function auditRows(db: Database, filter: AuditFilter): Promise<AuditRow[]> {
  const conditions = (Object.entries(filter) as [keyof AuditFilter, string][]).map(([column, value]) =>
    eq(auditLogTable[column], value),
  );
  return db
    .select()
    .from(auditLogTable)
    .where(and(...conditions));
}

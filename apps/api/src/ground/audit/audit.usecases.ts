import { sql } from 'drizzle-orm';
import type { Database } from '../database/database';
import { preparedPerDatabase } from '../database/prepared';
import { generateId } from '../shared/ids';
import { type AuditOutcome, auditLogTable } from './audit.tables';

/** Who acted, as the session knows them; a request's `AuthContext` is one. */
export type AuditActor = { user: { id: string; role: string }; organisation: { id: string } };

export type AuditEntry = {
  actor: AuditActor | undefined;
  tenantId: string | null;
  clientId?: string | null;
  action: string;
  resource: string;
  outcome?: AuditOutcome;
  purpose?: string | null;
  requestId?: string | null;
  at: Date;
};

/**
 * Appends one row to the audit log. Pass the transaction of the write being audited so the two are
 * committed together; a read is audited on its own.
 */
export async function writeAudit({ db, entry }: { db: Database; entry: AuditEntry }): Promise<void> {
  await insertAuditRow(db).execute({ id: generateId({ kind: 'audit' }), ...toAuditRow(entry) });
}

// Most reads write one row: built once, with the id made here as the column default would.
const insertAuditRow = preparedPerDatabase((db) =>
  db
    .insert(auditLogTable)
    .values({
      id: sql.placeholder('id'),
      tenantId: sql.placeholder('tenantId'),
      actorUserId: sql.placeholder('actorUserId'),
      actorOrgId: sql.placeholder('actorOrgId'),
      actorRole: sql.placeholder('actorRole'),
      clientId: sql.placeholder('clientId'),
      action: sql.placeholder('action'),
      resource: sql.placeholder('resource'),
      outcome: sql.placeholder('outcome'),
      purpose: sql.placeholder('purpose'),
      requestId: sql.placeholder('requestId'),
      at: sql.placeholder('at'),
    })
    .prepare('audit_insert_one'),
);

/**
 * Appends one row per entry in a single statement (a list that shows many clients writes one row per
 * client without one round trip each). Nothing is written for an empty list.
 */
export async function writeAudits({ db, entries }: { db: Database; entries: AuditEntry[] }): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLogTable).values(entries.map(toAuditRow));
}

function toAuditRow(entry: AuditEntry): typeof auditLogTable.$inferInsert {
  return {
    tenantId: entry.tenantId,
    actorUserId: entry.actor?.user.id ?? null,
    actorOrgId: entry.actor?.organisation.id ?? null,
    actorRole: entry.actor?.user.role ?? null,
    clientId: entry.clientId ?? null,
    action: entry.action,
    resource: entry.resource,
    outcome: entry.outcome ?? 'success',
    purpose: entry.purpose ?? null,
    requestId: entry.requestId ?? null,
    at: entry.at,
  };
}

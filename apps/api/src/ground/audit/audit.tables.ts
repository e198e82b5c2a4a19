import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { tenantsTable } from '../organisations/organisations.tables';
import { idColumn, timestampColumn } from '../shared/columns';
import { sqlIn } from '../shared/sql';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * Who did what to which record, when, why and with what result. Append-only: a trigger in the
 * migrations refuses UPDATE and DELETE, so not even the application can rewrite history.
 * Actor columns are plain text, not foreign keys, so the log outlives the users it names.
 */
export const auditLogTable = pgTable(
  'audit_log',
  {
    id: idColumn({ kind: 'audit' }),
    tenantId: text('tenant_id').references(() => tenantsTable.id),
    actorUserId: text('actor_user_id'),
    actorOrgId: text('actor_org_id'),
    actorRole: text('actor_role'),
    clientId: text('client_id'),
    action: text('action').notNull(),
    resource: text('resource').notNull(),
    outcome: text('outcome', { enum: AUDIT_OUTCOMES }).notNull(),
    purpose: text('purpose'),
    requestId: text('request_id'),
    at: timestampColumn('at').notNull().defaultNow(),
  },
  (t) => [
    check('audit_log_outcome_valid', sqlIn('outcome', AUDIT_OUTCOMES)),
    check('audit_log_action_not_empty', sql`length(${t.action}) > 0`),
    index('audit_log_tenant_at_idx').on(t.tenantId, t.at),
    index('audit_log_client_at_idx').on(t.clientId, t.at),
    index('audit_log_actor_at_idx').on(t.actorUserId, t.at),
    index('audit_log_at_idx').on(t.at),
    // The dashboard's reminder effect counts missed visits ("not at home") per cheque: without it,
    // every dashboard read scanned the whole audit log of the centre.
    index('audit_log_no_show_idx').on(t.tenantId, t.resource).where(sql`${t.action} = 'cheque.no_show'`),
  ],
);

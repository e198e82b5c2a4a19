import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { timestampColumn } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { usersTable } from '../../records/users/users.tables';
import { statementLinesTable } from '../cheques/cheques.tables';

export const RECONCILE_OUTCOMES = ['matched', 'disputed'] as const;
export type ReconcileOutcome = (typeof RECONCILE_OUTCOMES)[number];

/**
 * The welfare centre's verdict on one statement line. Keyed by the line, so a line has at most one
 * verdict; deciding again replaces it. A dispute always carries its reason.
 */
export const statementLineReconciliationsTable = pgTable(
  'statement_line_reconciliations',
  {
    statementLineId: text('statement_line_id')
      .primaryKey()
      .references(() => statementLinesTable.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenantsTable.id),
    outcome: text('outcome', { enum: RECONCILE_OUTCOMES }).notNull(),
    reason: text('reason'),
    decidedByUserId: text('decided_by_user_id')
      .notNull()
      .references(() => usersTable.id),
    decidedAt: timestampColumn('decided_at').notNull().defaultNow(),
  },
  (t) => [
    check('statement_line_reconciliations_outcome_valid', sqlIn('outcome', RECONCILE_OUTCOMES)),
    check(
      'statement_line_reconciliations_dispute_has_reason',
      sql`${t.outcome} <> 'disputed' OR length(trim(${t.reason})) > 0`,
    ),
    index('statement_line_reconciliations_tenant_idx').on(t.tenantId),
  ],
);

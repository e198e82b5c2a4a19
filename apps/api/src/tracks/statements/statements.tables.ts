import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import {
  organisationsTable,
  tenantIdColumn,
  tenantRowColumns,
} from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { visitsTable } from '../visits/visits.tables';

/**
 * A statement's life: the partner's `draft`, `sent` to the welfare centre, then reconciled by it:
 * `accepted` when every line matched, `disputed` when at least one line is disputed.
 */
export const STATEMENT_STATUSES = ['draft', 'sent', 'accepted', 'disputed'] as const;

/** A home-help partner's monthly statement to one tenant: the redeemed cheques it invoices. */
export const statementsTable = pgTable(
  'statements',
  {
    ...tenantRowColumns('statement'),
    homeHelpOrgId: referenceColumn('home_help_org_id', () => organisationsTable.id),
    periodMonth: text('period_month').notNull(),
    status: text('status', { enum: STATEMENT_STATUSES }).notNull().default('draft'),
    totalCheques: integer('total_cheques').notNull().default(0),
    totalMinutes: integer('total_minutes').notNull().default(0),
    sentAt: timestampColumn('sent_at'),
    ...timestampColumns(),
  },
  (t) => [
    unique('statements_tenant_org_month_unique').on(t.tenantId, t.homeHelpOrgId, t.periodMonth),
    check('statements_period_format', sql`${t.periodMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('statements_status_valid', sqlIn('status', STATEMENT_STATUSES)),
    index('statements_org_idx').on(t.homeHelpOrgId, t.periodMonth),
  ],
);

/** One redeemed cheque on a statement; UNIQUE(cheque_id) keeps a cheque on at most one statement. */
export const statementLinesTable = pgTable(
  'statement_lines',
  {
    ...tenantRowColumns('statementLine'),
    statementId: referenceColumn('statement_id', () => statementsTable.id, { onDelete: 'cascade' }),
    chequeId: referenceColumn('cheque_id', () => chequesTable.id),
    visitId: referenceColumn('visit_id', () => visitsTable.id),
    minutes: integer('minutes').notNull(),
    /**
     * The cheque's price, frozen when the line is made: a statement is the invoice, so a later change
     * of the programme's price never moves an amount already stated. Null only on lines written
     * without it (generated data), which read the cheque's programme price.
     */
    priceCents: integer('price_cents'),
    ...timestampColumns(),
  },
  (t) => [
    check('statement_lines_price_not_negative', sql`${t.priceCents} >= 0`),
    unique('statement_lines_cheque_unique').on(t.chequeId),
    index('statement_lines_statement_idx').on(t.statementId),
  ],
);

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
    tenantId: tenantIdColumn(),
    outcome: text('outcome', { enum: RECONCILE_OUTCOMES }).notNull(),
    reason: text('reason'),
    decidedByUserId: referenceColumn('decided_by_user_id', () => usersTable.id),
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

import { CHEQUE_PURPOSES, CHEQUE_STATUSES } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { organisationsTable, tenantsTable } from '../../ground/organisations/organisations.tables';
import { idColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';

/**
 * A Digicheque: one hour of home help. The code is unique across every tenant (it is typed or scanned
 * without context). A scheduled cheque always has a student and an appointment; a redeemed one a time.
 */
export const chequesTable = pgTable(
  'cheques',
  {
    id: idColumn({ kind: 'cheque' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenantsTable.id),
    clientId: text('client_id')
      .notNull()
      .references(() => clientsTable.id),
    programmeId: text('programme_id')
      .notNull()
      .references(() => programmesTable.id),
    code: text('code').notNull(),
    purpose: text('purpose', { enum: CHEQUE_PURPOSES }).notNull(),
    status: text('status', { enum: CHEQUE_STATUSES }).notNull().default('issued'),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    homeHelpOrgId: text('home_help_org_id').notNull(),
    homeHelpOrgKind: text('home_help_org_kind').generatedAlwaysAs(sql`'home_help'`),
    studentUserId: text('student_user_id').references(() => usersTable.id),
    appointmentAt: timestampColumn('appointment_at'),
    redeemedAt: timestampColumn('redeemed_at'),
    cancelledReason: text('cancelled_reason'),
    issuedAt: timestampColumn('issued_at').notNull().defaultNow(),
    ...timestampColumns(),
  },
  (t) => [
    unique('cheques_code_unique').on(t.code),
    check('cheques_status_valid', sqlIn('status', CHEQUE_STATUSES)),
    check('cheques_purpose_valid', sqlIn('purpose', CHEQUE_PURPOSES)),
    check(
      'cheques_scheduled_has_appointment',
      sql`${t.status} <> 'scheduled' OR (${t.studentUserId} IS NOT NULL AND ${t.appointmentAt} IS NOT NULL)`,
    ),
    check('cheques_redeemed_has_time', sql`(${t.status} = 'redeemed') = (${t.redeemedAt} IS NOT NULL)`),
    check(
      'cheques_cancelled_has_reason',
      sql`${t.status} <> 'cancelled' OR ${t.cancelledReason} IS NOT NULL`,
    ),
    foreignKey({
      name: 'cheques_home_help_org_fk',
      columns: [t.homeHelpOrgId, t.homeHelpOrgKind],
      foreignColumns: [organisationsTable.id, organisationsTable.kind],
    }),
    index('cheques_tenant_client_idx').on(t.tenantId, t.clientId),
    index('cheques_org_status_idx').on(t.homeHelpOrgId, t.status),
    index('cheques_student_appointment_idx').on(t.studentUserId, t.appointmentAt),
    index('cheques_valid_until_idx').on(t.status, t.validUntil),
  ],
);

/**
 * The visit that redeemed a cheque. UNIQUE(cheque_id) is what makes "redeemed at most once, ever"
 * hold under concurrency: the second insert fails whatever the application believed.
 */
export const visitsTable = pgTable(
  'visits',
  {
    id: idColumn({ kind: 'visit' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenantsTable.id),
    chequeId: text('cheque_id')
      .notNull()
      .references(() => chequesTable.id),
    homeHelpOrgId: text('home_help_org_id')
      .notNull()
      .references(() => organisationsTable.id),
    studentUserId: text('student_user_id')
      .notNull()
      .references(() => usersTable.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    needsFollowUp: boolean('needs_follow_up').notNull().default(false),
    followUpReason: text('follow_up_reason'),
    ...timestampColumns(),
  },
  (t) => [
    unique('visits_cheque_unique').on(t.chequeId),
    check('visits_minutes_range', sql`${t.minutes} > 0 AND ${t.minutes} <= 480`),
    check('visits_follow_up_has_reason', sql`NOT ${t.needsFollowUp} OR ${t.followUpReason} IS NOT NULL`),
    index('visits_org_visited_idx').on(t.homeHelpOrgId, t.visitedOn),
    index('visits_student_visited_idx').on(t.studentUserId, t.visitedOn),
    index('visits_tenant_idx').on(t.tenantId),
  ],
);

/**
 * A statement's life: the partner's `draft`, `sent` to the welfare centre, then reconciled by it:
 * `accepted` when every line matched, `disputed` when at least one line is disputed.
 */
export const STATEMENT_STATUSES = ['draft', 'sent', 'accepted', 'disputed'] as const;

/** A home-help partner's monthly statement to one tenant: the redeemed cheques it invoices. */
export const statementsTable = pgTable(
  'statements',
  {
    id: idColumn({ kind: 'statement' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenantsTable.id),
    homeHelpOrgId: text('home_help_org_id')
      .notNull()
      .references(() => organisationsTable.id),
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
    id: idColumn({ kind: 'statementLine' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenantsTable.id),
    statementId: text('statement_id')
      .notNull()
      .references(() => statementsTable.id, { onDelete: 'cascade' }),
    chequeId: text('cheque_id')
      .notNull()
      .references(() => chequesTable.id),
    visitId: text('visit_id')
      .notNull()
      .references(() => visitsTable.id),
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

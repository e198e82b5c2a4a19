import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { organisationsTable, tenantRowColumns } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumns } from '../../ground/shared/columns';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';

/**
 * The visit that redeemed a cheque. UNIQUE(cheque_id) is what makes "redeemed at most once, ever"
 * hold under concurrency: the second insert fails whatever the application believed.
 */
export const visitsTable = pgTable(
  'visits',
  {
    ...tenantRowColumns('visit'),
    chequeId: referenceColumn('cheque_id', () => chequesTable.id),
    homeHelpOrgId: referenceColumn('home_help_org_id', () => organisationsTable.id),
    studentUserId: referenceColumn('student_user_id', () => usersTable.id),
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

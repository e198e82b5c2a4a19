import { CHEQUE_PURPOSES, CHEQUE_STATUSES } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { orgKindForeignKey } from '../../ground/organisations/organisations.tables';
import { timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientRowColumns } from '../../records/clients/clients.tables';
import { programmeIdColumn } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';

/**
 * A Digicheque: one hour of home help. The code is unique across every tenant (it is typed or scanned
 * without context). A scheduled cheque always has a student and an appointment; a redeemed one a time.
 */
export const chequesTable = pgTable(
  'cheques',
  {
    ...clientRowColumns('cheque'),
    programmeId: programmeIdColumn(),
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
    orgKindForeignKey('cheques_home_help_org_fk', [t.homeHelpOrgId, t.homeHelpOrgKind]),
    index('cheques_tenant_client_idx').on(t.tenantId, t.clientId),
    index('cheques_org_status_idx').on(t.homeHelpOrgId, t.status),
    index('cheques_student_appointment_idx').on(t.studentUserId, t.appointmentAt),
    index('cheques_valid_until_idx').on(t.status, t.validUntil),
  ],
);

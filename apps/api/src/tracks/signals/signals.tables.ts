import { SIGNAL_SEVERITIES } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisationsTable, tenantRowColumns } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientIdColumn } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';

export const SIGNAL_STATUSES = ['open', 'snoozed', 'resolved'] as const;

/**
 * A follow-up signal raised from the facts, owned by one organisation, due at a time. `subject_id`
 * names the row it is about (a device, cheque, enrolment or the client); the partial unique index
 * keeps one unresolved signal per kind and subject, so raising it again is a no-op.
 */
export const signalsTable = pgTable(
  'signals',
  {
    ...tenantRowColumns('signal'),
    kind: text('kind').notNull(),
    ownerOrgId: referenceColumn('owner_org_id', () => organisationsTable.id),
    clientId: clientIdColumn(),
    programmeId: text('programme_id').references(() => programmesTable.id),
    subjectId: text('subject_id').notNull(),
    severity: text('severity', { enum: SIGNAL_SEVERITIES }).notNull().default('warning'),
    status: text('status', { enum: SIGNAL_STATUSES }).notNull().default('open'),
    dueAt: timestampColumn('due_at').notNull(),
    snoozedUntil: timestampColumn('snoozed_until'),
    snoozeReason: text('snooze_reason'),
    snoozedBy: text('snoozed_by'),
    resolvedAt: timestampColumn('resolved_at'),
    resolvedBy: text('resolved_by'),
    ...timestampColumns(),
  },
  (t) => [
    check('signals_severity_valid', sqlIn('severity', SIGNAL_SEVERITIES)),
    check('signals_status_valid', sqlIn('status', SIGNAL_STATUSES)),
    check('signals_resolved_has_time', sql`(${t.status} = 'resolved') = (${t.resolvedAt} IS NOT NULL)`),
    check('signals_snoozed_has_until', sql`(${t.status} = 'snoozed') = (${t.snoozedUntil} IS NOT NULL)`),
    uniqueIndex('signals_one_unresolved_per_subject')
      .on(t.kind, t.subjectId)
      .where(sql`${t.status} <> 'resolved'`),
    index('signals_owner_status_due_idx').on(t.ownerOrgId, t.status, t.dueAt),
    index('signals_tenant_status_due_idx').on(t.tenantId, t.status, t.dueAt),
    index('signals_client_idx').on(t.clientId),
  ],
);

/**
 * Where the signal sweep got to: the audit-log instant up to which changed clients were swept, and
 * when every client was last swept (time alone raises signals, so a full sweep runs now and then).
 * One row per sweep name; kept in the database so several API processes share it.
 */
export const signalSweepsTable = pgTable(
  'signal_sweeps',
  {
    name: text('name').notNull(),
    watermark: timestampColumn('watermark').notNull(),
    lastFullSweepAt: timestampColumn('last_full_sweep_at'),
  },
  (t) => [primaryKey({ name: 'signal_sweeps_pk', columns: [t.name] })],
);

import { TRAJECTORY_END_REASONS } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { referenceColumn, timestampColumn } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientRowColumns } from '../../records/clients/clients.tables';
import { intakesTable } from '../intake/intake.tables';

export const TRAJECTORY_EVENT_KINDS = ['completed', 'dropped_out', 'closed', 'reopened'] as const;

/**
 * Every completion, early end and reopening of a client's trajectory, as recorded: the history the
 * timeline shows. The intake holds the current closure the status is derived from; both are written
 * in one transaction.
 */
export const trajectoryEventsTable = pgTable(
  'trajectory_events',
  {
    ...clientRowColumns('trajectoryEvent'),
    intakeId: referenceColumn('intake_id', () => intakesTable.id),
    kind: text('kind', { enum: TRAJECTORY_EVENT_KINDS }).notNull(),
    /** The end reason from the list; none for a completion or a reopening. */
    reason: text('reason', { enum: TRAJECTORY_END_REASONS }),
    /** The summary of a completion, the note of an end, the reason of a reopening. */
    note: text('note').notNull(),
    at: timestampColumn('at').notNull(),
    actorUserId: text('actor_user_id'),
  },
  (t) => [
    check('trajectory_events_kind_valid', sqlIn('kind', TRAJECTORY_EVENT_KINDS)),
    check(
      'trajectory_events_reason_valid',
      sql`${t.reason} IS NULL OR ${sqlIn('reason', TRAJECTORY_END_REASONS)}`,
    ),
    check('trajectory_events_note_length', sql`char_length(${t.note}) <= 2000`),
    index('trajectory_events_tenant_client_idx').on(t.tenantId, t.clientId, t.at),
  ],
);

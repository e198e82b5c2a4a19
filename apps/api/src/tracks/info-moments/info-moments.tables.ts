import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenantIdColumn, tenantRowColumns } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientIdColumn } from '../../records/clients/clients.tables';
import { intakesTable } from '../intake/intake.tables';

export const INFO_MOMENT_ATTENDANCE = ['invited', 'attended', 'absent'] as const;

/** A session about the digital offer in the city, planned by the welfare centre: when, where, in which language, for how many. */
export const infoMomentsTable = pgTable(
  'info_moments',
  {
    ...tenantRowColumns('infoMoment'),
    startsAt: timestampColumn('starts_at').notNull(),
    place: text('place').notNull(),
    language: text('language').notNull(),
    capacity: integer('capacity').notNull(),
    createdBy: text('created_by'),
    ...timestampColumns(),
  },
  (t) => [
    check('info_moments_capacity_positive', sql`${t.capacity} > 0`),
    check('info_moments_language_format', sql`${t.language} ~ '^[a-z]{2,3}$'`),
    check('info_moments_place_not_empty', sql`length(trim(${t.place})) > 0`),
    index('info_moments_tenant_starts_idx').on(t.tenantId, t.startsAt),
  ],
);

/**
 * A client invited to an info moment, and whether they came. Attending closes the info part of the
 * package: the intake's `info_session_attended_at` is set in the same transaction.
 */
export const infoMomentInvitationsTable = pgTable(
  'info_moment_invitations',
  {
    tenantId: tenantIdColumn(),
    momentId: referenceColumn('moment_id', () => infoMomentsTable.id),
    clientId: clientIdColumn(),
    intakeId: referenceColumn('intake_id', () => intakesTable.id),
    attendance: text('attendance', { enum: INFO_MOMENT_ATTENDANCE }).notNull().default('invited'),
    invitedAt: timestampColumn('invited_at').notNull(),
    invitedBy: text('invited_by'),
    recordedAt: timestampColumn('recorded_at'),
    recordedBy: text('recorded_by'),
  },
  (t) => [
    primaryKey({ name: 'info_moment_invitations_pkey', columns: [t.momentId, t.clientId] }),
    check('info_moment_invitations_attendance_valid', sqlIn('attendance', INFO_MOMENT_ATTENDANCE)),
    check(
      'info_moment_invitations_recorded_has_time',
      sql`(${t.attendance} = 'invited') = (${t.recordedAt} IS NULL)`,
    ),
    index('info_moment_invitations_tenant_client_idx').on(t.tenantId, t.clientId),
  ],
);

import { ATTENDANCE_STATUSES, ENROLMENT_STATUSES } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, time, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  organisationsTable,
  orgKindForeignKey,
  tenantIdColumn,
  tenantRowColumns,
} from '../../ground/organisations/organisations.tables';
import { idColumn, referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientIdColumn } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';

/** Where a training partner teaches. Partner-owned: it carries the partner's id, not a tenant's. */
export const trainingLocationsTable = pgTable(
  'training_locations',
  {
    id: idColumn({ kind: 'location' }),
    trainingOrgId: referenceColumn('training_org_id', () => organisationsTable.id),
    name: text('name').notNull(),
    street: text('street'),
    postcode: text('postcode'),
    city: text('city'),
    /** Step-free access, lift, adapted toilet…: what a learner with a disability needs to know. */
    accessibility: text('accessibility'),
    /** How to get there (tram, bus stop, entrance); printed on the learner's lesson plan. */
    directions: text('directions'),
    ...timestampColumns(),
  },
  (t) => [index('training_locations_org_idx').on(t.trainingOrgId)],
);

export const COURSE_KINDS = ['basic', 'regular'] as const;

/**
 * A course group. Partner-owned (one group may hold clients of several tenants).
 *
 * Capacity is held by `enrolled_count`: enrolling runs, in one transaction,
 * `UPDATE course_groups SET enrolled_count = enrolled_count + 1 WHERE id = $1 AND enrolled_count < capacity`
 * and inserts the enrolment as `enrolled` only when that update touched a row, otherwise as `waitlisted`.
 * The row lock taken by the UPDATE serialises concurrent enrolments into one group and PostgreSQL
 * re-checks the WHERE after waiting, so no two transactions can take the last seat; the CHECK below
 * makes an over-full group impossible even for code that forgets the condition. Withdrawing an
 * enrolled learner decrements the counter in the same transaction.
 */
export const courseGroupsTable = pgTable(
  'course_groups',
  {
    id: idColumn({ kind: 'courseGroup' }),
    trainingOrgId: text('training_org_id').notNull(),
    trainingOrgKind: text('training_org_kind').generatedAlwaysAs(sql`'training'`),
    programmeId: text('programme_id').references(() => programmesTable.id),
    kind: text('kind', { enum: COURSE_KINDS }).notNull().default('basic'),
    name: text('name').notNull(),
    locationId: text('location_id').references(() => trainingLocationsTable.id),
    teacherUserId: text('teacher_user_id').references(() => usersTable.id),
    capacity: integer('capacity').notNull(),
    enrolledCount: integer('enrolled_count').notNull().default(0),
    languageSupport: text('language_support').array().notNull().default(sql`'{}'::text[]`),
    startsOn: date('starts_on', { mode: 'string' }),
    ...timestampColumns(),
  },
  (t) => [
    check('course_groups_capacity_positive', sql`${t.capacity} > 0`),
    check(
      'course_groups_enrolled_within_capacity',
      sql`${t.enrolledCount} >= 0 AND ${t.enrolledCount} <= ${t.capacity}`,
    ),
    check('course_groups_kind_valid', sqlIn('kind', COURSE_KINDS)),
    orgKindForeignKey('course_groups_training_org_fk', [t.trainingOrgId, t.trainingOrgKind]),
    index('course_groups_org_idx').on(t.trainingOrgId, t.startsOn),
    index('course_groups_teacher_idx').on(t.teacherUserId),
  ],
);

/** One half-day session of a group. */
export const courseSessionsTable = pgTable(
  'course_sessions',
  {
    id: idColumn({ kind: 'courseSession' }),
    trainingOrgId: referenceColumn('training_org_id', () => organisationsTable.id),
    groupId: referenceColumn('group_id', () => courseGroupsTable.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    locationId: text('location_id').references(() => trainingLocationsTable.id),
    cancelledAt: timestampColumn('cancelled_at'),
    ...timestampColumns(),
  },
  (t) => [
    check('course_sessions_end_after_start', sql`${t.endTime} > ${t.startTime}`),
    index('course_sessions_group_date_idx').on(t.groupId, t.date),
    index('course_sessions_org_date_idx').on(t.trainingOrgId, t.date),
  ],
);

export const SESSION_CHANGE_KINDS = ['moved', 'cancelled', 'restored'] as const;

/**
 * Every move, cancellation or restoration of a single session, with the session as it was before and
 * after: the learners' welfare centres see what changed, by whom and when, and short-notice changes
 * raise a follow-up signal.
 */
export const courseSessionChangesTable = pgTable(
  'course_session_changes',
  {
    id: idColumn({ kind: 'courseSessionChange' }),
    trainingOrgId: referenceColumn('training_org_id', () => organisationsTable.id),
    sessionId: referenceColumn('session_id', () => courseSessionsTable.id, { onDelete: 'cascade' }),
    groupId: referenceColumn('group_id', () => courseGroupsTable.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SESSION_CHANGE_KINDS }).notNull(),
    previousDate: date('previous_date', { mode: 'string' }).notNull(),
    previousStartTime: time('previous_start_time').notNull(),
    previousEndTime: time('previous_end_time').notNull(),
    previousLocationId: text('previous_location_id').references(() => trainingLocationsTable.id),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    locationId: text('location_id').references(() => trainingLocationsTable.id),
    changedBy: text('changed_by').references(() => usersTable.id),
    changedAt: timestampColumn('changed_at').notNull().defaultNow(),
  },
  (t) => [
    check('course_session_changes_kind_valid', sqlIn('kind', SESSION_CHANGE_KINDS)),
    index('course_session_changes_group_idx').on(t.groupId, t.changedAt),
    index('course_session_changes_session_idx').on(t.sessionId, t.changedAt),
  ],
);

/** A client in a group. At most one active (not withdrawn) enrolment per client per group. */
export const enrolmentsTable = pgTable(
  'enrolments',
  {
    id: idColumn({ kind: 'enrolment' }),
    trainingOrgId: referenceColumn('training_org_id', () => organisationsTable.id),
    tenantId: tenantIdColumn(),
    groupId: referenceColumn('group_id', () => courseGroupsTable.id),
    clientId: clientIdColumn(),
    programmeId: text('programme_id').references(() => programmesTable.id),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull(),
    position: integer('position'),
    enrolledAt: timestampColumn('enrolled_at').notNull().defaultNow(),
    withdrawnAt: timestampColumn('withdrawn_at'),
    /** One of `WITHDRAWAL_REASONS`; older rows may hold none. */
    withdrawnReason: text('withdrawn_reason'),
    /** In the withdrawer's words; required for the reason `other`. */
    withdrawnNote: text('withdrawn_note'),
    withdrawnBy: text('withdrawn_by').references(() => usersTable.id),
    /** The teacher's note on the learner's progress at the end of the course; the welfare centre reads it. */
    progressNote: text('progress_note'),
    progressNoteAt: timestampColumn('progress_note_at'),
    ...timestampColumns(),
  },
  (t) => [
    check('enrolments_status_valid', sqlIn('status', ENROLMENT_STATUSES)),
    check(
      'enrolments_waitlist_has_position',
      sql`(${t.status} = 'waitlisted') = (${t.position} IS NOT NULL)`,
    ),
    check('enrolments_withdrawn_has_time', sql`(${t.status} = 'withdrawn') = (${t.withdrawnAt} IS NOT NULL)`),
    uniqueIndex('enrolments_one_active_per_client_group')
      .on(t.groupId, t.clientId)
      .where(sql`${t.status} <> 'withdrawn'`),
    index('enrolments_group_status_idx').on(t.groupId, t.status, t.position),
    index('enrolments_tenant_client_idx').on(t.tenantId, t.clientId),
  ],
);

/** Attendance of one enrolled learner at one session; marking again updates the one row. */
export const attendanceTable = pgTable(
  'attendance',
  {
    id: idColumn({ kind: 'attendance' }),
    trainingOrgId: referenceColumn('training_org_id', () => organisationsTable.id),
    tenantId: tenantIdColumn(),
    sessionId: referenceColumn('session_id', () => courseSessionsTable.id),
    enrolmentId: referenceColumn('enrolment_id', () => enrolmentsTable.id),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
    note: text('note'),
    markedBy: text('marked_by').references(() => usersTable.id),
    markedAt: timestampColumn('marked_at').notNull().defaultNow(),
    ...timestampColumns(),
  },
  (t) => [
    unique('attendance_session_enrolment_unique').on(t.sessionId, t.enrolmentId),
    check('attendance_status_valid', sqlIn('status', ATTENDANCE_STATUSES)),
    index('attendance_enrolment_idx').on(t.enrolmentId),
    index('attendance_tenant_idx').on(t.tenantId),
  ],
);

export const REFERRAL_DECISIONS = ['referred', 'not_referred'] as const;

/** After the basic course: on to regular courses (which one) or not (why). One decision per enrolment. */
export const referralsTable = pgTable(
  'referrals',
  {
    ...tenantRowColumns('referral'),
    trainingOrgId: referenceColumn('training_org_id', () => organisationsTable.id),
    clientId: clientIdColumn(),
    enrolmentId: referenceColumn('enrolment_id', () => enrolmentsTable.id),
    decision: text('decision', { enum: REFERRAL_DECISIONS }).notNull(),
    courseName: text('course_name'),
    reason: text('reason'),
    decidedBy: text('decided_by').references(() => usersTable.id),
    decidedAt: timestampColumn('decided_at').notNull().defaultNow(),
    ...timestampColumns(),
  },
  (t) => [
    unique('referrals_enrolment_unique').on(t.enrolmentId),
    check('referrals_decision_valid', sqlIn('decision', REFERRAL_DECISIONS)),
    check(
      'referrals_decision_explained',
      sql`(${t.decision} = 'referred' AND ${t.courseName} IS NOT NULL) OR (${t.decision} = 'not_referred' AND ${t.reason} IS NOT NULL)`,
    ),
    index('referrals_tenant_client_idx').on(t.tenantId, t.clientId),
  ],
);

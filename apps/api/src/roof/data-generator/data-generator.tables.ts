import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { PROGRAMME_TABLES as TABLES } from '../seed-builder/seed-builder';

/** A value as the generator writes it; arrays become text[], plain objects jsonb. */
export type CellValue = string | number | boolean | null | readonly string[] | Record<string, unknown>;

/**
 * Every table the generator fills, in foreign-key order, with the columns it writes (database names).
 * Generated columns and columns left to their default are not listed.
 */
export const GENERATED_TABLES = {
  tenants: { table: TABLES.tenants, columns: ['id', 'name', 'slug', 'branding'] },
  organisations: { table: TABLES.organisations, columns: ['id', 'kind', 'name', 'tenant_id'] },
  partnerships: { table: TABLES.partnerships, columns: ['id', 'tenant_id', 'partner_org_id', 'kind'] },
  users: {
    table: TABLES.users,
    columns: [
      'id',
      'email',
      'password_hash',
      'display_name',
      'organisation_id',
      'org_kind',
      'role',
      'locale',
    ],
  },
  programmes: {
    table: TABLES.programmes,
    columns: ['id', 'tenant_id', 'name', 'status', 'settings', 'home_help_org_id', 'training_org_id'],
  },
  waves: {
    table: TABLES.waves,
    columns: [
      'id',
      'tenant_id',
      'programme_id',
      'name',
      'pickup_from',
      'pickup_to',
      'laptop_capacity',
      'cheque_hour_capacity',
      'training_seat_capacity',
    ],
  },
  clients: {
    table: TABLES.clients,
    columns: [
      'id',
      'tenant_id',
      'file_number',
      'first_name',
      'last_name',
      'birth_date',
      'phone',
      'preferred_language',
      'needs_interpreter',
      'street',
      'postcode',
      'city',
      'neighbourhood',
      'lat',
      'lon',
      'household',
      'created_by',
      'created_at',
    ],
  },
  intakes: {
    table: TABLES.intakes,
    columns: [
      'id',
      'tenant_id',
      'client_id',
      'programme_id',
      'purposes',
      'answers',
      'skill_level',
      'verdict',
      'decision',
      'wave_id',
      'created_by',
      'decided_by',
      'decided_at',
      'digipunt_info_given_at',
      'info_session_attended_at',
      'closure_kind',
      'closure_reason',
      'closed_at',
      'created_at',
    ],
  },
  devices: {
    table: TABLES.devices,
    columns: [
      'id',
      'tenant_id',
      'serial',
      'model',
      'funding',
      'programme_id',
      'status',
      'holder_client_id',
      'reserved_at',
      'handed_out_at',
    ],
  },
  device_events: {
    table: TABLES.device_events,
    columns: [
      'id',
      'tenant_id',
      'device_id',
      'from_status',
      'to_status',
      'client_id',
      'actor_user_id',
      'reason',
      'signature_method',
      'at',
    ],
  },
  cheques: {
    table: TABLES.cheques,
    columns: [
      'id',
      'tenant_id',
      'client_id',
      'programme_id',
      'code',
      'purpose',
      'status',
      'valid_until',
      'home_help_org_id',
      'student_user_id',
      'appointment_at',
      'redeemed_at',
      'cancelled_reason',
      'issued_at',
    ],
  },
  visits: {
    table: TABLES.visits,
    columns: [
      'id',
      'tenant_id',
      'cheque_id',
      'home_help_org_id',
      'student_user_id',
      'visited_on',
      'minutes',
      'topics',
      'notes',
      'needs_follow_up',
      'follow_up_reason',
    ],
  },
  statements: {
    table: TABLES.statements,
    columns: [
      'id',
      'tenant_id',
      'home_help_org_id',
      'period_month',
      'status',
      'total_cheques',
      'total_minutes',
      'sent_at',
    ],
  },
  statement_lines: {
    table: TABLES.statement_lines,
    columns: ['id', 'tenant_id', 'statement_id', 'cheque_id', 'visit_id', 'minutes'],
  },
  training_locations: {
    table: TABLES.training_locations,
    columns: ['id', 'training_org_id', 'name', 'street', 'postcode', 'city'],
  },
  course_groups: {
    table: TABLES.course_groups,
    columns: [
      'id',
      'training_org_id',
      'programme_id',
      'kind',
      'name',
      'location_id',
      'teacher_user_id',
      'capacity',
      'enrolled_count',
      'language_support',
      'starts_on',
    ],
  },
  course_sessions: {
    table: TABLES.course_sessions,
    columns: ['id', 'training_org_id', 'group_id', 'date', 'start_time', 'end_time', 'location_id'],
  },
  enrolments: {
    table: TABLES.enrolments,
    columns: [
      'id',
      'training_org_id',
      'tenant_id',
      'group_id',
      'client_id',
      'programme_id',
      'status',
      'position',
      'enrolled_at',
      'withdrawn_at',
      'withdrawn_reason',
    ],
  },
  attendance: {
    table: TABLES.attendance,
    columns: [
      'id',
      'training_org_id',
      'tenant_id',
      'session_id',
      'enrolment_id',
      'status',
      'marked_by',
      'marked_at',
    ],
  },
  referrals: {
    table: TABLES.referrals,
    columns: [
      'id',
      'tenant_id',
      'training_org_id',
      'client_id',
      'enrolment_id',
      'decision',
      'course_name',
      'reason',
      'decided_by',
      'decided_at',
    ],
  },
  buddy_pairings: {
    table: TABLES.buddy_pairings,
    columns: [
      'id',
      'tenant_id',
      'client_id',
      'programme_id',
      'buddy_name',
      'frequency',
      'status',
      'started_on',
      'agreed_end_on',
      'ended_on',
    ],
  },
  outcome_rounds: {
    table: TABLES.outcome_rounds,
    columns: [
      'id',
      'tenant_id',
      'client_id',
      'programme_id',
      'round',
      'mode',
      'taken_on',
      'taken_by_user_id',
      'taken_by_org_id',
      'taken_by_org_kind',
      'taken_by_role',
      'recorded_at',
    ],
  },
  outcome_answers: {
    table: TABLES.outcome_answers,
    columns: ['tenant_id', 'round_id', 'item_id', 'item_version', 'step', 'confidence'],
  },
  signals: {
    table: TABLES.signals,
    columns: [
      'id',
      'tenant_id',
      'kind',
      'owner_org_id',
      'client_id',
      'programme_id',
      'subject_id',
      'severity',
      'status',
      'due_at',
      'snoozed_until',
      'resolved_at',
    ],
  },
} as const satisfies Record<string, { table: PgTable; columns: readonly string[] }>;

export type GeneratedTableName = keyof typeof GENERATED_TABLES;

/** The tables in the order they are loaded (parents before children). */
export const TABLE_ORDER = Object.keys(GENERATED_TABLES) as GeneratedTableName[];

/**
 * Checks the catalogue against the API's table definitions, so a renamed or dropped column fails
 * before any row is written instead of half way through a load.
 */
export function checkTableCatalogue(): { problems: string[] } {
  const problems: string[] = [];
  for (const name of TABLE_ORDER) {
    const { table, columns } = GENERATED_TABLES[name];
    if (getTableName(table) !== name)
      problems.push(`table ${name} is called ${getTableName(table)} in the schema`);
    const known = new Set(Object.values(getTableColumns(table)).map((column) => column.name));
    for (const column of columns)
      if (!known.has(column)) problems.push(`${name}.${column} is not in the schema`);
  }
  return { problems };
}

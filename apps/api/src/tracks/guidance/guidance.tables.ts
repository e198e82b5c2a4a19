import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  organisationsTable,
  tenantIdColumn,
  tenantRowColumns,
} from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientIdColumn, clientRowColumns } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { intakesTable } from '../intake/intake.tables';

export const BUDDY_FREQUENCIES = ['weekly', 'fortnightly'] as const;
export const BUDDY_STATUSES = ['active', 'ended'] as const;

/** A volunteer Digibuddy paired with a client for about six months. One active pairing per client. */
export const buddyPairingsTable = pgTable(
  'buddy_pairings',
  {
    ...clientRowColumns('buddyPairing'),
    programmeId: text('programme_id').references(() => programmesTable.id),
    buddyOrgId: text('buddy_org_id').references(() => organisationsTable.id),
    buddyName: text('buddy_name').notNull(),
    buddyPhone: text('buddy_phone'),
    buddyEmail: text('buddy_email'),
    frequency: text('frequency', { enum: BUDDY_FREQUENCIES }).notNull(),
    status: text('status', { enum: BUDDY_STATUSES }).notNull().default('active'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    agreedEndOn: date('agreed_end_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    createdBy: text('created_by'),
    endedBy: text('ended_by'),
    ...timestampColumns(),
  },
  (t) => [
    check('buddy_pairings_frequency_valid', sqlIn('frequency', BUDDY_FREQUENCIES)),
    check('buddy_pairings_status_valid', sqlIn('status', BUDDY_STATUSES)),
    check('buddy_pairings_ended_has_date', sql`(${t.status} = 'ended') = (${t.endedOn} IS NOT NULL)`),
    check(
      'buddy_pairings_end_after_start',
      sql`${t.agreedEndOn} IS NULL OR ${t.agreedEndOn} >= ${t.startedOn}`,
    ),
    check('buddy_pairings_ended_after_start', sql`${t.endedOn} IS NULL OR ${t.endedOn} >= ${t.startedOn}`),
    uniqueIndex('buddy_pairings_one_active_per_client').on(t.clientId).where(sql`${t.status} = 'active'`),
    index('buddy_pairings_tenant_idx').on(t.tenantId, t.status),
  ],
);

/** One meeting of a client with their Digibuddy, as the social worker heard of it: a date and a short note. */
export const buddyMeetingsTable = pgTable(
  'buddy_meetings',
  {
    ...tenantRowColumns('buddyMeeting'),
    pairingId: referenceColumn('pairing_id', () => buddyPairingsTable.id),
    clientId: clientIdColumn(),
    metOn: date('met_on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    createdBy: text('created_by'),
    ...timestampColumns(),
  },
  (t) => [
    check('buddy_meetings_note_length', sql`char_length(${t.note}) BETWEEN 1 AND 1000`),
    index('buddy_meetings_pairing_idx').on(t.pairingId, t.metOn),
    index('buddy_meetings_tenant_client_idx').on(t.tenantId, t.clientId),
  ],
);

/** A Digipunt as it was named to the client; kept as told because a directory import replaces the directory. */
export type ToldDigipunt = { name: string; street: string; postcode: string; city: string };

/**
 * Which Digipunten a social worker told a client about, and when. The latest one also sets the
 * intake's `digipunt_info_given_at`, which the trajectory status reads.
 */
export const digipuntInfoRecordsTable = pgTable(
  'digipunt_info_records',
  {
    tenantId: tenantIdColumn(),
    clientId: clientIdColumn(),
    intakeId: referenceColumn('intake_id', () => intakesTable.id),
    points: jsonb('points').$type<ToldDigipunt[]>().notNull(),
    givenAt: timestampColumn('given_at').notNull(),
    givenBy: text('given_by'),
  },
  (t) => [
    primaryKey({ name: 'digipunt_info_records_pkey', columns: [t.clientId, t.givenAt] }),
    check('digipunt_info_records_points_not_empty', sql`jsonb_array_length(${t.points}) > 0`),
    index('digipunt_info_records_tenant_idx').on(t.tenantId),
  ],
);

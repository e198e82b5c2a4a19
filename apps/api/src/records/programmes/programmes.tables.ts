import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgKindForeignKey, tenantRowColumns } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';

export const PROGRAMME_STATUSES = ['draft', 'active', 'closed'] as const;

/**
 * One run of the action for a tenant. Its rules (cheques per client, validity, sessions, thresholds,
 * variations, languages) live in `settings`, shaped by the domain package's programme settings.
 * The partner columns carry the organisation kind so the database refuses a partner of the wrong kind.
 */
export const programmesTable = pgTable(
  'programmes',
  {
    ...tenantRowColumns('programme'),
    name: text('name').notNull(),
    status: text('status', { enum: PROGRAMME_STATUSES }).notNull().default('active'),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    homeHelpOrgId: text('home_help_org_id'),
    homeHelpOrgKind: text('home_help_org_kind').generatedAlwaysAs(sql`'home_help'`),
    trainingOrgId: text('training_org_id'),
    trainingOrgKind: text('training_org_kind').generatedAlwaysAs(sql`'training'`),
    ...timestampColumns(),
  },
  (t) => [
    check('programmes_status_valid', sqlIn('status', PROGRAMME_STATUSES)),
    orgKindForeignKey('programmes_home_help_org_fk', [t.homeHelpOrgId, t.homeHelpOrgKind]),
    orgKindForeignKey('programmes_training_org_fk', [t.trainingOrgId, t.trainingOrgKind]),
    index('programmes_tenant_idx').on(t.tenantId),
    // A tenant runs one action at a time: intake, waves and the dashboard follow "the" active programme.
    uniqueIndex('programmes_one_active_per_tenant').on(t.tenantId).where(sql`${t.status} = 'active'`),
  ],
);

/** The programme a row belongs to. */
export const programmeIdColumn = () => referenceColumn('programme_id', () => programmesTable.id);

/** A batch of clients handled together: a pickup period and what it may use. */
export const wavesTable = pgTable(
  'waves',
  {
    ...tenantRowColumns('wave'),
    programmeId: programmeIdColumn(),
    name: text('name').notNull(),
    pickupFrom: date('pickup_from', { mode: 'string' }).notNull(),
    pickupTo: date('pickup_to', { mode: 'string' }).notNull(),
    laptopCapacity: integer('laptop_capacity').notNull(),
    chequeHourCapacity: integer('cheque_hour_capacity').notNull(),
    trainingSeatCapacity: integer('training_seat_capacity').notNull(),
    ...timestampColumns(),
  },
  (t) => [
    check('waves_pickup_period', sql`${t.pickupTo} >= ${t.pickupFrom}`),
    check(
      'waves_capacities_not_negative',
      sql`${t.laptopCapacity} >= 0 AND ${t.chequeHourCapacity} >= 0 AND ${t.trainingSeatCapacity} >= 0`,
    ),
    index('waves_programme_idx').on(t.programmeId, t.pickupFrom),
    index('waves_tenant_idx').on(t.tenantId),
  ],
);

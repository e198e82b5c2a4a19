import {
  OUTCOME_CONFIDENCE_RANGE,
  OUTCOME_ITEM_IDS,
  OUTCOME_ROUNDS,
  OUTCOME_TASK_STEPS,
} from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientRowColumns } from '../../records/clients/clients.tables';
import { programmeIdColumn } from '../../records/programmes/programmes.tables';

export const OUTCOME_ROUND_MODES = ['in_person', 'phone', 'paper'] as const;
export const OUTCOME_TAKER_ORG_KINDS = ['welfare', 'home_help', 'training'] as const;

/**
 * One round of the outcome measure a client answered in a programme: which round, when, how (in
 * person, by phone, or on paper typed in afterwards) and who took it, with their organisation, so a
 * partner reads back only the rounds it took. One round of each kind per client and programme.
 */
export const outcomeRoundsTable = pgTable(
  'outcome_rounds',
  {
    ...clientRowColumns('outcomeRound'),
    programmeId: programmeIdColumn(),
    round: text('round', { enum: OUTCOME_ROUNDS }).notNull(),
    mode: text('mode', { enum: OUTCOME_ROUND_MODES }).notNull(),
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    takenByUserId: text('taken_by_user_id').notNull(),
    takenByOrgId: text('taken_by_org_id').notNull(),
    takenByOrgKind: text('taken_by_org_kind', { enum: OUTCOME_TAKER_ORG_KINDS }).notNull(),
    takenByRole: text('taken_by_role').notNull(),
    recordedAt: timestampColumn('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    unique('outcome_rounds_one_per_client_round').on(t.clientId, t.programmeId, t.round),
    check('outcome_rounds_round_valid', sqlIn('round', OUTCOME_ROUNDS)),
    check('outcome_rounds_mode_valid', sqlIn('mode', OUTCOME_ROUND_MODES)),
    check('outcome_rounds_org_kind_valid', sqlIn('taken_by_org_kind', OUTCOME_TAKER_ORG_KINDS)),
    index('outcome_rounds_tenant_programme_idx').on(t.tenantId, t.programmeId, t.round),
  ],
);

/**
 * The answers of one round: the item, the version of the item that was asked, and the value (a step
 * of the four-step scale for a task, a whole number 0 to 10 for confidence). The database refuses a
 * value outside the scale, a task answered with a number and confidence answered with a step.
 */
export const outcomeAnswersTable = pgTable(
  'outcome_answers',
  {
    tenantId: tenantIdColumn(),
    roundId: referenceColumn('round_id', () => outcomeRoundsTable.id, { onDelete: 'cascade' }),
    itemId: text('item_id', { enum: OUTCOME_ITEM_IDS }).notNull(),
    itemVersion: integer('item_version').notNull(),
    step: text('step', { enum: OUTCOME_TASK_STEPS }),
    confidence: integer('confidence'),
  },
  (t) => [
    primaryKey({ name: 'outcome_answers_pk', columns: [t.roundId, t.itemId] }),
    check('outcome_answers_item_valid', sqlIn('item_id', OUTCOME_ITEM_IDS)),
    check('outcome_answers_version_positive', sql`${t.itemVersion} >= 1`),
    check('outcome_answers_step_valid', sql`${t.step} IS NULL OR ${sqlIn('step', OUTCOME_TASK_STEPS)}`),
    check(
      'outcome_answers_confidence_range',
      sql`${t.confidence} IS NULL OR ${t.confidence} BETWEEN ${sql.raw(String(OUTCOME_CONFIDENCE_RANGE.min))} AND ${sql.raw(String(OUTCOME_CONFIDENCE_RANGE.max))}`,
    ),
    check(
      'outcome_answers_value_fits_item',
      sql`CASE WHEN ${t.itemId} = 'confidence' THEN ${t.confidence} IS NOT NULL AND ${t.step} IS NULL ELSE ${t.step} IS NOT NULL AND ${t.confidence} IS NULL END`,
    ),
    index('outcome_answers_tenant_idx').on(t.tenantId),
  ],
);

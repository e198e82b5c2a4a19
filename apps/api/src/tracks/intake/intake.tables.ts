import { SKILL_LEVELS } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientRowColumns } from '../../records/clients/clients.tables';
import { programmeIdColumn, wavesTable } from '../../records/programmes/programmes.tables';

export const INTAKE_DECISIONS = ['draft', 'approved', 'rejected'] as const;
export const CLOSURE_KINDS = ['completed', 'dropped_out', 'closed'] as const;

/**
 * The intake of one client for one programme, and so the anchor of the client's trajectory in it:
 * purposes, questionnaire answers, the derived skill level, the eligibility verdict (with its reasons
 * and recommended package), the social worker's decision, the welfare-owned guidance facts
 * (Digipunt information given, info session attended) and the current closure (completed, dropped out or
 * closed, with its note; the history is in `trajectory_events`).
 */
export const intakesTable = pgTable(
  'intakes',
  {
    ...clientRowColumns('intake'),
    programmeId: programmeIdColumn(),
    purposes: text('purposes').array().notNull().default(sql`'{}'::text[]`),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    skillLevel: text('skill_level', { enum: SKILL_LEVELS }),
    verdict: jsonb('verdict').$type<Record<string, unknown>>(),
    decision: text('decision', { enum: INTAKE_DECISIONS }).notNull().default('draft'),
    overrideReason: text('override_reason'),
    waveId: text('wave_id').references(() => wavesTable.id),
    createdBy: text('created_by'),
    decidedBy: text('decided_by'),
    decidedAt: timestampColumn('decided_at'),
    digipuntInfoGivenAt: timestampColumn('digipunt_info_given_at'),
    infoSessionAttendedAt: timestampColumn('info_session_attended_at'),
    closureKind: text('closure_kind', { enum: CLOSURE_KINDS }),
    closureReason: text('closure_reason'),
    closedAt: timestampColumn('closed_at'),
    ...timestampColumns(),
  },
  (t) => [
    unique('intakes_client_programme_unique').on(t.clientId, t.programmeId),
    check('intakes_decision_valid', sqlIn('decision', INTAKE_DECISIONS)),
    check('intakes_skill_level_valid', sql`${t.skillLevel} IS NULL OR ${sqlIn('skill_level', SKILL_LEVELS)}`),
    check('intakes_decided_has_time', sql`(${t.decision} = 'draft') = (${t.decidedAt} IS NULL)`),
    check(
      'intakes_override_reason_not_empty',
      sql`${t.overrideReason} IS NULL OR length(trim(${t.overrideReason})) > 0`,
    ),
    check(
      'intakes_closure_kind_valid',
      sql`${t.closureKind} IS NULL OR ${sqlIn('closure_kind', CLOSURE_KINDS)}`,
    ),
    check(
      'intakes_closure_complete',
      sql`(${t.closureKind} IS NULL) = (${t.closedAt} IS NULL) AND (${t.closureKind} IS NULL) = (${t.closureReason} IS NULL)`,
    ),
    index('intakes_tenant_programme_decision_idx').on(t.tenantId, t.programmeId, t.decision),
    index('intakes_wave_idx').on(t.waveId),
  ],
);

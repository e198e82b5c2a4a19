import type { OrgKind, OutcomeAnswer, OutcomeRound, OutcomeTaskStep } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { createOutcomeRoundAlreadyTakenError } from './outcomes.errors';
import { outcomeAnswersTable, outcomeRoundsTable } from './outcomes.tables';

/** A client's intake in a programme: the dates the rounds hang on and what the programme asks. */
export type OutcomeIntakeRow = {
  client_id: string;
  tenant_id: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  preferred_language: string;
  created_by: string | null;
  intake_id: string;
  programme_id: string;
  wave_id: string | null;
  answers: Record<string, unknown>;
  intake_on: string;
  end_on: string | null;
  closure_kind: string | null;
  settings: Record<string, unknown>;
};

export type OutcomeRoundRow = {
  id: string;
  client_id: string;
  programme_id: string;
  round: OutcomeRound;
  mode: 'in_person' | 'phone' | 'paper';
  taken_on: string;
  taken_by_user_id: string;
  taken_by_org_id: string;
  taken_by_org_kind: OrgKind;
  taken_by_role: string;
  taken_by_name: string | null;
  answers: OutcomeAnswer[];
};

const intakeColumns = (timeZone: string) => sql`
  c.id AS client_id, c.tenant_id, c.first_name, c.last_name, c.phone, c.preferred_language, c.created_by,
  i.id AS intake_id, i.programme_id, i.wave_id, i.answers,
  to_char((COALESCE(i.decided_at, i.created_at) AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS intake_on,
  CASE WHEN i.closure_kind IS NULL THEN NULL
       ELSE to_char((i.closed_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') END AS end_on,
  i.closure_kind, p.settings`;

/** Answers as stored, back into the domain's shape. */
export const answersJson = sql`COALESCE((
  SELECT json_agg(json_build_object('itemId', a.item_id, 'version', a.item_version,
    'value', CASE WHEN a.item_id = 'confidence' THEN to_json(a.confidence) ELSE to_json(a.step) END)
    ORDER BY a.item_id)
  FROM outcome_answers a WHERE a.round_id = r.id), '[]'::json)`;

export type OutcomeClientRow = {
  id: string;
  tenant_id: string;
  preferred_language: string;
};

export function createOutcomesRepository({ db }: { db: Database }) {
  return {
    /** The client, in one welfare centre (`tenantId`) or, for a partner, as row-level security lets it see. */
    async findClient({
      clientId,
      tenantId,
    }: {
      clientId: string;
      tenantId: string | null;
    }): Promise<{ client: OutcomeClientRow | undefined }> {
      const [client] = await queryRows<OutcomeClientRow>({
        db,
        query: sql`SELECT id, tenant_id, preferred_language FROM clients
          WHERE id = ${clientId} AND anonymised_at IS NULL
            ${tenantId === null ? sql`` : sql`AND tenant_id = ${tenantId}`}`,
      });
      return { client };
    },

    /**
     * The client's approved intake in the programme the rounds belong to: the active programme's, or
     * else the newest. `tenantId` narrows to one welfare centre; a partner passes none and relies on
     * row-level security plus its own check of the client.
     */
    async findIntake({
      clientId,
      tenantId,
      timeZone,
    }: {
      clientId: string;
      tenantId: string | null;
      timeZone: string;
    }): Promise<{ intake: OutcomeIntakeRow | undefined }> {
      const [intake] = await queryRows<OutcomeIntakeRow>({
        db,
        query: sql`SELECT ${intakeColumns(timeZone)}
          FROM clients c
          JOIN intakes i ON i.client_id = c.id AND i.decision = 'approved'
          JOIN programmes p ON p.id = i.programme_id
          WHERE c.id = ${clientId} AND c.anonymised_at IS NULL
            ${tenantId === null ? sql`` : sql`AND c.tenant_id = ${tenantId}`}
          ORDER BY (p.status = 'active') DESC, i.created_at DESC
          LIMIT 1`,
      });
      return { intake };
    },

    /** Every approved intake of a programme, for the follow-up list. */
    async listIntakes({
      tenantId,
      programmeId,
      createdBy,
      timeZone,
    }: {
      tenantId: string;
      programmeId: string;
      createdBy: string | undefined;
      timeZone: string;
    }): Promise<{ intakes: (OutcomeIntakeRow & { taken: OutcomeRound[] })[] }> {
      const intakes = await queryRows<OutcomeIntakeRow & { taken: OutcomeRound[] }>({
        db,
        query: sql`SELECT ${intakeColumns(timeZone)},
            COALESCE((SELECT array_agg(r.round) FROM outcome_rounds r
              WHERE r.client_id = c.id AND r.programme_id = i.programme_id), '{}') AS taken
          FROM intakes i
          JOIN clients c ON c.id = i.client_id
          JOIN programmes p ON p.id = i.programme_id
          WHERE i.tenant_id = ${tenantId} AND i.programme_id = ${programmeId} AND i.decision = 'approved'
            AND c.anonymised_at IS NULL
            ${createdBy === undefined ? sql`` : sql`AND c.created_by = ${createdBy}`}`,
      });
      return { intakes };
    },

    async listRounds({
      clientId,
      programmeId,
    }: {
      clientId: string;
      programmeId: string;
    }): Promise<{ rounds: OutcomeRoundRow[] }> {
      const rounds = await queryRows<OutcomeRoundRow>({
        db,
        query: sql`SELECT r.id, r.client_id, r.programme_id, r.round, r.mode,
            to_char(r.taken_on, 'YYYY-MM-DD') AS taken_on, r.taken_by_user_id, r.taken_by_org_id,
            r.taken_by_org_kind, r.taken_by_role, u.display_name AS taken_by_name, ${answersJson} AS answers
          FROM outcome_rounds r
          LEFT JOIN users u ON u.id = r.taken_by_user_id
          WHERE r.client_id = ${clientId} AND r.programme_id = ${programmeId}
          ORDER BY array_position(ARRAY['baseline','end','follow_up_3m','follow_up_6m'], r.round)`,
      });
      return { rounds };
    },

    /** Writes a round and its answers; a second round of the same kind answers 409. */
    async insertRound({
      tenantId,
      clientId,
      programmeId,
      round,
      mode,
      takenOn,
      takenBy,
      answers,
      now,
    }: {
      tenantId: string;
      clientId: string;
      programmeId: string;
      round: OutcomeRound;
      mode: 'in_person' | 'phone' | 'paper';
      takenOn: string;
      takenBy: { userId: string; orgId: string; orgKind: OrgKind; role: string };
      answers: readonly OutcomeAnswer[];
      now: Date;
    }): Promise<{ id: string }> {
      try {
        const [row] = await db
          .insert(outcomeRoundsTable)
          .values({
            tenantId,
            clientId,
            programmeId,
            round,
            mode,
            takenOn,
            takenByUserId: takenBy.userId,
            takenByOrgId: takenBy.orgId,
            takenByOrgKind: takenBy.orgKind,
            takenByRole: takenBy.role,
            recordedAt: now,
          })
          .returning({ id: outcomeRoundsTable.id });
        await db.insert(outcomeAnswersTable).values(
          answers.map((answer) => ({
            tenantId,
            roundId: row!.id,
            itemId: answer.itemId,
            itemVersion: answer.version,
            step: typeof answer.value === 'string' ? (answer.value as OutcomeTaskStep) : null,
            confidence: typeof answer.value === 'number' ? answer.value : null,
          })),
        );
        return { id: row!.id };
      } catch (error) {
        if (getUniqueViolationConstraint(error) === 'outcome_rounds_one_per_client_round') {
          throw createOutcomeRoundAlreadyTakenError({ cause: error });
        }
        throw error;
      }
    },

    /**
     * A session of a group the teacher teaches and the client is enrolled in, with the group's last
     * half-day (cancelled sessions left out).
     */
    async findTeacherSession({
      sessionId,
      clientId,
      teacherUserId,
      trainingOrgId,
    }: {
      sessionId: string;
      clientId: string;
      teacherUserId: string;
      trainingOrgId: string;
    }): Promise<{ session: { session_date: string; last_session_date: string } | undefined }> {
      const [session] = await queryRows<{ session_date: string; last_session_date: string }>({
        db,
        query: sql`SELECT to_char(s.date, 'YYYY-MM-DD') AS session_date,
            (SELECT to_char(max(o.date), 'YYYY-MM-DD') FROM course_sessions o
              WHERE o.group_id = g.id AND o.cancelled_at IS NULL) AS last_session_date
          FROM course_sessions s
          JOIN course_groups g ON g.id = s.group_id
          WHERE s.id = ${sessionId} AND s.cancelled_at IS NULL AND g.training_org_id = ${trainingOrgId}
            AND g.teacher_user_id = ${teacherUserId}
            AND EXISTS (SELECT 1 FROM enrolments e WHERE e.group_id = g.id AND e.client_id = ${clientId}
              AND e.status = 'enrolled')`,
      });
      return { session };
    },

    /**
     * A cheque of the client planned with (or redeemed by) the student, and which of the client's
     * visits it is: its place among the client's redeemed cheques, or the next one when not redeemed yet.
     */
    async findStudentVisit({
      chequeId,
      clientId,
      studentUserId,
      homeHelpOrgId,
    }: {
      chequeId: string;
      clientId: string;
      studentUserId: string;
      homeHelpOrgId: string;
    }): Promise<{ visit: { visit_number: number } | undefined }> {
      const [visit] = await queryRows<{ visit_number: number }>({
        db,
        query: sql`SELECT (CASE WHEN ch.redeemed_at IS NULL
              THEN (SELECT count(*) FROM cheques o WHERE o.client_id = ch.client_id AND o.redeemed_at IS NOT NULL) + 1
              ELSE (SELECT count(*) FROM cheques o WHERE o.client_id = ch.client_id AND o.redeemed_at IS NOT NULL
                AND o.redeemed_at <= ch.redeemed_at) END)::int AS visit_number
          FROM cheques ch
          WHERE ch.id = ${chequeId} AND ch.client_id = ${clientId} AND ch.home_help_org_id = ${homeHelpOrgId}
            AND ch.student_user_id = ${studentUserId}`,
      });
      return { visit };
    },

    /** Whether the partner organisation works with the client: a cheque of theirs, or an enrolment. */
    async partnerServesClient({
      clientId,
      orgId,
      orgKind,
    }: {
      clientId: string;
      orgId: string;
      orgKind: OrgKind;
    }): Promise<boolean> {
      const [row] = await queryRows<{ served: boolean }>({
        db,
        query:
          orgKind === 'home_help'
            ? sql`SELECT EXISTS (SELECT 1 FROM cheques WHERE client_id = ${clientId} AND home_help_org_id = ${orgId}) AS served`
            : sql`SELECT EXISTS (SELECT 1 FROM enrolments WHERE client_id = ${clientId} AND training_org_id = ${orgId}) AS served`,
      });
      return row?.served === true;
    },
  };
}

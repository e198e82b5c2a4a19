import type { OrgKind, OutcomeAnswer, OutcomeRound, OutcomeTaskStep } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { refuseDuplicate } from '../../ground/database/query-helpers';
import { createOutcomeRoundAlreadyTakenError } from './outcomes.errors';
import { answersJson, type OutcomeRoundRow } from './outcomes.repository';
import { outcomeAnswersTable, outcomeRoundsTable } from './outcomes.tables';

/** A client's rounds with their answers, and writing a new one. */
export function createOutcomeRoundsRepository({ db }: { db: Database }) {
  return {
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
      takenBy,
      answers,
      now,
      ...fields
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
      const [row] = await db
        .insert(outcomeRoundsTable)
        .values({
          ...fields,
          takenByUserId: takenBy.userId,
          takenByOrgId: takenBy.orgId,
          takenByOrgKind: takenBy.orgKind,
          takenByRole: takenBy.role,
          recordedAt: now,
        })
        .returning({ id: outcomeRoundsTable.id })
        .catch(refuseDuplicate('outcome_rounds_one_per_client_round', createOutcomeRoundAlreadyTakenError));
      await db.insert(outcomeAnswersTable).values(
        answers.map((answer) => ({
          tenantId: fields.tenantId,
          roundId: row!.id,
          itemId: answer.itemId,
          itemVersion: answer.version,
          step: typeof answer.value === 'string' ? (answer.value as OutcomeTaskStep) : null,
          confidence: typeof answer.value === 'number' ? answer.value : null,
        })),
      );
      return { id: row!.id };
    },
  };
}

import type { OrgKind, OutcomeAnswer, OutcomeRound } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { createOutcomeOccasionsRepository } from './outcomes.occasions.repository';
import { createOutcomeRoundsRepository } from './outcomes.rounds.repository';

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

/** Clients, intakes, rounds and the occasions partners take the end round at, composed in one repository. */
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

    ...createOutcomeRoundsRepository({ db }),
    ...createOutcomeOccasionsRepository({ db }),
  };
}

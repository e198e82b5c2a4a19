import type { OutcomeRound } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';

/** One client of the programme with what the comparison needs: dates, wave, package and use. */
export type OutcomeReportClientRow = {
  client_id: string;
  wave_id: string | null;
  intake_on: string;
  end_on: string | null;
  closure_kind: string | null;
  skill_level: string | null;
  package: { cheques?: number; basicCourse?: boolean; digibuddy?: boolean } | null;
  has_buddy: boolean;
  laptops: number;
  cheques_used: number;
  lesson_hours: number;
  sessions_attended: number;
  sessions_marked: number;
  referrals: number;
};

/** One round taken, its answers packed as `item:version:value` joined by commas (one row per round). */
export type OutcomeReportAnswerRow = {
  client_id: string;
  round: OutcomeRound;
  answers: string;
};

export function createOutcomeReportRepository({ db }: { db: Database }) {
  return {
    async listWaves({ tenantId, programmeId }: { tenantId: string; programmeId: string }) {
      const waves = await queryRows<{ id: string; name: string }>({
        db,
        query: sql`SELECT id, name FROM waves WHERE tenant_id = ${tenantId} AND programme_id = ${programmeId}
          ORDER BY pickup_from, name`,
      });
      return { waves };
    },

    /**
     * Every client approved into the programme whose intake falls in the period, with the laptops
     * handed out to them, the cheques they used, the lesson hours they attended (from the sessions'
     * own times), the sessions marked and the referrals after the course.
     */
    async listClients({
      tenantId,
      programmeId,
      periodFrom,
      periodTo,
      timeZone,
    }: {
      tenantId: string;
      programmeId: string;
      periodFrom: string | undefined;
      periodTo: string | undefined;
      timeZone: string;
    }): Promise<{ clients: OutcomeReportClientRow[] }> {
      const intakeOn = sql`(COALESCE(i.decided_at, i.created_at) AT TIME ZONE ${timeZone})::date`;
      const clients = await queryRows<OutcomeReportClientRow>({
        db,
        query: sql`WITH chosen AS (
            SELECT i.client_id, i.wave_id, to_char(${intakeOn}, 'YYYY-MM-DD') AS intake_on,
              CASE WHEN i.closure_kind IS NULL THEN NULL
                ELSE to_char((i.closed_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') END AS end_on,
              i.closure_kind, i.skill_level, COALESCE(i.verdict -> 'package', i.verdict -> 'recommendedPackage') AS package
            FROM intakes i
            WHERE i.tenant_id = ${tenantId} AND i.programme_id = ${programmeId} AND i.decision = 'approved'
              ${periodFrom === undefined ? sql`` : sql`AND ${intakeOn} >= ${periodFrom}::date`}
              ${periodTo === undefined ? sql`` : sql`AND ${intakeOn} <= ${periodTo}::date`}
          ),
          laptops AS (
            SELECT e.client_id, count(DISTINCT e.device_id)::int AS n FROM device_events e
            WHERE e.tenant_id = ${tenantId} AND e.to_status = 'handed_out' AND e.client_id IN (SELECT client_id FROM chosen)
            GROUP BY e.client_id
          ),
          used AS (
            SELECT ch.client_id, count(*)::int AS n FROM cheques ch
            WHERE ch.tenant_id = ${tenantId} AND ch.programme_id = ${programmeId} AND ch.status = 'redeemed'
            GROUP BY ch.client_id
          ),
          lessons AS (
            SELECT en.client_id,
              count(*) FILTER (WHERE a.status IN ('present', 'late'))::int AS attended,
              count(*)::int AS marked,
              COALESCE(sum(EXTRACT(EPOCH FROM (s.end_time - s.start_time)) / 3600)
                FILTER (WHERE a.status IN ('present', 'late')), 0)::float8 AS hours
            FROM attendance a
            JOIN enrolments en ON en.id = a.enrolment_id
            JOIN course_sessions s ON s.id = a.session_id
            WHERE a.tenant_id = ${tenantId} AND en.client_id IN (SELECT client_id FROM chosen)
            GROUP BY en.client_id
          ),
          referred AS (
            SELECT r.client_id, count(*)::int AS n FROM referrals r
            WHERE r.tenant_id = ${tenantId} AND r.decision = 'referred' GROUP BY r.client_id
          ),
          buddies AS (
            SELECT DISTINCT b.client_id FROM buddy_pairings b WHERE b.tenant_id = ${tenantId}
          )
          SELECT c.*, (b.client_id IS NOT NULL) AS has_buddy,
            COALESCE(l.n, 0) AS laptops, COALESCE(u.n, 0) AS cheques_used,
            COALESCE(ls.hours, 0) AS lesson_hours, COALESCE(ls.attended, 0) AS sessions_attended,
            COALESCE(ls.marked, 0) AS sessions_marked, COALESCE(rf.n, 0) AS referrals
          FROM chosen c
          LEFT JOIN laptops l ON l.client_id = c.client_id
          LEFT JOIN used u ON u.client_id = c.client_id
          LEFT JOIN lessons ls ON ls.client_id = c.client_id
          LEFT JOIN referred rf ON rf.client_id = c.client_id
          LEFT JOIN buddies b ON b.client_id = c.client_id
          ORDER BY c.client_id`,
      });
      return { clients };
    },

    /**
     * Every round taken in the programme with its answers packed into one text, so a programme of
     * thousands of clients comes back in one row per round rather than one per answer.
     */
    async listAnswers({
      tenantId,
      programmeId,
    }: {
      tenantId: string;
      programmeId: string;
    }): Promise<{ answers: OutcomeReportAnswerRow[] }> {
      const answers = await queryRows<OutcomeReportAnswerRow>({
        db,
        query: sql`SELECT r.client_id, r.round,
            (SELECT string_agg(a.item_id || ':' || a.item_version || ':' || COALESCE(a.step, a.confidence::text), ',')
              FROM outcome_answers a WHERE a.round_id = r.id) AS answers
          FROM outcome_rounds r
          WHERE r.tenant_id = ${tenantId} AND r.programme_id = ${programmeId}`,
      });
      return { answers };
    },
  };
}

import { DEFAULT_SECOND_CHEQUE_NUDGE_WEEKS, dueOutcomeRounds, type OutcomeRound } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { type Database, queryRows, withSystemScope, withTransaction } from '../../ground/database/database';
import { toLocalDate } from '../../ground/shared/clock';
import { readOutcomeMeasureSettings } from '../../records/programmes/programmes.settings';
import { PROGRAMME_SENDER_NAME, queueClientMessages } from './messages.outbox';

// Planning runs take this transaction-level lock, so two processes never plan the same rows at once.
const PLAN_LOCK_KEY = 7_204_329;

/** Clients planned per statement: the nudges and follow-ups of a large deployment come in slices. */
const PLAN_BATCH_SIZE = 500;

/**
 * How often a process looks for new nudges and follow-ups: they fall due by the day, and finding them
 * reads every client of the deployment, so not on every sending run.
 */
export const PLAN_FIND_INTERVAL_MS = 5 * 60_000;

export type PlanCounts = { nudges: number; followUps: number; withdrawn: number };

/** The outcome rounds a follow-up message announces: the calls three and six months after the end. */
const FOLLOW_UP_ROUNDS: readonly OutcomeRound[] = ['follow_up_3m', 'follow_up_6m'];

/**
 * Withdraws the messages that lost their cause before they went out: the nudge whose second cheque
 * was planned or redeemed (or expired, was cancelled), the follow-up whose round was recorded, and a
 * reminder on paper whose appointment passed before it was printed.
 */
async function withdrawStale({ db, now }: { db: Database; now: Date }): Promise<number> {
  const nowIso = now.toISOString();
  const rows = await queryRows<{ id: string }>({
    db,
    query: sql`
      UPDATE messages m SET status = 'withdrawn', withdrawn_at = ${nowIso}::timestamptz,
        updated_at = ${nowIso}::timestamptz,
        reason = CASE WHEN c.status IN ('scheduled', 'redeemed') THEN 'cheque.used' ELSE 'cheque.' || c.status END
      FROM cheques c
      WHERE m.kind = 'cheque_nudge' AND m.status = 'queued' AND c.id = substr(m.subject, 8)
        AND c.status NOT IN ('issued', 'requested')
      RETURNING m.id`,
  });
  const recorded = await queryRows<{ id: string }>({
    db,
    query: sql`
      UPDATE messages m SET status = 'withdrawn', reason = 'outcome.recorded',
        withdrawn_at = ${nowIso}::timestamptz, updated_at = ${nowIso}::timestamptz
      FROM outcome_rounds r
      WHERE m.kind = 'outcome_follow_up' AND m.status = 'queued' AND r.client_id = m.client_id
        AND m.subject = 'outcome:' || r.programme_id || ':' || r.round
      RETURNING m.id`,
  });
  // A reminder on paper for an appointment already past would only confuse: it is not printed.
  const late = await queryRows<{ id: string }>({
    db,
    query: sql`
      UPDATE messages SET status = 'withdrawn', reason = 'letter.too_late',
        withdrawn_at = ${nowIso}::timestamptz, updated_at = ${nowIso}::timestamptz
      WHERE channel = 'letter' AND status = 'queued' AND kind LIKE '%\_reminder'
        AND appointment_at <= ${nowIso}::timestamptz
      RETURNING id`,
  });
  return rows.length + recorded.length + late.length;
}

type NudgeRow = {
  client_id: string;
  programme_id: string;
  cheque_id: string;
  home_help_org_id: string;
  org_name: string;
  due_at: Date;
};

/**
 * Clients whose installation visit is `weeks` (the programme's setting) behind them while no other
 * cheque of theirs was planned or used, and whose earliest unused cheque is still valid: the nudge is
 * about that cheque, and a client gets one nudge per programme, ever.
 */
async function findNudges({
  db,
  now,
  today,
  after,
}: {
  db: Database;
  now: Date;
  today: string;
  after: string;
}): Promise<NudgeRow[]> {
  return queryRows<NudgeRow>({
    db,
    query: sql`
      SELECT inst.client_id, inst.programme_id, f.id AS cheque_id, f.home_help_org_id, o.name AS org_name,
        inst.redeemed_at + make_interval(weeks => w.weeks) AS due_at
      FROM cheques inst
      JOIN programmes p ON p.id = inst.programme_id
      CROSS JOIN LATERAL (SELECT COALESCE((p.settings->>'secondChequeNudgeWeeks')::int,
        ${DEFAULT_SECOND_CHEQUE_NUDGE_WEEKS}) AS weeks) w
      JOIN clients cl ON cl.id = inst.client_id AND cl.anonymised_at IS NULL
      JOIN LATERAL (
        SELECT id, home_help_org_id FROM cheques f
        WHERE f.client_id = inst.client_id AND f.programme_id = inst.programme_id AND f.purpose = 'free'
          AND f.status IN ('issued', 'requested') AND f.valid_until >= ${today}::date
        ORDER BY f.issued_at, f.id LIMIT 1
      ) f ON true
      JOIN organisations o ON o.id = f.home_help_org_id
      WHERE inst.purpose = 'installation' AND inst.status = 'redeemed' AND w.weeks > 0
        AND inst.client_id > ${after}
        AND inst.redeemed_at + make_interval(weeks => w.weeks) <= ${now.toISOString()}::timestamptz
        AND NOT EXISTS (SELECT 1 FROM cheques s WHERE s.client_id = inst.client_id
          AND s.programme_id = inst.programme_id AND s.purpose = 'free' AND s.status IN ('scheduled', 'redeemed'))
        AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.client_id = inst.client_id
          AND m.kind = 'cheque_nudge' AND m.dedupe_key LIKE inst.client_id || ':nudge:' || inst.programme_id || ':%')
      ORDER BY inst.client_id
      LIMIT ${PLAN_BATCH_SIZE}`,
  });
}

type EndedIntakeRow = {
  client_id: string;
  programme_id: string;
  welfare_org_id: string;
  intake_on: string;
  end_on: string;
  settings: Record<string, unknown>;
  taken: OutcomeRound[];
  told: string[];
};

/**
 * Approved intakes whose trajectory ended in the last eight months (the six-month round's window
 * included), with the rounds taken and the follow-up messages already written.
 */
async function findEndedIntakes({
  db,
  now,
  timeZone,
  after,
}: {
  db: Database;
  now: Date;
  timeZone: string;
  after: string;
}): Promise<EndedIntakeRow[]> {
  const since = new Date(now.getTime() - 250 * 86_400_000).toISOString();
  return queryRows<EndedIntakeRow>({
    db,
    query: sql`
      SELECT i.client_id, i.programme_id, o.id AS welfare_org_id, p.settings,
        to_char((COALESCE(i.decided_at, i.created_at) AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS intake_on,
        to_char((i.closed_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS end_on,
        COALESCE((SELECT array_agg(r.round) FROM outcome_rounds r
          WHERE r.client_id = i.client_id AND r.programme_id = i.programme_id), '{}') AS taken,
        COALESCE((SELECT array_agg(m.subject) FROM messages m
          WHERE m.client_id = i.client_id AND m.kind = 'outcome_follow_up'), '{}') AS told
      FROM intakes i
      JOIN clients c ON c.id = i.client_id AND c.anonymised_at IS NULL
      JOIN programmes p ON p.id = i.programme_id
      JOIN LATERAL (SELECT id FROM organisations WHERE tenant_id = i.tenant_id AND kind = 'welfare'
        ORDER BY id LIMIT 1) o ON true
      WHERE i.decision = 'approved' AND i.closure_kind IS NOT NULL AND i.closed_at >= ${since}::timestamptz
        AND i.client_id > ${after}
      ORDER BY i.client_id
      LIMIT ${PLAN_BATCH_SIZE}`,
  });
}

/**
 * Writes the messages that fall due with time rather than with a request: the nudge to use the second
 * home-help cheque (the programme's `secondChequeNudgeWeeks` after the installation visit) and the
 * word that the welfare centre will call for an outcome follow-up round (when its window opens), and
 * withdraws those whose cause went away. Runs before every sending run, under one lock, across every
 * tenant; each message has its key, so a run repeated or overlapping writes nothing twice.
 */
export async function planScheduledMessages({
  db,
  now,
  timeZone,
  withdrawOnly = false,
}: {
  db: Database;
  now: Date;
  timeZone: string;
  /** Only withdraw what lost its cause (cheap, on every sending run); finding new ones reads every client. */
  withdrawOnly?: boolean;
}): Promise<PlanCounts> {
  return withSystemScope({
    work: () =>
      withTransaction({
        db,
        work: async (tx) => {
          await tx.execute(sql`SELECT pg_advisory_xact_lock(${PLAN_LOCK_KEY})`);
          const counts: PlanCounts = {
            nudges: 0,
            followUps: 0,
            withdrawn: await withdrawStale({ db: tx, now }),
          };
          if (withdrawOnly) return counts;
          const today = toLocalDate({ instant: now, timeZone });

          let after = '';
          for (;;) {
            const nudges = await findNudges({ db: tx, now, today, after });
            if (nudges.length === 0) break;
            after = nudges[nudges.length - 1]!.client_id;
            const { queued } = await queueClientMessages({
              db: tx,
              now,
              items: nudges.map((row) => ({
                clientId: row.client_id,
                kind: 'cheque_nudge',
                subject: `cheque:${row.cheque_id}`,
                orgId: row.home_help_org_id,
                from: row.org_name,
                key: `nudge:${row.programme_id}`,
                appointmentAt: new Date(row.due_at),
              })),
            });
            counts.nudges += queued;
            if (nudges.length < PLAN_BATCH_SIZE) break;
          }

          after = '';
          for (;;) {
            const intakes = await findEndedIntakes({ db: tx, now, timeZone, after });
            if (intakes.length === 0) break;
            after = intakes[intakes.length - 1]!.client_id;
            const items = intakes.flatMap((intake) => {
              const { windows } = readOutcomeMeasureSettings({ stored: intake.settings });
              const { due } = dueOutcomeRounds({
                clients: [
                  {
                    clientId: intake.client_id,
                    schedule: { intakeOn: intake.intake_on, endOn: intake.end_on },
                    taken: intake.taken,
                  },
                ],
                today,
                windows,
              });
              return due
                .filter((round) => FOLLOW_UP_ROUNDS.includes(round.round))
                .map((round) => ({ round, subject: `outcome:${intake.programme_id}:${round.round}` }))
                .filter(({ subject }) => !intake.told.includes(subject))
                .map(({ round, subject }) => ({
                  clientId: intake.client_id,
                  kind: 'outcome_follow_up' as const,
                  subject,
                  orgId: intake.welfare_org_id,
                  from: PROGRAMME_SENDER_NAME,
                  key: subject,
                  appointmentAt: new Date(`${round.dueOn}T12:00:00Z`),
                }));
            });
            counts.followUps += (await queueClientMessages({ db: tx, now, items })).queued;
            if (intakes.length < PLAN_BATCH_SIZE) break;
          }
          return counts;
        },
      }),
  });
}

import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import type { DashboardScope } from './dashboard.repository';

/**
 * The clients the figures are about: with a wave, those whose intake is in it; without, every client
 * of the tenant (a client without an intake yet counts as referred). Each row carries, per funnel
 * step, whether the client reached it, so the counts and the lists behind them share one definition.
 */
export function clientFacts(scope: DashboardScope): SQL {
  const population = scope.waveId
    ? sql`SELECT c.id, c.first_name, c.last_name, c.file_number, i.decision
          FROM clients c JOIN intakes i ON i.client_id = c.id AND i.programme_id = ${scope.programmeId}
          WHERE c.tenant_id = ${scope.tenantId} AND i.wave_id = ${scope.waveId}`
    : sql`SELECT c.id, c.first_name, c.last_name, c.file_number, i.decision
          FROM clients c LEFT JOIN intakes i ON i.client_id = c.id AND i.programme_id = ${scope.programmeId}
          WHERE c.tenant_id = ${scope.tenantId}`;
  // Each fact is one aggregate over its table, hash-joined to the clients: a fixed number of scans
  // however many clients there are, instead of one lookup per client and fact.
  const open = sql`status IN ('issued', 'requested', 'scheduled')`;
  return sql`
    WITH equipped AS (
      SELECT DISTINCT client_id FROM device_events
      WHERE tenant_id = ${scope.tenantId} AND to_status = 'handed_out'
    ), installed AS (
      SELECT DISTINCT client_id FROM cheques
      WHERE tenant_id = ${scope.tenantId} AND programme_id = ${scope.programmeId}
        AND purpose = 'installation' AND status = 'redeemed'
    ), attended AS (
      SELECT en.client_id, count(*) AS sessions FROM enrolments en
        JOIN course_groups g ON g.id = en.group_id AND g.kind = 'basic'
        JOIN attendance a ON a.enrolment_id = en.id AND a.status IN ('present', 'late')
      WHERE en.tenant_id = ${scope.tenantId}
      GROUP BY en.client_id
    ), enrolled AS (
      SELECT DISTINCT client_id FROM enrolments WHERE tenant_id = ${scope.tenantId} AND status = 'enrolled'
    ), referred_on AS (
      SELECT DISTINCT client_id FROM referrals WHERE tenant_id = ${scope.tenantId} AND decision = 'referred'
    ), expiring AS (
      SELECT DISTINCT client_id FROM cheques
      WHERE tenant_id = ${scope.tenantId} AND programme_id = ${scope.programmeId} AND ${open}
        AND valid_until >= ${scope.today}::date
        AND valid_until < ${scope.today}::date + ${scope.chequeExpiringDays}::int
    ), expired AS (
      SELECT DISTINCT client_id FROM cheques
      WHERE tenant_id = ${scope.tenantId} AND programme_id = ${scope.programmeId}
        AND (status = 'expired' OR (${open} AND valid_until < ${scope.today}::date))
    )
    SELECT p.id, p.first_name, p.last_name, p.file_number,
      true AS referred,
      coalesce(p.decision = 'approved', false) AS approved,
      equipped.client_id IS NOT NULL AS equipped,
      installed.client_id IS NOT NULL AS installation_visit_done,
      (coalesce(attended.sessions, 0) >= ${scope.sessionsToComplete} AND enrolled.client_id IS NOT NULL) AS training_completed,
      referred_on.client_id IS NOT NULL AS referred_to_regular_courses,
      expiring.client_id IS NOT NULL AS cheques_expiring,
      expired.client_id IS NOT NULL AS cheques_expired
    FROM (${population}) p
      LEFT JOIN equipped ON equipped.client_id = p.id
      LEFT JOIN installed ON installed.client_id = p.id
      LEFT JOIN attended ON attended.client_id = p.id
      LEFT JOIN enrolled ON enrolled.client_id = p.id
      LEFT JOIN referred_on ON referred_on.client_id = p.id
      LEFT JOIN expiring ON expiring.client_id = p.id
      LEFT JOIN expired ON expired.client_id = p.id`;
}

export const num = (value: unknown) => Number(value ?? 0);

/** Every figure of the dashboard. */
export function createDashboardFiguresRepository({ db }: { db: Database }) {
  return {
    /** Every figure of the dashboard in five set-based queries, whatever the number of clients. */
    async getFigures({ scope }: { scope: DashboardScope }) {
      const facts = clientFacts(scope);
      const inPopulation = scope.waveId
        ? sql`AND client_id IN (SELECT client_id FROM intakes WHERE wave_id = ${scope.waveId} AND tenant_id = ${scope.tenantId})`
        : sql``;
      const [funnelRows, chequeRows, visitRows, attendanceRows, signalRows, stockRows] = await Promise.all([
        queryRows<Record<string, unknown>>({
          db,
          query: sql`SELECT count(*) AS referred,
              count(*) FILTER (WHERE approved) AS approved,
              count(*) FILTER (WHERE equipped) AS equipped,
              count(*) FILTER (WHERE installation_visit_done) AS installation_visit_done,
              count(*) FILTER (WHERE training_completed) AS training_completed,
              count(*) FILTER (WHERE referred_to_regular_courses) AS referred_to_regular_courses
            FROM (${facts}) f`,
        }),
        queryRows<Record<string, unknown>>({
          db,
          query: sql`SELECT count(*) AS issued,
              count(*) FILTER (WHERE status = 'redeemed') AS used,
              count(*) FILTER (WHERE status IN ('issued', 'requested', 'scheduled') AND valid_until >= ${scope.today}::date) AS open,
              count(*) FILTER (WHERE status IN ('issued', 'requested', 'scheduled') AND valid_until >= ${scope.today}::date
                               AND valid_until < ${scope.today}::date + ${scope.chequeExpiringDays}::int) AS expiring,
              count(*) FILTER (WHERE status = 'expired' OR (status IN ('issued', 'requested', 'scheduled')
                               AND valid_until < ${scope.today}::date)) AS expired
            FROM cheques
            WHERE tenant_id = ${scope.tenantId} AND programme_id = ${scope.programmeId} ${inPopulation}`,
        }),
        // Every equipped client of the programme: those visited give the median; those still waiting
        // are counted apart (with how long they have waited), never dropped.
        queryRows<{ median: unknown; visited: unknown; waiting: unknown; waiting_median: unknown }>({
          db,
          query: sql`SELECT
              percentile_cont(0.5) WITHIN GROUP (ORDER BY first_visit - handed_out)
                FILTER (WHERE first_visit IS NOT NULL) AS median,
              count(*) FILTER (WHERE first_visit IS NOT NULL) AS visited,
              count(*) FILTER (WHERE first_visit IS NULL) AS waiting,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${scope.today}::date - handed_out)
                FILTER (WHERE first_visit IS NULL) AS waiting_median
            FROM (
              SELECT h.handed_out,
                (SELECT min(v.visited_on) FROM cheques q JOIN visits v ON v.cheque_id = q.id
                  WHERE q.client_id = h.client_id AND q.tenant_id = ${scope.tenantId}
                    AND q.programme_id = ${scope.programmeId}) AS first_visit
              FROM (SELECT client_id, min((at AT TIME ZONE 'Europe/Brussels')::date) AS handed_out
                    FROM device_events
                    WHERE tenant_id = ${scope.tenantId} AND to_status = 'handed_out' ${inPopulation}
                      AND client_id IN (SELECT client_id FROM intakes
                                        WHERE tenant_id = ${scope.tenantId} AND programme_id = ${scope.programmeId})
                    GROUP BY client_id) h
            ) d`,
        }),
        queryRows<Record<string, unknown>>({
          db,
          query: sql`SELECT count(*) FILTER (WHERE a.status IN ('present', 'late', 'absent')) AS marks,
              count(*) FILTER (WHERE a.status IN ('present', 'late')) AS attended
            FROM attendance a JOIN enrolments en ON en.id = a.enrolment_id
            WHERE a.tenant_id = ${scope.tenantId}
              AND (en.programme_id = ${scope.programmeId} OR en.programme_id IS NULL)
              ${scope.waveId ? sql`AND en.client_id IN (SELECT client_id FROM intakes WHERE wave_id = ${scope.waveId} AND tenant_id = ${scope.tenantId})` : sql``}`,
        }),
        queryRows<{ kind: string; owner: string; open: unknown }>({
          db,
          query: sql`SELECT s.kind, o.kind AS owner, count(*) AS open
            FROM signals s JOIN organisations o ON o.id = s.owner_org_id
            WHERE s.tenant_id = ${scope.tenantId} AND s.status = 'open'
              ${scope.waveId ? sql`AND s.client_id IN (SELECT client_id FROM intakes WHERE wave_id = ${scope.waveId} AND tenant_id = ${scope.tenantId})` : sql``}
            GROUP BY s.kind, o.kind ORDER BY s.kind, o.kind`,
        }),
        queryRows<{ status: string; devices: unknown }>({
          db,
          query: sql`SELECT status, count(*) AS devices FROM devices
            WHERE tenant_id = ${scope.tenantId} GROUP BY status ORDER BY status`,
        }),
      ]);
      const funnel = funnelRows[0] ?? {};
      const cheques = chequeRows[0] ?? {};
      const attendance = attendanceRows[0] ?? {};
      const visits = visitRows[0];
      const median = visits?.median;
      const waitingMedian = visits?.waiting_median;
      return {
        funnel: {
          referred: num(funnel.referred),
          approved: num(funnel.approved),
          equipped: num(funnel.equipped),
          installationVisitDone: num(funnel.installation_visit_done),
          trainingCompleted: num(funnel.training_completed),
          referredToRegularCourses: num(funnel.referred_to_regular_courses),
        },
        cheques: {
          issued: num(cheques.issued),
          used: num(cheques.used),
          open: num(cheques.open),
          expiring: num(cheques.expiring),
          expired: num(cheques.expired),
        },
        medianDaysToFirstVisit: median === null || median === undefined ? null : Number(median),
        clientsVisited: num(visits?.visited),
        clientsAwaitingFirstVisit: num(visits?.waiting),
        medianDaysAwaitingFirstVisit:
          waitingMedian === null || waitingMedian === undefined ? null : Number(waitingMedian),
        attendance: { marks: num(attendance.marks), attended: num(attendance.attended) },
        signals: signalRows.map((row) => ({ kind: row.kind, owner: row.owner, open: num(row.open) })),
        stock: stockRows.map((row) => ({ status: row.status, devices: num(row.devices) })),
      };
    },
  };
}

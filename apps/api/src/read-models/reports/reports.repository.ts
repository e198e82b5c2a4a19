import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { closureReasonJoin } from '../../tracks/trajectory/trajectory.repository';

/** Whose rows: a tenant, a period of calendar dates (both ends included) and optionally a wave. */
export type ReportScope = { tenantId: string; from: string | null; to: string | null; waveId: string | null };

function inWave(scope: ReportScope, column: string) {
  return scope.waveId
    ? sql`AND ${sql.raw(column)} IN (SELECT client_id FROM intakes WHERE tenant_id = ${scope.tenantId} AND wave_id = ${scope.waveId})`
    : sql``;
}

function inPeriod(scope: ReportScope, dateExpression: string) {
  const expression = sql.raw(dateExpression);
  return sql`${scope.from ? sql`AND ${expression} >= ${scope.from}::date` : sql``} ${scope.to ? sql`AND ${expression} <= ${scope.to}::date` : sql``}`;
}

const num = (value: unknown) => Number(value ?? 0);

export function createReportsRepository({ db }: { db: Database }) {
  return {
    /** Clients who got their laptop in the period, counted once per purpose they stated. */
    async equippedByPurpose({ scope }: { scope: ReportScope }) {
      const rows = await queryRows<{ purpose: string; clients: unknown }>({
        db,
        query: sql`SELECT purpose, count(DISTINCT h.client_id) AS clients
          FROM (SELECT client_id, min((at AT TIME ZONE 'Europe/Brussels')::date) AS handed_out
                FROM device_events WHERE tenant_id = ${scope.tenantId} AND to_status = 'handed_out'
                GROUP BY client_id) h
          JOIN intakes i ON i.client_id = h.client_id AND i.tenant_id = ${scope.tenantId}
          CROSS JOIN LATERAL unnest(i.purposes) AS purpose
          WHERE true ${inPeriod(scope, 'h.handed_out')} ${inWave(scope, 'h.client_id')}
          GROUP BY purpose ORDER BY purpose`,
      });
      return rows.map((row) => ({ purpose: row.purpose, clients: num(row.clients) }));
    },

    /** Clients assessed in the period per skill level, and how many of them completed the basic course. */
    async skills({ scope, sessionsToComplete }: { scope: ReportScope; sessionsToComplete: number }) {
      const rows = await queryRows<{ level: string; assessed: unknown; completed: unknown }>({
        db,
        query: sql`SELECT i.skill_level AS level, count(*) AS assessed,
            count(*) FILTER (WHERE (SELECT count(*) FROM enrolments en
                JOIN course_groups g ON g.id = en.group_id AND g.kind = 'basic'
                JOIN attendance a ON a.enrolment_id = en.id AND a.status IN ('present', 'late')
              WHERE en.client_id = i.client_id AND en.tenant_id = ${scope.tenantId}) >= ${sessionsToComplete}) AS completed
          FROM intakes i
          WHERE i.tenant_id = ${scope.tenantId} AND i.skill_level IS NOT NULL
            ${inPeriod(scope, "(i.created_at AT TIME ZONE 'Europe/Brussels')::date")} ${inWave(scope, 'i.client_id')}
          GROUP BY i.skill_level ORDER BY i.skill_level`,
      });
      return rows.map((row) => ({
        level: row.level,
        assessed: num(row.assessed),
        completed: num(row.completed),
      }));
    },

    /** Per month of issue: cheques issued, how many of them were used and how many expired. */
    async cheques({ scope, today }: { scope: ReportScope; today: string }) {
      const rows = await queryRows<{ month: string; issued: unknown; used: unknown; expired: unknown }>({
        db,
        query: sql`SELECT to_char(issued_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month,
            count(*) AS issued,
            count(*) FILTER (WHERE status = 'redeemed') AS used,
            count(*) FILTER (WHERE status = 'expired' OR (status IN ('issued', 'requested', 'scheduled')
                             AND valid_until < ${today}::date)) AS expired
          FROM cheques
          WHERE tenant_id = ${scope.tenantId}
            ${inPeriod(scope, "(issued_at AT TIME ZONE 'Europe/Brussels')::date")} ${inWave(scope, 'client_id')}
          GROUP BY month ORDER BY month`,
      });
      return rows.map((row) => ({
        month: row.month,
        issued: num(row.issued),
        used: num(row.used),
        expired: num(row.expired),
      }));
    },

    /**
     * Trajectories closed in the period, per month of closing: how they ended and, for an early end,
     * the reason of the last event that closed them (none for an end recorded before reasons were kept).
     */
    async trajectoryEndings({ scope }: { scope: ReportScope }) {
      const rows = await queryRows<{ month: string; kind: string; reason: string | null; clients: unknown }>({
        db,
        query: sql`SELECT to_char(i.closed_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month,
            i.closure_kind AS kind, ev.reason, count(*) AS clients
          FROM intakes i
          ${closureReasonJoin}
          WHERE i.tenant_id = ${scope.tenantId} AND i.closure_kind IS NOT NULL
            ${inPeriod(scope, "(i.closed_at AT TIME ZONE 'Europe/Brussels')::date")} ${inWave(scope, 'i.client_id')}
          GROUP BY month, i.closure_kind, ev.reason ORDER BY month`,
      });
      return rows.map((row) => ({
        month: row.month,
        kind: row.kind,
        reason: row.reason,
        clients: num(row.clients),
      }));
    },

    /** The partner statements of the period, with their lines and the welfare centre's own records. */
    async statements({ scope }: { scope: ReportScope }) {
      const statements = await queryRows<{
        id: string;
        month: string;
        status: string;
        partner: string;
        home_help_org_id: string;
      }>({
        db,
        query: sql`SELECT s.id, s.period_month AS month, s.status, o.name AS partner, s.home_help_org_id
          FROM statements s JOIN organisations o ON o.id = s.home_help_org_id
          WHERE s.tenant_id = ${scope.tenantId}
            ${scope.from ? sql`AND s.period_month >= ${scope.from.slice(0, 7)}` : sql``}
            ${scope.to ? sql`AND s.period_month <= ${scope.to.slice(0, 7)}` : sql``}
          ORDER BY s.period_month, o.name`,
      });
      if (statements.length === 0) return { statements: [], lines: [], records: [], stated: [] };
      const ids = sql.join(
        statements.map((row) => sql`${row.id}`),
        sql`, `,
      );
      const [lines, records, stated] = await Promise.all([
        queryRows<{ statement_id: string; code: string; date: string; minutes: unknown }>({
          db,
          query: sql`SELECT l.statement_id, q.code, v.visited_on::text AS date, l.minutes
            FROM statement_lines l JOIN cheques q ON q.id = l.cheque_id JOIN visits v ON v.id = l.visit_id
            WHERE l.statement_id IN (${ids})`,
        }),
        queryRows<{ org_id: string; code: string; date: string; minutes: unknown }>({
          db,
          query: sql`SELECT v.home_help_org_id AS org_id, q.code, v.visited_on::text AS date, v.minutes
            FROM visits v JOIN cheques q ON q.id = v.cheque_id
            WHERE v.tenant_id = ${scope.tenantId} AND q.status = 'redeemed'`,
        }),
        queryRows<{ statement_id: string; code: string }>({
          db,
          query: sql`SELECT l.statement_id, q.code FROM statement_lines l JOIN cheques q ON q.id = l.cheque_id
            WHERE l.tenant_id = ${scope.tenantId}`,
        }),
      ]);
      return { statements, lines, records, stated };
    },
  };
}

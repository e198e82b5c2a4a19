import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { closureReasonJoin } from '../../tracks/trajectory/trajectory.repository';
import { clientFacts, createDashboardFiguresRepository, num } from './dashboard.figures.repository';
import type { DashboardFigure } from './dashboard.schemas';

/** Whose figures: a tenant's programme, and optionally one of its waves. */
export type DashboardScope = {
  tenantId: string;
  programmeId: string;
  waveId: string | null;
  sessionsToComplete: number;
  chequeExpiringDays: number;
  today: string;
};

const FIGURE_COLUMNS: Record<DashboardFigure, string> = {
  referred: 'referred',
  approved: 'approved',
  equipped: 'equipped',
  installationVisitDone: 'installation_visit_done',
  trainingCompleted: 'training_completed',
  referredToRegularCourses: 'referred_to_regular_courses',
  chequesExpiring: 'cheques_expiring',
  chequesExpired: 'cheques_expired',
};

/** Every figure of the dashboard, as `getFigures` reads them. */
export type DashboardFigures = Awaited<
  ReturnType<ReturnType<typeof createDashboardRepository>['getFigures']>
>;

/** The dashboard's figures of a scope, the clients behind each and how the closed trajectories ended. */
export function createDashboardRepository({ db }: { db: Database }) {
  return {
    ...createDashboardFiguresRepository({ db }),

    /**
     * The trajectories of the scope that are closed now, by how they ended: the intake's closure, and
     * the reason of the event that recorded it (none for a completion, or a closure older than events).
     */
    async getEndings({ scope }: { scope: DashboardScope }) {
      const rows = await queryRows<{ kind: string; reason: string | null; clients: unknown }>({
        db,
        query: sql`SELECT i.closure_kind AS kind, ev.reason, count(*) AS clients
          FROM intakes i
          ${closureReasonJoin}
          WHERE i.tenant_id = ${scope.tenantId} AND i.programme_id = ${scope.programmeId}
            AND i.closure_kind IS NOT NULL ${scope.waveId ? sql`AND i.wave_id = ${scope.waveId}` : sql``}
          GROUP BY i.closure_kind, ev.reason`,
      });
      return { rows: rows.map((row) => ({ kind: row.kind, reason: row.reason, clients: num(row.clients) })) };
    },

    /** The clients behind one figure, by name. */
    async listFigureClients({
      scope,
      figure,
      limit,
      offset,
    }: {
      scope: DashboardScope;
      figure: DashboardFigure;
      limit: number;
      offset: number;
    }) {
      const column = sql.raw(FIGURE_COLUMNS[figure]);
      const rows = await queryRows<{
        id: string;
        fileNumber: string;
        firstName: string;
        lastName: string;
        total: unknown;
      }>({
        db,
        query: sql`SELECT id, file_number AS "fileNumber", first_name AS "firstName", last_name AS "lastName",
            count(*) OVER () AS total
          FROM (${clientFacts(scope)}) f WHERE ${column}
          ORDER BY last_name, first_name, id LIMIT ${limit} OFFSET ${offset}`,
      });
      return {
        clients: rows.map(({ total: _total, ...client }) => client),
        total: rows.length > 0 ? num(rows[0]!.total) : 0,
      };
    },
  };
}

import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, upsertOne } from '../../ground/database/query-helpers';
import { chequesTable } from '../cheques/cheques.tables';
import {
  type ReconcileOutcome,
  statementLineReconciliationsTable,
  statementLinesTable,
  statementsTable,
} from './statements.tables';

/** One statement of the tenant at the moment a reconciliation step takes place. */
type StatementMoment = { statementId: string; tenantId: string; at: Date };

/** The welfare centre's verdicts on the lines of a sent statement and the closing of its reconciliation. */
export function createStatementReconciliationRepository({ db }: { db: Database }) {
  return {
    /**
     * Claims a sent statement for a verdict: the row lock makes a verdict and the closing of the
     * reconciliation wait for each other, so no verdict lands on a closed statement.
     */
    async claimOpenStatement({ statementId, tenantId, at }: StatementMoment) {
      const rows = await db
        .update(statementsTable)
        .set({ updatedAt: at })
        .where(columnsEqual(statementsTable, { id: statementId, tenantId, status: 'sent' }))
        .returning({ id: statementsTable.id });
      return { open: rows.length > 0 };
    },

    /**
     * Closes the reconciliation of a sent statement whose every line has a verdict: `accepted` when
     * all match, `disputed` when one is disputed. Nothing changes (no row) when a line is still open.
     */
    async closeReconciliation({ statementId, tenantId, at }: StatementMoment) {
      const verdicts = sql`SELECT 1 FROM ${statementLinesTable} l LEFT JOIN ${statementLineReconciliationsTable} r ON r.statement_line_id = l.id WHERE l.statement_id = ${statementsTable.id}`;
      const rows = await db
        .update(statementsTable)
        .set({
          status: sql`CASE WHEN EXISTS (${verdicts} AND r.outcome = 'disputed') THEN 'disputed' ELSE 'accepted' END`,
          updatedAt: at,
        })
        .where(
          columnsEqual(
            statementsTable,
            { id: statementId, tenantId, status: 'sent' },
            sql`NOT EXISTS (${verdicts} AND r.statement_line_id IS NULL)`,
          ),
        )
        .returning({ status: statementsTable.status });
      return { status: rows[0]?.status };
    },

    async findStatementOrg({ statementId }: { statementId: string }) {
      const [row] = await db
        .select({ homeHelpOrgId: statementsTable.homeHelpOrgId })
        .from(statementsTable)
        .where(eq(statementsTable.id, statementId));
      return { homeHelpOrgId: row?.homeHelpOrgId ?? '' };
    },

    async findLine({ statementId, lineId }: { statementId: string; lineId: string }) {
      const [line] = await db
        .select({
          id: statementLinesTable.id,
          chequeId: statementLinesTable.chequeId,
          clientId: chequesTable.clientId,
        })
        .from(statementLinesTable)
        .innerJoin(chequesTable, eq(chequesTable.id, statementLinesTable.chequeId))
        .where(columnsEqual(statementLinesTable, { id: lineId, statementId }));
      return { line };
    },

    async saveReconciliation({
      statementLineId,
      tenantId,
      outcome,
      reason,
      userId,
      at,
    }: {
      statementLineId: string;
      tenantId: string;
      outcome: ReconcileOutcome;
      reason: string | null;
      userId: string;
      at: Date;
    }) {
      const decision = { outcome, reason, decidedByUserId: userId, decidedAt: at };
      await upsertOne(
        db,
        statementLineReconciliationsTable,
        { statementLineId, tenantId, ...decision },
        {
          target: statementLineReconciliationsTable.statementLineId,
          set: decision,
        },
      );
    },
  };
}

import { and, asc, desc, eq, gte, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import {
  organisationsTable,
  partnershipsTable,
  tenantsTable,
} from '../../ground/organisations/organisations.tables';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { visitsTable } from '../visits/visits.tables';
import { createStatementChequeStatedError, createStatementExistsError } from './statements.errors';
import {
  type ReconcileOutcome,
  statementLineReconciliationsTable,
  statementLinesTable,
  statementsTable,
} from './statements.tables';

/** Whose statements a request may see: a home-help organisation's own, or a welfare centre's. */
export type StatementScope = { homeHelpOrgId: string } | { tenantId: string };

// A draft is the partner's own until it is sent: the welfare centre sees statements from then on.
function scopeCondition(scope: StatementScope): SQL {
  return 'homeHelpOrgId' in scope
    ? eq(statementsTable.homeHelpOrgId, scope.homeHelpOrgId)
    : and(eq(statementsTable.tenantId, scope.tenantId), ne(statementsTable.status, 'draft'))!;
}

function nextMonth(month: string): string {
  const [year, value] = month.split('-').map(Number) as [number, number];
  return value === 12 ? `${year + 1}-01` : `${year}-${String(value + 1).padStart(2, '0')}`;
}

export function createStatementsRepository({ db }: { db: Database }) {
  return {
    async isTenantServed({ tenantId, homeHelpOrgId }: { tenantId: string; homeHelpOrgId: string }) {
      const [row] = await db
        .select({ id: partnershipsTable.id })
        .from(partnershipsTable)
        .where(
          and(
            eq(partnershipsTable.tenantId, tenantId),
            eq(partnershipsTable.partnerOrgId, homeHelpOrgId),
            eq(partnershipsTable.kind, 'home_help'),
          ),
        );
      return { served: Boolean(row) };
    },

    /** Redeemed cheques of the partner in the tenant with a visit in the month, and whether each is stated. */
    async listRedemptions({
      tenantId,
      homeHelpOrgId,
      month,
    }: {
      tenantId: string;
      homeHelpOrgId: string;
      month: string;
    }) {
      const rows = await db
        .select({
          chequeId: chequesTable.id,
          chequeCode: chequesTable.code,
          clientId: chequesTable.clientId,
          purpose: chequesTable.purpose,
          visitId: visitsTable.id,
          visitedOn: visitsTable.visitedOn,
          minutes: visitsTable.minutes,
          studentUserId: visitsTable.studentUserId,
          programmeSettings: programmesTable.settings,
          stated: sql<boolean>`${statementLinesTable.id} IS NOT NULL`,
        })
        .from(visitsTable)
        .innerJoin(chequesTable, eq(chequesTable.id, visitsTable.chequeId))
        .innerJoin(programmesTable, eq(programmesTable.id, chequesTable.programmeId))
        .leftJoin(statementLinesTable, eq(statementLinesTable.chequeId, chequesTable.id))
        .where(
          and(
            eq(visitsTable.tenantId, tenantId),
            eq(visitsTable.homeHelpOrgId, homeHelpOrgId),
            eq(chequesTable.status, 'redeemed'),
            gte(visitsTable.visitedOn, `${month}-01`),
            lt(visitsTable.visitedOn, `${nextMonth(month)}-01`),
          ),
        );
      return { rows };
    },

    async insertStatement({
      statement,
      lines,
    }: {
      statement: typeof statementsTable.$inferInsert;
      lines: Omit<typeof statementLinesTable.$inferInsert, 'statementId'>[];
    }) {
      try {
        const [created] = await db
          .insert(statementsTable)
          .values(statement)
          .returning({ id: statementsTable.id });
        await db
          .insert(statementLinesTable)
          .values(lines.map((line) => ({ ...line, statementId: created!.id })));
        return { statementId: created!.id };
      } catch (error) {
        const constraint = getUniqueViolationConstraint(error);
        if (constraint === 'statements_tenant_org_month_unique') throw createStatementExistsError();
        if (constraint === 'statement_lines_cheque_unique') throw createStatementChequeStatedError();
        throw error;
      }
    },

    async listStatements({
      scope,
      tenantId,
      month,
    }: {
      scope: StatementScope;
      tenantId?: string | undefined;
      month?: string | undefined;
    }) {
      const conditions = [scopeCondition(scope)];
      if (tenantId) conditions.push(eq(statementsTable.tenantId, tenantId));
      if (month) conditions.push(eq(statementsTable.periodMonth, month));
      const rows = await db
        .select({
          id: statementsTable.id,
          tenantId: statementsTable.tenantId,
          tenantName: tenantsTable.name,
          homeHelpOrgId: statementsTable.homeHelpOrgId,
          homeHelpOrgName: organisationsTable.name,
          month: statementsTable.periodMonth,
          status: statementsTable.status,
          totalCheques: statementsTable.totalCheques,
          totalMinutes: statementsTable.totalMinutes,
          createdAt: statementsTable.createdAt,
          sentAt: statementsTable.sentAt,
        })
        .from(statementsTable)
        .innerJoin(tenantsTable, eq(tenantsTable.id, statementsTable.tenantId))
        .innerJoin(organisationsTable, eq(organisationsTable.id, statementsTable.homeHelpOrgId))
        .where(and(...conditions))
        .orderBy(desc(statementsTable.periodMonth), asc(tenantsTable.name))
        .limit(500);
      return { rows };
    },

    async listLines({ statementId }: { statementId: string }) {
      const rows = await db
        .select({
          id: statementLinesTable.id,
          chequeId: statementLinesTable.chequeId,
          chequeCode: chequesTable.code,
          purpose: chequesTable.purpose,
          firstName: clientsTable.firstName,
          lastName: clientsTable.lastName,
          visitedOn: visitsTable.visitedOn,
          minutes: statementLinesTable.minutes,
          priceCents: statementLinesTable.priceCents,
          programmeSettings: programmesTable.settings,
          studentName: usersTable.displayName,
          outcome: statementLineReconciliationsTable.outcome,
          reason: statementLineReconciliationsTable.reason,
          decidedAt: statementLineReconciliationsTable.decidedAt,
        })
        .from(statementLinesTable)
        .innerJoin(chequesTable, eq(chequesTable.id, statementLinesTable.chequeId))
        .innerJoin(programmesTable, eq(programmesTable.id, chequesTable.programmeId))
        .innerJoin(clientsTable, eq(clientsTable.id, chequesTable.clientId))
        .innerJoin(visitsTable, eq(visitsTable.id, statementLinesTable.visitId))
        .innerJoin(usersTable, eq(usersTable.id, visitsTable.studentUserId))
        .leftJoin(
          statementLineReconciliationsTable,
          eq(statementLineReconciliationsTable.statementLineId, statementLinesTable.id),
        )
        .where(eq(statementLinesTable.statementId, statementId))
        .orderBy(asc(visitsTable.visitedOn), asc(chequesTable.code));
      return { rows };
    },

    /** What every line of these statements is worth, for the totals of a list. */
    async listLinePrices({ statementIds }: { statementIds: string[] }) {
      if (statementIds.length === 0) return { rows: [] };
      const rows = await db
        .select({
          statementId: statementLinesTable.statementId,
          minutes: statementLinesTable.minutes,
          priceCents: statementLinesTable.priceCents,
          programmeSettings: programmesTable.settings,
        })
        .from(statementLinesTable)
        .innerJoin(chequesTable, eq(chequesTable.id, statementLinesTable.chequeId))
        .innerJoin(programmesTable, eq(programmesTable.id, chequesTable.programmeId))
        .where(inArray(statementLinesTable.statementId, statementIds));
      return { rows };
    },

    /** Sends a draft; a statement already sent is left as it is (no row comes back). */
    async markSent({
      statementId,
      homeHelpOrgId,
      at,
    }: {
      statementId: string;
      homeHelpOrgId: string;
      at: Date;
    }) {
      const rows = await db
        .update(statementsTable)
        .set({ status: 'sent', sentAt: at, updatedAt: at })
        .where(
          and(
            eq(statementsTable.id, statementId),
            eq(statementsTable.homeHelpOrgId, homeHelpOrgId),
            eq(statementsTable.status, 'draft'),
          ),
        )
        .returning({ id: statementsTable.id });
      return { sent: rows.length > 0 };
    },

    /**
     * Claims a sent statement for a verdict: the row lock makes a verdict and the closing of the
     * reconciliation wait for each other, so no verdict lands on a closed statement.
     */
    async claimOpenStatement({
      statementId,
      tenantId,
      at,
    }: {
      statementId: string;
      tenantId: string;
      at: Date;
    }) {
      const rows = await db
        .update(statementsTable)
        .set({ updatedAt: at })
        .where(
          and(
            eq(statementsTable.id, statementId),
            eq(statementsTable.tenantId, tenantId),
            eq(statementsTable.status, 'sent'),
          ),
        )
        .returning({ id: statementsTable.id });
      return { open: rows.length > 0 };
    },

    /**
     * Closes the reconciliation of a sent statement whose every line has a verdict: `accepted` when
     * all match, `disputed` when one is disputed. Nothing changes (no row) when a line is still open.
     */
    async closeReconciliation({
      statementId,
      tenantId,
      at,
    }: {
      statementId: string;
      tenantId: string;
      at: Date;
    }) {
      const verdicts = sql`SELECT 1 FROM ${statementLinesTable} l LEFT JOIN ${statementLineReconciliationsTable} r ON r.statement_line_id = l.id WHERE l.statement_id = ${statementsTable.id}`;
      const rows = await db
        .update(statementsTable)
        .set({
          status: sql`CASE WHEN EXISTS (${verdicts} AND r.outcome = 'disputed') THEN 'disputed' ELSE 'accepted' END`,
          updatedAt: at,
        })
        .where(
          and(
            eq(statementsTable.id, statementId),
            eq(statementsTable.tenantId, tenantId),
            eq(statementsTable.status, 'sent'),
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
        .where(and(eq(statementLinesTable.id, lineId), eq(statementLinesTable.statementId, statementId)));
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
      await db
        .insert(statementLineReconciliationsTable)
        .values({ statementLineId, tenantId, outcome, reason, decidedByUserId: userId, decidedAt: at })
        .onConflictDoUpdate({
          target: statementLineReconciliationsTable.statementLineId,
          set: { outcome, reason, decidedByUserId: userId, decidedAt: at },
        });
    },
  };
}

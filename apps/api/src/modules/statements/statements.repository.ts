import { and, asc, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../app/database';
import { chequesTable, statementLinesTable, statementsTable, visitsTable } from '../cheques/cheques.tables';
import { clientsTable } from '../clients/clients.tables';
import { organisationsTable, partnershipsTable, tenantsTable } from '../organisations/organisations.tables';
import { programmesTable } from '../programmes/programmes.tables';
import { getUniqueViolationConstraint } from '../shared/errors';
import { usersTable } from '../users/users.tables';
import { createStatementChequeStatedError, createStatementExistsError } from './statements.errors';
import { type ReconcileOutcome, statementLineReconciliationsTable } from './statements.tables';

/** Whose statements a request may see: a home-help organisation's own, or a welfare centre's. */
export type StatementScope = { homeHelpOrgId: string } | { tenantId: string };

function scopeCondition(scope: StatementScope): SQL {
  return 'homeHelpOrgId' in scope
    ? eq(statementsTable.homeHelpOrgId, scope.homeHelpOrgId)
    : eq(statementsTable.tenantId, scope.tenantId);
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

    /** The stored settings of the tenant's newest programme that this partner does home help for. */
    async findProgrammeSettings({ tenantId, homeHelpOrgId }: { tenantId: string; homeHelpOrgId: string }) {
      const [row] = await db
        .select({ settings: programmesTable.settings })
        .from(programmesTable)
        .where(and(eq(programmesTable.tenantId, tenantId), eq(programmesTable.homeHelpOrgId, homeHelpOrgId)))
        .orderBy(desc(programmesTable.createdAt))
        .limit(1);
      return { settings: row?.settings };
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
          stated: sql<boolean>`${statementLinesTable.id} IS NOT NULL`,
        })
        .from(visitsTable)
        .innerJoin(chequesTable, eq(chequesTable.id, visitsTable.chequeId))
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
          studentName: usersTable.displayName,
          outcome: statementLineReconciliationsTable.outcome,
          reason: statementLineReconciliationsTable.reason,
          decidedAt: statementLineReconciliationsTable.decidedAt,
        })
        .from(statementLinesTable)
        .innerJoin(chequesTable, eq(chequesTable.id, statementLinesTable.chequeId))
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

import { and, asc, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf } from '../../ground/database/query-helpers';
import { organisationsTable, tenantsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { visitsTable } from '../visits/visits.tables';
import { createStatementDraftingRepository } from './statements.drafting.repository';
import { createStatementReconciliationRepository } from './statements.reconciliation.repository';
import { statementLineReconciliationsTable, statementLinesTable, statementsTable } from './statements.tables';

/** Whose statements a request may see: a home-help organisation's own, or a welfare centre's. */
export type StatementScope = { homeHelpOrgId: string } | { tenantId: string };

// A draft is the partner's own until it is sent: the welfare centre sees statements from then on.
function scopeCondition(scope: StatementScope): SQL {
  return 'homeHelpOrgId' in scope
    ? eq(statementsTable.homeHelpOrgId, scope.homeHelpOrgId)
    : and(eq(statementsTable.tenantId, scope.tenantId), ne(statementsTable.status, 'draft'))!;
}

/** The home-help organisations' monthly statements: drafted, listed with their lines, sent, reconciled. */
export function createStatementsRepository({ db }: { db: Database }) {
  return {
    ...createStatementDraftingRepository({ db }),
    ...createStatementReconciliationRepository({ db }),

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
          ...columnsOf(statementsTable, ['status', 'totalCheques', 'totalMinutes', 'createdAt', 'sentAt']),
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
        .where(columnsEqual(statementsTable, { id: statementId, homeHelpOrgId, status: 'draft' }))
        .returning({ id: statementsTable.id });
      return { sent: rows.length > 0 };
    },
  };
}

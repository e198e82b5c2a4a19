import { eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual } from '../../ground/database/query-helpers';
import { partnershipsTable } from '../../ground/organisations/organisations.tables';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { chequesTable } from '../cheques/cheques.tables';
import { visitsTable } from '../visits/visits.tables';
import { createStatementChequeStatedError, createStatementExistsError } from './statements.errors';
import { statementLinesTable, statementsTable } from './statements.tables';

function nextMonth(month: string): string {
  const [year, value] = month.split('-').map(Number) as [number, number];
  return value === 12 ? `${year + 1}-01` : `${year}-${String(value + 1).padStart(2, '0')}`;
}

/** Drafting a statement: the partner's redeemed cheques of a month and the statement written from them. */
export function createStatementDraftingRepository({ db }: { db: Database }) {
  return {
    async isTenantServed({ tenantId, homeHelpOrgId }: { tenantId: string; homeHelpOrgId: string }) {
      const [row] = await db
        .select({ id: partnershipsTable.id })
        .from(partnershipsTable)
        .where(columnsEqual(partnershipsTable, { tenantId, partnerOrgId: homeHelpOrgId, kind: 'home_help' }));
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
          columnsEqual(
            visitsTable,
            { tenantId, homeHelpOrgId },
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
  };
}

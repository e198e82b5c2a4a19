import { buildMonthlyStatement, type ChequePurpose, type Redemption } from '@digipakket/domain';
import type { AuthContext } from '../app/app.types';
import { type Database, withTransaction } from '../app/database';
import { writeAudit } from '../audit/audit.usecases';
import { createForbiddenError } from '../auth/auth.errors';
import { readProgrammeSettings } from '../programmes/programmes.settings';
import type { Clock } from '../shared/clock';
import { isIdOf } from '../shared/ids';
import {
  createDisputeReasonMissingError,
  createStatementEmptyError,
  createStatementExistsError,
  createStatementLineNotFoundError,
  createStatementNotFoundError,
  createTenantNotServedError,
} from './statements.errors';
import { createStatementsRepository, type StatementScope } from './statements.repository';
import type {
  ReconcileRequest,
  Statement,
  StatementCreate,
  StatementLine,
  StatementListQuery,
  StatementSummary,
} from './statements.schemas';

/** A home-help user sees its organisation's statements; a welfare user those sent to its tenant. */
function scopeOf({ auth }: { auth: AuthContext }): StatementScope {
  if (auth.organisation.kind === 'home_help') return { homeHelpOrgId: auth.organisation.id };
  if (auth.organisation.kind === 'welfare' && auth.organisation.tenantId) {
    return { tenantId: auth.organisation.tenantId };
  }
  throw createForbiddenError();
}

async function settingsFor({
  db,
  tenantId,
  homeHelpOrgId,
}: {
  db: Database;
  tenantId: string;
  homeHelpOrgId: string;
}) {
  const { settings } = await createStatementsRepository({ db }).findProgrammeSettings({
    tenantId,
    homeHelpOrgId,
  });
  return readProgrammeSettings({ stored: settings });
}

/** Totals by the domain's statement rule, from lines already on a statement. */
function totalsOf({
  month,
  lines,
  settings,
}: {
  month: string;
  lines: { chequeCode: string; visitedOn: string; minutes: number; purpose: ChequePurpose }[];
  settings: ReturnType<typeof readProgrammeSettings>;
}): Statement['totals'] {
  const { statement } = buildMonthlyStatement({
    month,
    redemptions: lines.map((line) => ({
      chequeCode: line.chequeCode,
      clientId: '',
      studentId: '',
      date: line.visitedOn,
      minutes: line.minutes,
      purpose: line.purpose,
    })),
    alreadyStated: new Set(),
    settings,
  });
  return { ...statement.totals, priceCentsPerCheque: settings.priceCentsPerCheque };
}

/**
 * Puts every redeemed, not yet stated cheque of the month on a new statement for one welfare centre,
 * in one transaction. UNIQUE(statement_lines.cheque_id) keeps a cheque on at most one statement even
 * when two statements are made at once.
 */
export async function createStatement({
  db,
  auth,
  clock,
  input,
  requestId,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  input: StatementCreate;
  requestId: string;
}): Promise<{ statement: Statement }> {
  const homeHelpOrgId = auth.organisation.id;
  const statementId = await withTransaction({
    db,
    work: async (tx) => {
      const repository = createStatementsRepository({ db: tx });
      const { served } = isIdOf({ kind: 'tenant', value: input.tenantId })
        ? await repository.isTenantServed({ tenantId: input.tenantId, homeHelpOrgId })
        : { served: false };
      if (!served) throw createTenantNotServedError();
      const { rows: existing } = await repository.listStatements({
        scope: { homeHelpOrgId },
        tenantId: input.tenantId,
        month: input.month,
      });
      if (existing.length > 0) throw createStatementExistsError();
      const settings = await settingsFor({ db: tx, tenantId: input.tenantId, homeHelpOrgId });
      const { rows } = await repository.listRedemptions({
        tenantId: input.tenantId,
        homeHelpOrgId,
        month: input.month,
      });
      const redemptions: (Redemption & { visitId: string; chequeId: string })[] = rows.map((row) => ({
        chequeCode: row.chequeCode,
        clientId: row.clientId,
        date: row.visitedOn,
        studentId: row.studentUserId,
        minutes: row.minutes,
        purpose: row.purpose,
        visitId: row.visitId,
        chequeId: row.chequeId,
      }));
      const { statement } = buildMonthlyStatement({
        month: input.month,
        redemptions,
        alreadyStated: new Set(rows.filter((row) => row.stated).map((row) => row.chequeCode)),
        settings,
      });
      if (statement.lines.length === 0) throw createStatementEmptyError();
      const byCode = new Map(redemptions.map((redemption) => [redemption.chequeCode, redemption]));
      const now = clock.now();
      const { statementId: created } = await repository.insertStatement({
        statement: {
          tenantId: input.tenantId,
          homeHelpOrgId,
          periodMonth: input.month,
          totalCheques: statement.totals.cheques,
          totalMinutes: statement.totals.minutesSpent,
          createdAt: now,
          updatedAt: now,
        },
        lines: statement.lines.map((line) => {
          const redemption = byCode.get(line.chequeCode)!;
          return {
            tenantId: input.tenantId,
            chequeId: redemption.chequeId,
            visitId: redemption.visitId,
            minutes: line.minutes,
          };
        }),
      });
      await writeAudit({
        db: tx,
        entry: {
          actor: auth,
          tenantId: input.tenantId,
          action: 'statement.create',
          resource: `statement:${created}`,
          requestId,
          at: now,
        },
      });
      return created;
    },
  });
  return getStatement({ db, auth, clock, statementId, requestId, audit: false });
}

export async function listStatements({
  db,
  auth,
  query,
}: {
  db: Database;
  auth: AuthContext;
  query: StatementListQuery;
}): Promise<{ items: StatementSummary[] }> {
  const repository = createStatementsRepository({ db });
  const { rows } = await repository.listStatements({ scope: scopeOf({ auth }), ...query });
  const items: StatementSummary[] = [];
  for (const row of rows) {
    const settings = await settingsFor({ db, tenantId: row.tenantId, homeHelpOrgId: row.homeHelpOrgId });
    items.push({
      id: row.id,
      tenantId: row.tenantId,
      tenantName: row.tenantName,
      homeHelpOrgName: row.homeHelpOrgName,
      month: row.month,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      totals: {
        cheques: row.totalCheques,
        minutesSpent: row.totalMinutes,
        chequeHours: (row.totalCheques * settings.minutesPerCheque) / 60,
        amountCents: row.totalCheques * settings.priceCentsPerCheque,
        priceCentsPerCheque: settings.priceCentsPerCheque,
      },
    });
  }
  return { items };
}

/** One statement with its lines; each read is audited, since the lines name clients. */
export async function getStatement({
  db,
  auth,
  clock,
  statementId,
  requestId,
  audit = true,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  statementId: string;
  requestId: string;
  audit?: boolean;
}): Promise<{ statement: Statement }> {
  const repository = createStatementsRepository({ db });
  const scope = scopeOf({ auth });
  const { rows } = isIdOf({ kind: 'statement', value: statementId })
    ? await repository.listStatements({ scope })
    : { rows: [] };
  const row = rows.find((candidate) => candidate.id === statementId);
  if (audit) {
    await writeAudit({
      db,
      entry: {
        actor: auth,
        tenantId: row?.tenantId ?? null,
        action: 'statement.read',
        resource: `statement:${statementId.slice(0, 64)}`,
        outcome: row ? 'success' : 'denied',
        requestId,
        at: clock.now(),
      },
    });
  }
  if (!row) throw createStatementNotFoundError();
  const { rows: lineRows } = await repository.listLines({ statementId });
  const settings = await settingsFor({ db, tenantId: row.tenantId, homeHelpOrgId: row.homeHelpOrgId });
  const lines: StatementLine[] = lineRows.map((line) => ({
    id: line.id,
    chequeId: line.chequeId,
    chequeCode: line.chequeCode,
    clientName: `${line.firstName} ${line.lastName}`,
    visitedOn: line.visitedOn,
    studentName: line.studentName,
    minutes: line.minutes,
    purpose: line.purpose,
    reconciliation:
      line.outcome && line.decidedAt
        ? { outcome: line.outcome, reason: line.reason, decidedAt: line.decidedAt.toISOString() }
        : null,
  }));
  return {
    statement: {
      id: row.id,
      tenantId: row.tenantId,
      tenantName: row.tenantName,
      homeHelpOrgName: row.homeHelpOrgName,
      month: row.month,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      totals: totalsOf({ month: row.month, lines, settings }),
      lines,
    },
  };
}

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting with a formula character would run as a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The statement as CSV for the welfare centre's bookkeeping: semicolons and a BOM, as Excel in Belgium expects. */
export function statementToCsv({ statement }: { statement: Statement }): string {
  const rows: (string | number)[][] = [
    ['date', 'cheque_code', 'client', 'student', 'minutes', 'purpose'],
    ...statement.lines.map((line) => [
      line.visitedOn,
      line.chequeCode,
      line.clientName,
      line.studentName,
      line.minutes,
      line.purpose,
    ]),
    [],
    ['total_cheques', statement.totals.cheques],
    ['total_minutes_spent', statement.totals.minutesSpent],
    ['cheque_hours', statement.totals.chequeHours],
    ['price_per_cheque_eur', (statement.totals.priceCentsPerCheque / 100).toFixed(2)],
    ['amount_eur', (statement.totals.amountCents / 100).toFixed(2)],
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** The welfare centre's verdict on one line: matched, or disputed with a reason. */
export async function reconcileLine({
  db,
  auth,
  clock,
  statementId,
  lineId,
  input,
  requestId,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  statementId: string;
  lineId: string;
  input: ReconcileRequest;
  requestId: string;
}): Promise<{ line: StatementLine }> {
  const scope = scopeOf({ auth });
  if (!('tenantId' in scope)) throw createForbiddenError();
  const reason = input.reason?.trim() || null;
  if (input.outcome === 'disputed' && !reason) throw createDisputeReasonMissingError();
  await withTransaction({
    db,
    work: async (tx) => {
      const repository = createStatementsRepository({ db: tx });
      const { rows } = isIdOf({ kind: 'statement', value: statementId })
        ? await repository.listStatements({ scope })
        : { rows: [] };
      if (!rows.some((row) => row.id === statementId)) throw createStatementNotFoundError();
      const { line } = await repository.findLine({ statementId, lineId });
      if (!line) throw createStatementLineNotFoundError();
      const now = clock.now();
      await repository.saveReconciliation({
        statementLineId: line.id,
        tenantId: scope.tenantId,
        outcome: input.outcome,
        reason,
        userId: auth.user.id,
        at: now,
      });
      await writeAudit({
        db: tx,
        entry: {
          actor: auth,
          tenantId: scope.tenantId,
          clientId: line.clientId,
          action: `statement_line.${input.outcome}`,
          resource: `statement_line:${line.id}`,
          requestId,
          at: now,
        },
      });
    },
  });
  const { statement } = await getStatement({ db, auth, clock, statementId, requestId, audit: false });
  return { line: statement.lines.find((line) => line.id === lineId)! };
}

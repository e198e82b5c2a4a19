import {
  buildMonthlyStatement,
  defaultProgrammeSettings,
  PORTAL_LANGUAGES,
  type PortalLanguage,
  type Redemption,
} from '@digipakket/domain';
import type { Database } from '../../ground/database/database';
import { createForbiddenError } from '../../ground/http/access.errors';
import type { AuthContext } from '../../ground/http/app.types';
import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import { isIdOf } from '../../ground/shared/ids';
import { createBrandingRepository } from '../../records/branding/branding.repository';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import {
  createDisputeReasonMissingError,
  createStatementEmptyError,
  createStatementExistsError,
  createStatementLineNotFoundError,
  createStatementLinesOpenError,
  createStatementNotDraftError,
  createStatementNotFoundError,
  createStatementNotOpenError,
  createTenantNotServedError,
} from './statements.errors';
import { renderStatementPdf } from './statements.pdf';
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
function scopeOf({ actor: auth }: { actor: AuthContext }): StatementScope {
  if (auth.organisation.kind === 'home_help') return { homeHelpOrgId: auth.organisation.id };
  if (auth.organisation.kind === 'welfare' && auth.organisation.tenantId) {
    return { tenantId: auth.organisation.tenantId };
  }
  throw createForbiddenError();
}

/** What one line adds to the totals: its price and the hours its cheque is worth. */
type PricedLine = { minutes: number; priceCents: number; minutesPerCheque: number };

/**
 * A line's price: the one frozen on it, else (a line written without one) its cheque's programme price.
 * The programme's minutes per cheque give the hours the cheque is worth.
 */
function priceOf({
  priceCents,
  programmeSettings,
}: {
  priceCents: number | null;
  programmeSettings: Record<string, unknown>;
}): { priceCents: number; minutesPerCheque: number } {
  const settings = readProgrammeSettings({ stored: programmeSettings });
  return {
    priceCents: priceCents ?? settings.priceCentsPerCheque,
    minutesPerCheque: settings.minutesPerCheque,
  };
}

/** Totals of lines already on a statement: each line counts at its own frozen price. */
function totalsOf({ lines }: { lines: readonly PricedLine[] }): Statement['totals'] {
  const prices = new Set(lines.map((line) => line.priceCents));
  return {
    cheques: lines.length,
    minutesSpent: lines.reduce((sum, line) => sum + line.minutes, 0),
    chequeHours: lines.reduce((sum, line) => sum + line.minutesPerCheque, 0) / 60,
    amountCents: lines.reduce((sum, line) => sum + line.priceCents, 0),
    priceCentsPerCheque: prices.size === 1 ? [...prices][0]! : null,
  };
}

/**
 * Puts every redeemed, not yet stated cheque of the month on a new statement for one welfare centre,
 * in one transaction. UNIQUE(statement_lines.cheque_id) keeps a cheque on at most one statement even
 * when two statements are made at once.
 */
export async function createStatement({
  ctx,
  input,
}: RequestArgs<{ input: StatementCreate }>): Promise<{ statement: Statement }> {
  const { clock } = ctx;
  const homeHelpOrgId = ctx.actor.organisation.id;
  const statementId = await ctx.transaction(async ({ tx, audit }) => {
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
    const { rows } = await repository.listRedemptions({
      tenantId: input.tenantId,
      homeHelpOrgId,
      month: input.month,
    });
    const redemptions: (Redemption & {
      visitId: string;
      chequeId: string;
      settings: ReturnType<typeof readProgrammeSettings>;
    })[] = rows.map((row) => ({
      chequeCode: row.chequeCode,
      clientId: row.clientId,
      date: row.visitedOn,
      studentId: row.studentUserId,
      minutes: row.minutes,
      purpose: row.purpose,
      visitId: row.visitId,
      chequeId: row.chequeId,
      settings: readProgrammeSettings({ stored: row.programmeSettings }),
    }));
    const { statement } = buildMonthlyStatement({
      month: input.month,
      redemptions,
      alreadyStated: new Set(rows.filter((row) => row.stated).map((row) => row.chequeCode)),
      // Only the choice of lines is used here: each line is priced by its own cheque's programme below.
      settings: defaultProgrammeSettings(),
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
          priceCents: redemption.settings.priceCentsPerCheque,
        };
      }),
    });
    await audit({
      tenantId: input.tenantId,
      action: 'statement.create',
      resource: `statement:${created}`,
    });
    return created;
  });
  return getStatement({ ctx, statementId, audit: false });
}

type StatementRow = Awaited<
  ReturnType<ReturnType<typeof createStatementsRepository>['listStatements']>
>['rows'][number];

/** A statement as its list shows it: the month, the welfare centre, its status and the totals of its lines. */
function toStatementSummary({ row, lines }: { row: StatementRow; lines: PricedLine[] }): StatementSummary {
  return {
    id: row.id,
    tenantId: row.tenantId,
    tenantName: row.tenantName,
    homeHelpOrgName: row.homeHelpOrgName,
    month: row.month,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    totals: totalsOf({ lines }),
  };
}

export async function listStatements({
  ctx,
  query,
}: RequestArgs<{ query: StatementListQuery }>): Promise<{ items: StatementSummary[] }> {
  const { db } = ctx;
  const repository = createStatementsRepository({ db });
  const { rows } = await repository.listStatements({ scope: scopeOf(ctx), ...query });
  const { rows: prices } = await repository.listLinePrices({ statementIds: rows.map((row) => row.id) });
  const linesOf = new Map<string, PricedLine[]>();
  for (const price of prices) {
    const lines = linesOf.get(price.statementId) ?? [];
    lines.push({ minutes: price.minutes, ...priceOf(price) });
    linesOf.set(price.statementId, lines);
  }
  const items = rows.map((row) => toStatementSummary({ row, lines: linesOf.get(row.id) ?? [] }));
  return { items };
}

/** One statement with its lines; each read is audited, since the lines name clients. */
export async function getStatement({
  ctx,
  statementId,
  audit = true,
}: {
  ctx: RequestContext;
  statementId: string;
  audit?: boolean;
}): Promise<{ statement: Statement }> {
  const { db } = ctx;
  const repository = createStatementsRepository({ db });
  const scope = scopeOf(ctx);
  const { rows } = isIdOf({ kind: 'statement', value: statementId })
    ? await repository.listStatements({ scope })
    : { rows: [] };
  const row = rows.find((candidate) => candidate.id === statementId);
  if (audit) {
    await ctx.audit({
      tenantId: row?.tenantId ?? null,
      action: 'statement.read',
      resource: `statement:${statementId.slice(0, 64)}`,
      outcome: row ? 'success' : 'denied',
    });
  }
  if (!row) throw createStatementNotFoundError();
  const { rows: lineRows } = await repository.listLines({ statementId });
  const priced = lineRows.map((line) => ({ minutes: line.minutes, ...priceOf(line) }));
  const lines: StatementLine[] = lineRows.map((line, index) => ({
    id: line.id,
    chequeId: line.chequeId,
    chequeCode: line.chequeCode,
    clientName: `${line.firstName} ${line.lastName}`,
    visitedOn: line.visitedOn,
    studentName: line.studentName,
    minutes: line.minutes,
    purpose: line.purpose,
    priceCents: priced[index]!.priceCents,
    reconciliation:
      line.outcome && line.decidedAt
        ? { outcome: line.outcome, reason: line.reason, decidedAt: line.decidedAt.toISOString() }
        : null,
  }));
  return { statement: { ...toStatementSummary({ row, lines: priced }), lines } };
}

/** Euros from cents with a decimal comma, as Excel in Belgium reads them. */
function euros(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting with a formula character would run as a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The statement as CSV for the welfare centre's bookkeeping: semicolons, decimal commas and a BOM, as Excel in Belgium expects. */
export function statementToCsv({ statement }: { statement: Statement }): string {
  const rows: (string | number)[][] = [
    ['date', 'cheque_code', 'client', 'student', 'minutes', 'purpose', 'price_eur'],
    ...statement.lines.map((line) => [
      line.visitedOn,
      line.chequeCode,
      line.clientName,
      line.studentName,
      line.minutes,
      line.purpose,
      euros(line.priceCents),
    ]),
    [],
    ['total_cheques', statement.totals.cheques],
    ['total_minutes_spent', statement.totals.minutesSpent],
    ['cheque_hours', statement.totals.chequeHours],
    ...(statement.totals.priceCentsPerCheque === null
      ? []
      : [['price_per_cheque_eur', euros(statement.totals.priceCentsPerCheque)]]),
    ['amount_eur', euros(statement.totals.amountCents)],
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

async function findVisible({
  ctx,
  db = ctx.db,
  statementId,
}: {
  ctx: RequestContext;
  /** The transaction the caller works in, if any. */
  db?: Database;
  statementId: string;
}) {
  const { rows } = isIdOf({ kind: 'statement', value: statementId })
    ? await createStatementsRepository({ db }).listStatements({ scope: scopeOf(ctx) })
    : { rows: [] };
  const row = rows.find((candidate) => candidate.id === statementId);
  if (!row) throw createStatementNotFoundError();
  return row;
}

/** The partner sends its draft to the welfare centre; from then on the statement no longer changes. */
export async function sendStatement({
  ctx,
  statementId,
}: RequestArgs<{ statementId: string }>): Promise<{ statement: Statement }> {
  const { clock } = ctx;
  if (ctx.actor.organisation.kind !== 'home_help') throw createForbiddenError();
  await ctx.transaction(async ({ tx, audit }) => {
    const row = await findVisible({ ctx, db: tx, statementId });
    const now = clock.now();
    const { sent } = await createStatementsRepository({ db: tx }).markSent({
      statementId,
      homeHelpOrgId: ctx.actor.organisation.id,
      at: now,
    });
    if (!sent) throw createStatementNotDraftError();
    await audit({
      tenantId: row.tenantId,
      action: 'statement.send',
      resource: `statement:${statementId}`,
    });
  });
  return getStatement({ ctx, statementId, audit: false });
}

/**
 * The welfare centre closes its reconciliation once every line is matched or disputed: the statement
 * becomes `accepted` or `disputed` and takes no more verdicts.
 */
export async function closeReconciliation({
  ctx,
  statementId,
}: RequestArgs<{ statementId: string }>): Promise<{ statement: Statement }> {
  const { clock } = ctx;
  const scope = scopeOf(ctx);
  if (!('tenantId' in scope)) throw createForbiddenError();
  await ctx.transaction(async ({ tx, audit }) => {
    const row = await findVisible({ ctx, db: tx, statementId });
    if (row.status !== 'sent') throw createStatementNotOpenError();
    const now = clock.now();
    const { status } = await createStatementsRepository({ db: tx }).closeReconciliation({
      statementId,
      tenantId: scope.tenantId,
      at: now,
    });
    if (!status) throw createStatementLinesOpenError();
    await audit({
      tenantId: scope.tenantId,
      action: `statement.${status}`,
      resource: `statement:${statementId}`,
    });
  });
  return getStatement({ ctx, statementId, audit: false });
}

/**
 * The statement as PDF, under the partner's name with the welfare centre's footer and contact; in the
 * reader's portal language unless another is asked for. Reading it is audited like the screen and CSV.
 */
export async function renderStatementDocument({
  ctx,
  statementId,
  language,
}: RequestArgs<{ statementId: string; language: PortalLanguage | undefined }>): Promise<{
  pdf: Buffer;
  fileName: string;
}> {
  const { db } = ctx;
  const { statement } = await getStatement({ ctx, statementId });
  const { branding, partnerPhones } = await createBrandingRepository({ db }).getDocumentBranding({
    tenantId: statement.tenantId,
  });
  const { homeHelpOrgId } = await createStatementsRepository({ db }).findStatementOrg({ statementId });
  const own = PORTAL_LANGUAGES.find((candidate) => candidate === ctx.actor.user.locale) ?? 'nl';
  const printIn = language ?? own;
  const pdf = await renderStatementPdf({
    statement,
    language: printIn,
    branding: {
      name: statement.homeHelpOrgName,
      contactPhone: partnerPhones[homeHelpOrgId] ?? branding.contactPhone,
      footer: branding.footer,
    },
  });
  return { pdf, fileName: `statement-${statement.month}.pdf` };
}

/** The welfare centre's verdict on one line: matched, or disputed with a reason. */
export async function reconcileLine({
  ctx,
  statementId,
  lineId,
  input,
}: RequestArgs<{ statementId: string; lineId: string; input: ReconcileRequest }>): Promise<{
  line: StatementLine;
}> {
  const { clock } = ctx;
  const scope = scopeOf(ctx);
  if (!('tenantId' in scope)) throw createForbiddenError();
  const reason = input.reason?.trim() || null;
  if (input.outcome === 'disputed' && !reason) throw createDisputeReasonMissingError();
  await ctx.transaction(async ({ tx, audit }) => {
    const repository = createStatementsRepository({ db: tx });
    const { rows } = isIdOf({ kind: 'statement', value: statementId })
      ? await repository.listStatements({ scope })
      : { rows: [] };
    if (!rows.some((row) => row.id === statementId)) throw createStatementNotFoundError();
    const { line } = await repository.findLine({ statementId, lineId });
    if (!line) throw createStatementLineNotFoundError();
    const now = clock.now();
    const { open } = await repository.claimOpenStatement({
      statementId,
      tenantId: scope.tenantId,
      at: now,
    });
    if (!open) throw createStatementNotOpenError();
    await repository.saveReconciliation({
      statementLineId: line.id,
      tenantId: scope.tenantId,
      outcome: input.outcome,
      reason,
      userId: ctx.actor.user.id,
      at: now,
    });
    await audit({
      tenantId: scope.tenantId,
      clientId: line.clientId,
      action: `statement_line.${input.outcome}`,
      resource: `statement_line:${line.id}`,
    });
  });
  const { statement } = await getStatement({ ctx, statementId, audit: false });
  return { line: statement.lines.find((line) => line.id === lineId)! };
}

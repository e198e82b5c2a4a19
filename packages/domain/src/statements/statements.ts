import type { ChequePurpose } from '../cheques/cheques';
import type { ProgrammeSettings } from '../programme/programme';
import type { Reason } from '../shared/result';
import type { CalendarDate } from '../shared/time';

/**
 * A redeemed cheque as the statement needs it.
 *
 * @example
 * const redemption: Redemption = { chequeCode: 'K7QM3XRT9PH', clientId: 'cli_1', date: '2025-04-02',
 *   studentId: 'usr_7', minutes: 60, purpose: 'installation' };
 */
export interface Redemption {
  readonly chequeCode: string;
  readonly clientId: string;
  readonly date: CalendarDate;
  readonly studentId: string;
  readonly minutes: number;
  readonly purpose: ChequePurpose;
}

/** One line of a statement (one redeemed cheque). @example const line: StatementLine = redemption; */
export type StatementLine = Redemption;

/**
 * The home-help partner's monthly statement to one welfare centre: the lines it invoices and the totals.
 * Money is integer euro cents.
 *
 * @example
 * const statement: MonthlyStatement = { month: '2025-04', lines: [], totals: { cheques: 0, minutesSpent: 0, chequeHours: 0, amountCents: 0 } };
 */
export interface MonthlyStatement {
  /** `YYYY-MM` */
  readonly month: string;
  readonly lines: readonly StatementLine[];
  readonly totals: {
    readonly cheques: number;
    /** Minutes the students actually spent. */
    readonly minutesSpent: number;
    /** Hours the cheques are worth (what is invoiced). */
    readonly chequeHours: number;
    readonly amountCents: number;
  };
}

/**
 * Builds a partner's statement for one month from its redemptions: the cheques redeemed (visit date)
 * in that month and not yet on an earlier statement, ordered by date and code. Redemptions already
 * stated, from another month, or listed twice are returned as `left_out` with a reason code.
 *
 * @example
 * buildMonthlyStatement({ month: '2025-04', redemptions, alreadyStated: new Set(), settings: defaultProgrammeSettings() });
 * // { statement: { month: '2025-04', lines: [...], totals: { cheques: 2, minutesSpent: 110, chequeHours: 2, amountCents: 8000 } }, leftOut: [] }
 */
export function buildMonthlyStatement({
  month,
  redemptions,
  alreadyStated,
  settings,
}: {
  month: string;
  redemptions: readonly Redemption[];
  /** Codes of cheques already on a statement: a cheque is invoiced at most once. */
  alreadyStated: ReadonlySet<string>;
  settings: Pick<ProgrammeSettings, 'minutesPerCheque' | 'priceCentsPerCheque'>;
}): {
  statement: MonthlyStatement;
  leftOut: {
    chequeCode: string;
    reason: Reason<'statement.already_stated' | 'statement.other_month' | 'statement.duplicate'>;
  }[];
} {
  const lines: StatementLine[] = [];
  const leftOut: {
    chequeCode: string;
    reason: Reason<'statement.already_stated' | 'statement.other_month' | 'statement.duplicate'>;
  }[] = [];
  const seen = new Set<string>();
  for (const redemption of redemptions) {
    const { chequeCode } = redemption;
    if (!redemption.date.startsWith(`${month}-`)) {
      leftOut.push({ chequeCode, reason: { code: 'statement.other_month', date: redemption.date } });
    } else if (alreadyStated.has(chequeCode)) {
      leftOut.push({ chequeCode, reason: { code: 'statement.already_stated' } });
    } else if (seen.has(chequeCode)) {
      leftOut.push({ chequeCode, reason: { code: 'statement.duplicate' } });
    } else {
      seen.add(chequeCode);
      lines.push(redemption);
    }
  }
  lines.sort((a, b) => a.date.localeCompare(b.date) || a.chequeCode.localeCompare(b.chequeCode));
  const minutesSpent = lines.reduce((sum, line) => sum + line.minutes, 0);
  return {
    statement: {
      month,
      lines,
      totals: {
        cheques: lines.length,
        minutesSpent,
        chequeHours: (lines.length * settings.minutesPerCheque) / 60,
        amountCents: lines.length * settings.priceCentsPerCheque,
      },
    },
    leftOut,
  };
}

/**
 * What the welfare centre knows about a redeemed cheque, to check a statement against.
 *
 * @example
 * const record: WelfareRedemptionRecord = { chequeCode: 'K7QM3XRT9PH', date: '2025-04-02', minutes: 60 };
 */
export interface WelfareRedemptionRecord {
  readonly chequeCode: string;
  readonly date: CalendarDate;
  readonly minutes: number;
}

/**
 * The outcome of checking a statement:
 * - `matched`: on the statement and in the welfare records with the same date and minutes;
 * - `mismatched`: in both, but date or minutes differ;
 * - `missing`: redeemed that month according to the welfare centre, but not on the statement;
 * - `unknown`: on the statement, but the welfare centre has no such redemption;
 * - `alreadyStated`: on the statement, but already on an earlier statement.
 *
 * @example
 * const reconciliation: Reconciliation = { balanced: true, matched: ['K7QM3XRT9PH'], mismatched: [], missing: [], unknown: [], alreadyStated: [] };
 */
export interface Reconciliation {
  readonly balanced: boolean;
  readonly matched: readonly string[];
  readonly mismatched: readonly { chequeCode: string; fields: readonly ('date' | 'minutes')[] }[];
  readonly missing: readonly string[];
  readonly unknown: readonly string[];
  readonly alreadyStated: readonly string[];
}

/**
 * Reconciles a partner's statement with the welfare centre's own records of redeemed cheques.
 *
 * @example
 * reconcileStatement({ statement, records, alreadyStated: new Set() });
 * // { balanced: false, matched: ['K7QM3XRT9PH'], mismatched: [], missing: ['AB23CD45EF2'], unknown: [], alreadyStated: [] }
 */
export function reconcileStatement({
  statement,
  records,
  alreadyStated,
}: {
  statement: Pick<MonthlyStatement, 'month' | 'lines'>;
  records: readonly WelfareRedemptionRecord[];
  /** Codes already on another statement. */
  alreadyStated: ReadonlySet<string>;
}): Reconciliation {
  const byCode = new Map(records.map((record) => [record.chequeCode, record]));
  const onStatement = new Set<string>();
  const matched: string[] = [];
  const mismatched: { chequeCode: string; fields: ('date' | 'minutes')[] }[] = [];
  const unknown: string[] = [];
  const stated: string[] = [];
  for (const line of statement.lines) {
    if (onStatement.has(line.chequeCode) || alreadyStated.has(line.chequeCode)) {
      stated.push(line.chequeCode);
      continue;
    }
    onStatement.add(line.chequeCode);
    const record = byCode.get(line.chequeCode);
    if (!record) {
      unknown.push(line.chequeCode);
      continue;
    }
    const fields: ('date' | 'minutes')[] = [];
    if (record.date !== line.date) fields.push('date');
    if (record.minutes !== line.minutes) fields.push('minutes');
    if (fields.length === 0) matched.push(line.chequeCode);
    else mismatched.push({ chequeCode: line.chequeCode, fields });
  }
  const missing = records
    .filter(
      (record) =>
        record.date.startsWith(`${statement.month}-`) &&
        !onStatement.has(record.chequeCode) &&
        !alreadyStated.has(record.chequeCode),
    )
    .map((record) => record.chequeCode);
  return {
    balanced: mismatched.length === 0 && missing.length === 0 && unknown.length === 0 && stated.length === 0,
    matched,
    mismatched,
    missing,
    unknown,
    alreadyStated: stated,
  };
}

import { writeFileSync } from 'node:fs';

/**
 * What `pnpm bench:smoke` holds each endpoint to. Every limit is relative to what the same run
 * measured, so a slow or busy machine does not fail them; they catch gross regressions only:
 * - `statements`: the SQL statements one request sends (pg_stat_statements, top level). Deterministic,
 *   so an N+1 (a query per row) fails it however fast the machine is. About 1.5 to 2x today's count.
 * - latency, at one connection: p50 <= k x the request's own SQL time (PostgreSQL's execution time
 *   plus one measured round trip per statement) + c ms, and p95 <= k x SQL time + P95_EXTRA_MS. The
 *   median holds steady when other work shares the CPU; the 95th percentile does not (it tripled
 *   between two runs at load average 2 and 15), so it only has to stay out of seconds. c is at least
 *   twice the worst p50 measured while other test suites ran on the same 2 cores
 *   (docs/performance.md), so only a change in kind trips them.
 */
export type EndpointBudget = { statements: number; k: number; c: number };

export const P95_EXTRA_MS = 1_000;

export const SMOKE_BUDGETS: Record<string, EndpointBudget> = {
  'client-search': { statements: 18, k: 10, c: 200 },
  'client-page': { statements: 36, k: 10, c: 250 },
  'student-visits': { statements: 9, k: 10, c: 200 },
  'teacher-sessions': { statements: 8, k: 10, c: 200 },
  'teacher-attendance': { statements: 10, k: 10, c: 200 },
  'mark-attendance': { statements: 16, k: 10, c: 250 },
  // A redemption's round trips are the bar of sustained redemptions: held at today's count (10.3 with
  // the session's; 13 before the write and its visit became one statement and the answer was built
  // from the cheque already read).
  redeem: { statements: 12, k: 10, c: 300 },
  dashboard: { statements: 16, k: 10, c: 250 },
};

export const PORTAL_BUDGET_BYTES = 60 * 1024;

/** One pass/fail line of the smoke run; the test summary counts them like tests. */
export type BudgetCheck = { name: string; ok: boolean; detail: string };

export function checkEndpoint({
  key,
  label,
  p50,
  p95,
  errors,
  sqlMs,
  statements,
}: {
  key: string;
  label: string;
  p50: number;
  p95: number;
  errors: number;
  sqlMs: number;
  statements: number;
}): BudgetCheck[] {
  const budget = SMOKE_BUDGETS[key];
  if (!budget) return [];
  const p50Limit = budget.k * sqlMs + budget.c;
  const p95Limit = budget.k * sqlMs + P95_EXTRA_MS;
  const r = (value: number) => Math.round(value * 100) / 100;
  return [
    {
      name: `${label}: statements per request`,
      ok: statements <= budget.statements,
      detail: `${r(statements)} (budget ${budget.statements})`,
    },
    {
      name: `${label}: latency vs its SQL`,
      ok: p50 <= p50Limit && p95 <= p95Limit && errors === 0,
      detail: `p50 ${r(p50)} ms (budget ${budget.k} x ${r(sqlMs)} ms SQL + ${budget.c} ms = ${r(p50Limit)} ms), p95 ${r(p95)} ms (budget ${r(p95Limit)} ms)${errors ? `; ${errors} errors` : ''}`,
    },
  ];
}

/** The checks as a small JSON report for `tooling/scripts/test-summary.mjs`. */
export function writeChecksReport({ file, checks }: { file: string; checks: BudgetCheck[] }) {
  const failed = checks.filter((check) => !check.ok).length;
  writeFileSync(
    file,
    `${JSON.stringify({ kind: 'bench-smoke', passed: checks.length - failed, failed, checks }, null, 2)}\n`,
  );
}

// Sums the JSON reports of vitest, Playwright and the performance budgets into the one line CI reads:
// "N passed, N failed". A report that is missing or unreadable counts as a failure.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

let passed = 0;
let failed = 0;
let skipped = 0;
// The names of the failing tests, printed just above the totals so the tail of a CI log says which.
const failures = [];

function firstLine(text) {
  // Strips terminal colours and keeps the first non-empty line, cut to a readable length.
  const line = stripVTControlCharacters(String(text ?? ''))
    .split('\n')
    .find((l) => l.trim());
  return (line ?? '').trim().slice(0, 300);
}

function unexpectedPlaywrightTests(suites, titles) {
  const found = [];
  for (const suite of suites) {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.at(-1);
        found.push(
          `[${test.projectName}] ${[...path, spec.title].join(' › ')} (${spec.file}:${spec.line}): ${firstLine(last?.error?.message)}`,
        );
      }
    }
    found.push(...unexpectedPlaywrightTests(suite.suites ?? [], path));
  }
  return found;
}

function read(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// Steps that failed without a failing test (type check, lint, a coverage threshold)
// still count, so the totals line never says 0 failed for a red run.
const failedSteps = (process.env.FAILED_STEPS ?? '').split(' ').filter(Boolean);
const files = process.argv.slice(2);

for (const file of files) {
  const report = read(file);
  if (!report) {
    console.error(`No readable report at ${file}: counted as one failure.`);
    failed += 1;
    continue;
  }
  if (typeof report.numPassedTests === 'number') {
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTests ?? 0);
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // Suites that failed to load report no tests of their own.
    for (const suite of report.testResults ?? []) {
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
        failed += 1;
        failures.push(`${relative(process.cwd(), suite.name)}: did not load: ${firstLine(suite.message)}`);
      }
      for (const test of suite.assertionResults ?? []) {
        if (test.status === 'failed') {
          // vitest's report keeps only the stack of a timeout, so the time taken says what happened.
          const seconds = `${((test.duration ?? 0) / 1000).toFixed(1)} s`;
          failures.push(
            `${relative(process.cwd(), suite.name)} › ${test.fullName} (${seconds}): ${firstLine(test.failureMessages?.[0])}`,
          );
        }
      }
    }
    if (failedSteps.includes('vitest') && report.numFailedTests === 0) {
      console.error('vitest exited non-zero with no failing test (e.g. a coverage threshold): one failure.');
      failed += 1;
    }
  } else if (report.stats && typeof report.stats.expected === 'number') {
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped ?? 0;
    failed += (report.errors ?? []).length;
    for (const error of report.errors ?? []) failures.push(`Playwright: ${firstLine(error.message)}`);
    failures.push(...unexpectedPlaywrightTests(report.suites ?? [], []));
    if (
      failedSteps.includes('playwright') &&
      report.stats.unexpected === 0 &&
      !(report.errors ?? []).length
    ) {
      failed += 1;
    }
  } else if (
    ['bench-smoke', 'failover-drill', 'openapi-lint'].includes(report.kind) &&
    Array.isArray(report.checks)
  ) {
    // The performance budgets of `pnpm bench:smoke`, the bars of `pnpm drill:failover --short` and
    // the linters of `pnpm lint:openapi`: each budget, bar or linter counts as one test.
    const failedChecks = report.checks.filter((check) => !check.ok);
    passed += report.checks.length - failedChecks.length;
    failed += failedChecks.length;
    const label = report.kind === 'openapi-lint' ? 'Failed' : 'Budget missed';
    for (const check of failedChecks) console.error(`${label}: ${check.name}: ${check.detail}`);
    if (failedSteps.includes(report.kind) && failedChecks.length === 0) failed += 1;
  } else {
    console.error(`Unknown report format in ${file}: counted as one failure.`);
    failed += 1;
  }
}

for (const step of failedSteps.filter(
  (s) => !['vitest', 'playwright', 'bench-smoke', 'failover-drill', 'openapi-lint'].includes(s),
)) {
  console.error(`The ${step} step failed: one failure.`);
  failed += 1;
}

if (failures.length) {
  console.log(`Failing tests (${failures.length}):`);
  for (const failure of failures) console.log(`  ${failure}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

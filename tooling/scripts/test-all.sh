#!/usr/bin/env bash
# The whole test suite from a fresh clone: system packages, install, build, static checks,
# unit + API (PGlite and a throwaway PostgreSQL) + browser tests, the performance budgets, then one
# totals line.
set -uo pipefail
cd "$(dirname "$0")/../.."
export TZ=UTC TURBO_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

PNPM_VERSION=10.34.9
failed_steps=()
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "System packages (Chromium, PostgreSQL, pg_auto_failover, poppler)"
bash tooling/scripts/install-system-deps.sh || { echo "Could not install the system packages." >&2; exit 1; }

step "pnpm $PNPM_VERSION and dependencies"
if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null || { echo "Could not install pnpm." >&2; exit 1; }
fi
pnpm install --frozen-lockfile || { echo "pnpm install failed." >&2; exit 1; }

step "Build"
pnpm turbo run build --output-logs=errors-only || { echo "The build failed." >&2; exit 1; }

step "Type check and lint"
pnpm turbo run typecheck --output-logs=errors-only || failed_steps+=("typecheck")
pnpm exec biome check . || failed_steps+=("lint")

rm -rf test-results && mkdir -p test-results

step "OpenAPI contract lint (Redocly recommended, Spectral spectral:oas, apps/api/openapi-lint.allowlist.json)"
node tooling/scripts/lint-openapi.mjs || failed_steps+=("openapi-lint")

step "Unit and API tests (vitest: PGlite and PostgreSQL)"
pnpm exec vitest run --coverage --reporter=default --reporter=json --outputFile.json=test-results/vitest.json \
  || failed_steps+=("vitest")

step "Browser tests (Playwright in Debian's Chromium)"
pnpm exec playwright test || failed_steps+=("playwright")

step "Performance budgets (bench:smoke on the gent data, its own PostgreSQL)"
pnpm bench:smoke --report test-results/bench-smoke.json || failed_steps+=("bench-smoke")

step "Failover drill, short (pg_auto_failover: the primary killed once, every acknowledged write counted)"
pnpm drill:failover --short --report test-results/failover-drill.json || failed_steps+=("failover-drill")

step "Totals"
FAILED_STEPS="${failed_steps[*]:-}" node tooling/scripts/test-summary.mjs test-results/vitest.json test-results/playwright.json test-results/bench-smoke.json test-results/failover-drill.json test-results/openapi-lint.json
summary_status=$?
[ ${#failed_steps[@]} -eq 0 ] || exit 1
exit $summary_status

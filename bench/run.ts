// `pnpm bench [--size gent|flanders] [--runs 3] [--duration 5]` and `pnpm bench:smoke`: see docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_SIZES, loadGeneratedData } from '@digipakket/api/data-generator';
import { measureBatches } from './lib/batches';
import { type BudgetCheck, PORTAL_BUDGET_BYTES, writeChecksReport } from './lib/budgets';
import { type Deployment, startDeployment } from './lib/deployment';
import { measureBare, measureEndpoints, measureRoundTrip, RAW_CONNECTIONS } from './lib/endpoints';
import {
  type BenchOptions,
  createFigures,
  type RecordFigure,
  readOptions,
  round,
  selectedBatches,
} from './lib/options';
import { ROOT } from './lib/processes';
import { measureReminders } from './lib/reminders';
import { type Figure, machineInfo, writeDocTable, writeResults } from './lib/results';
import {
  measureStartup,
  measureWelcomePack,
  PORTALS,
  portalFirstLoadBytes,
  portalsBuilt,
} from './lib/static-figures';
import { PASSWORD, readSubjects } from './lib/subjects';
import { endpointTargets } from './lib/targets';

const SMOKE_REMINDERS = 300;
const SMOKE_REMINDERS_BUDGET_MS = 15_000;

function ensureBuilt() {
  if (existsSync(join(ROOT, 'apps/api/dist/server.js')) && portalsBuilt()) return;
  process.stdout.write('Building (apps/api/dist or a portal dist is missing)…\n');
  const build = spawnSync('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('the build failed');
}

function measurePortalBundles({ record }: { record: RecordFigure }) {
  for (const portal of PORTALS) {
    const { gzipped, files } = portalFirstLoadBytes({ portal });
    record({
      name: `${portal} first-load JS (gzip)`,
      value: round(gzipped / 1024, 1),
      unit: 'KB',
      bar: '<= 60 KB',
      ok: gzipped <= PORTAL_BUDGET_BYTES,
      note: files.join(' + '),
    });
  }
}

/** The portals' bundle figures as smoke budgets. */
function portalChecks({ figures }: { figures: Figure[] }): BudgetCheck[] {
  return figures
    .filter((figure) => figure.name.endsWith('first-load JS (gzip)'))
    .map((figure) => ({
      name: figure.name,
      ok: figure.ok === true,
      detail: `${figure.value} KB (budget 60 KB)`,
    }));
}

async function generateData({
  options,
  deployment,
  record,
}: {
  options: BenchOptions;
  deployment: Deployment;
  record: RecordFigure;
}) {
  const { smoke, size } = options;
  const base = DATA_SIZES[smoke ? 'gent' : size];
  const shape = { ...base, clientsPerTenant: options.clientsPerTenant ?? base.clientsPerTenant };
  process.stdout.write(`Generating ${shape.tenants} x ${shape.clientsPerTenant} clients…\n`);
  const load = await loadGeneratedData({
    url: deployment.pgUrl,
    seed: 1,
    tenants: shape.tenants,
    clientsPerTenant: shape.clientsPerTenant,
    today: new Date().toISOString().slice(0, 10),
    password: PASSWORD,
    deferIndexes: shape.tenants * shape.clientsPerTenant >= 100_000,
    onStep: (message) => process.stdout.write(`  ${message}\n`),
    onProgress: (p) =>
      process.stdout.write(
        `  ${p.tenantsDone}/${p.tenants} tenants, ${p.rows.toLocaleString('en')} rows, ${Math.round(p.rowsPerSecond).toLocaleString('en')} rows/s\n`,
      ),
  });
  // The bench measures the requests of users already signed in, with their password: production
  // asks the welfare roles for a second factor by default, so the generated centres turn it off.
  await deployment.sql`update tenants set second_factor_required = false`;
  record({
    name: `data generator: ${shape.tenants} x ${shape.clientsPerTenant} clients (${load.rows.toLocaleString('en')} rows)`,
    value: round(load.elapsedMs / 1000, 1),
    unit: 's',
    bar: size === 'flanders' && !smoke ? 'minutes' : null,
    ok: null,
    note: `${Math.round(load.rows / (load.elapsedMs / 1000)).toLocaleString('en')} rows/s`,
  });
}

/** The API's start-up on the generated data (with its first signal sweep), then the API left serving without it. */
async function startMeasuredApi({ deployment, record }: { deployment: Deployment; record: RecordFigure }) {
  const first = await deployment.startApi({ sweep: true });
  record({
    name: 'API start-up on this data set (migrations checked; the first signal sweep runs after) to /api/health',
    value: round(first.ms / 1000, 1),
    unit: 's',
    bar: null,
    ok: null,
  });
  await first.api.stop();
  const { api } = await deployment.startApi({ sweep: false });
  deployment.servers.push(api);
  return api;
}

/** Everything measured against the throwaway PostgreSQL: data, start-up, endpoints, batches. */
async function measureOnDeployment({
  options,
  deployment,
  figures,
  record,
}: {
  options: BenchOptions;
  deployment: Deployment;
  figures: Figure[];
  record: RecordFigure;
}): Promise<BudgetCheck[]> {
  const { sql, servers, baseUrl } = deployment;
  await generateData({ options, deployment, record });
  await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;
  let batchApi = await startMeasuredApi({ deployment, record });
  const bareUrl = await deployment.startBareHono();
  const subjects = await readSubjects({ baseUrl, sql });
  const targets = endpointTargets({
    subjects,
    baseUrl,
    connectionLevels: options.connectionLevels,
    only: options.only,
  });

  const roundTripMs = await measureRoundTrip({ sql, record });
  // The same statements sent raw are the bar at 10 connections; a smoke run compares at its own level.
  const rawLevels = options.smoke ? options.connectionLevels : [RAW_CONNECTIONS];
  // The bare Hono hello only gives context: what an empty request costs on this machine.
  await measureBare({ bareUrl, options, connectionLevels: targets.length > 0 ? rawLevels : [], record });
  const checks = portalChecks({ figures });
  await measureEndpoints({
    targets,
    run: {
      baseUrl,
      sql,
      options,
      record,
      checks,
      roundTripMs,
      apiPid: batchApi.child.pid!,
      raw: {
        logFile: deployment.logFile,
        url: deployment.appUrl ?? deployment.pgUrl,
        user: new URL(deployment.appUrl ?? deployment.pgUrl).username,
        studentEmail: subjects.accounts.students[0]!,
      },
      rawLevels,
    },
  });

  // Each batch measurement gets an API process of its own, so its memory starts from a fresh
  // process's and not from what the previous measurement left in the heap.
  const freshApi = async ({ processes = 1 }: { processes?: number } = {}) => {
    await batchApi.stop();
    servers.splice(servers.indexOf(batchApi), 1);
    ({ api: batchApi } = await deployment.startApi({ sweep: false, processes }));
    servers.push(batchApi);
    return { apiPid: batchApi.child.pid! };
  };
  await measureBatches({
    batches: selectedBatches(options),
    run: { deployment, subjects, record, freshApi, runs: options.runs },
  });
  if (options.smoke) {
    // A short wave: the outbox, the sender and the gateway still work together, in seconds.
    const reminders = await measureReminders({
      deployment,
      record,
      count: SMOKE_REMINDERS,
      runs: 1,
      barMs: SMOKE_REMINDERS_BUDGET_MS,
    });
    checks.push({
      name: `${SMOKE_REMINDERS} SMS reminders through the gateway`,
      ok: reminders.ms < SMOKE_REMINDERS_BUDGET_MS && reminders.once,
      detail: `${round(reminders.ms / 1000, 1)} s (budget ${SMOKE_REMINDERS_BUDGET_MS / 1000} s), each sent once: ${reminders.once}`,
    });
  }
  return checks;
}

/** The figures taken without a database: the welcome pack's render time and `pnpm start` on PGlite. */
async function measureStandalone({ record }: { record: RecordFigure }) {
  const pdf = await measureWelcomePack({ runs: 10 });
  record({
    name: 'welcome pack PDF render (Arabic sample, median of 10)',
    value: round(pdf.medianMs, 0),
    unit: 'ms',
    bar: '< 300 ms',
    ok: pdf.medianMs < 300,
    note: `${Math.round(pdf.bytes / 1024)} KB`,
  });
  const startup = await measureStartup({ runs: 3 });
  record({
    name: '`pnpm start` on PGlite to /api/health 200 (median of 3)',
    value: round(startup.medianMs / 1000, 1),
    unit: 's',
    bar: '< 10 s',
    ok: startup.medianMs < 10_000,
    note: startup.times.map((ms) => `${round(ms / 1000, 1)} s`).join(', '),
  });
}

/** Writes the results (and the docs table on a full run); on a smoke run, judges the budgets. */
function finish({
  options,
  figures,
  machine,
  checks,
  started,
}: {
  options: BenchOptions;
  figures: Figure[];
  machine: ReturnType<typeof machineInfo>;
  checks: BudgetCheck[];
  started: number;
}) {
  const { smoke, size, only } = options;
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const name = smoke ? 'smoke' : only ? `${size}-only` : size;
  writeResults({
    file: join(ROOT, `bench/results/${name}.json`),
    size: smoke ? 'smoke (gent)' : size,
    figures,
    machine,
  });
  if (!smoke && !only && !options.noDocs) {
    writeDocTable({ file: join(ROOT, 'docs/performance.md'), size, figures, machine });
  }
  process.stdout.write(
    `\nResults in bench/results/${name}.json (${round((performance.now() - started) / 1000, 0)} s)\n`,
  );
  if (!smoke) return;
  for (const check of checks)
    process.stdout.write(`${check.ok ? ' ok ' : 'FAIL'} ${check.name}: ${check.detail}\n`);
  if (options.report) writeChecksReport({ file: options.report, checks });
  const failures = checks.filter((check) => !check.ok);
  if (failures.length > 0) {
    process.stderr.write(
      `bench:smoke failed ${failures.length} of ${checks.length} budgets:\n${failures.map((check) => `  - ${check.name}: ${check.detail}`).join('\n')}\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(`bench:smoke passed: ${checks.length} budgets hold.\n`);
  }
}

async function main() {
  const options = readOptions();
  const { figures, record } = createFigures();
  const started = performance.now();
  const machine = machineInfo();
  process.stdout.write(
    `Digipakket benchmark (${options.smoke ? 'smoke' : 'full'}, data set ${options.size}) on ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}\n`,
  );
  ensureBuilt();
  measurePortalBundles({ record });
  const deployment = await startDeployment({ apiNodeArgs: options.apiNodeArgs });
  try {
    const checks = await measureOnDeployment({ options, deployment, figures, record });
    await deployment.stopServers();
    if (!options.smoke && !options.only) await measureStandalone({ record });
    finish({ options, figures, machine, checks, started });
  } finally {
    await deployment.close();
  }
}

main().catch((error) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});

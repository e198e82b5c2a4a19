// `pnpm bench [--size gent|flanders] [--runs 3] [--duration 5]` and `pnpm bench:smoke`: see docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type Postgres from '../apps/api/node_modules/postgres';
import { openDatabase } from '../apps/api/src/ground/database/database';
import { readDeploymentFigures } from '../apps/api/src/read-models/dashboard/dashboard.deployment.repository';
import { DATA_SIZES, type DataSize } from '../apps/api/src/roof/data-generator/data-generator';
import { loadGeneratedData } from '../apps/api/src/roof/data-generator/data-generator.load';
import { benchAccounts } from '../apps/api/src/roof/data-generator/data-generator.tenant';
import { startThrowawayPostgres } from '../tooling/scripts/pg-throwaway.mjs';
import { type BudgetCheck, checkEndpoint, PORTAL_BUDGET_BYTES, writeChecksReport } from './lib/budgets';
import { makeImportCsv, measureImport } from './lib/import';
import { lighthouseFigures, measureLighthouse, portalMainPages } from './lib/lighthouse';
import { type LoadFigures, type LoadRequest, median, medianOfRuns, runLoad } from './lib/load';
import { megabytes, residentBytes } from './lib/memory';
import { measurePackBatch } from './lib/packs';
import { freePort, ROOT, startProcess, waitForOk } from './lib/processes';
import { measureSustainedRedemptions } from './lib/redeem-sustained';
import { type Figure, machineInfo, printFigure, writeDocTable, writeResults } from './lib/results';
import {
  measureStartup,
  measureWelcomePack,
  PORTALS,
  portalFirstLoadBytes,
  portalsBuilt,
} from './lib/static-figures';

// postgres.js is the API's dependency; the benchmark uses the very same copy.
const postgres = createRequire(join(ROOT, 'apps/api/package.json'))('postgres') as typeof Postgres;

const PASSWORD = 'bench-password-1';
/** The batch measurements (full run only, or by `--only`), each run once (Lighthouse: 3 runs per page). */
const BATCH_KEYS = ['import', 'packs', 'redeem-sustained', 'lighthouse', 'figures'] as const;
const IMPORT_SIZES = [3000, 100_000];
const WAVE_SIZE = 3000;
const SUSTAINED = { connections: 10, durationSeconds: 10 };

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'gent' },
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    'clients-per-tenant': { type: 'string' },
    only: { type: 'string' },
    report: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
    /** Node options for the API process, e.g. `--api-node-args="--cpu-prof --cpu-prof-dir=/tmp/prof"` to profile it. */
    'api-node-args': { type: 'string' },
  },
});
const smoke = values.smoke;
if (!(values.size in DATA_SIZES)) throw new Error(`--size must be gent or flanders, got "${values.size}"`);
const size = values.size as DataSize;
const runs = Number(values.runs ?? (smoke ? 1 : 3));
const durationSeconds = Number(values.duration ?? (smoke ? 2 : 5));
const connectionLevels = values.connections
  ? values.connections.split(',').map(Number)
  : smoke
    ? [1]
    : [1, 10, 50];
const figures: Figure[] = [];
const record = (figure: Figure) => {
  figures.push(figure);
  printFigure(figure);
};
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

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

async function login({ baseUrl, email }: { baseUrl: string; email: string }) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`login as ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { cookie };
}

function firstIdWithPrefix(value: unknown, prefix: string): string | undefined {
  if (typeof value === 'string') return value.startsWith(prefix) ? value : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstIdWithPrefix(item, prefix);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const found = firstIdWithPrefix(item, prefix);
      if (found) return found;
    }
  }
  return undefined;
}

function allIdsWithPrefix(value: unknown, prefix: string, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.startsWith(prefix)) out.add(value);
  else if (Array.isArray(value)) for (const item of value) allIdsWithPrefix(item, prefix, out);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) allIdsWithPrefix(item, prefix, out);
  return out;
}

type Target = {
  key: string;
  label: string;
  cookie: string;
  requests: LoadRequest[] | null;
  p95BarMs: number | null;
  missing?: string;
  /** Writes that use up their subjects run once per connection level, for this many requests. */
  amount?: number;
};

async function main() {
  const started = performance.now();
  const machine = machineInfo();
  process.stdout.write(
    `Digipakket benchmark (${smoke ? 'smoke' : 'full'}, data set ${size}) on ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}\n`,
  );
  ensureBuilt();

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

  const pg = await startThrowawayPostgres({
    // Top-level statements only: what the API sends; foreign-key checks and policy functions run
    // inside them, and their time is part of the statement's own.
    settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'top' },
  });
  const appUrl = (pg as { appUrl?: string }).appUrl;
  const documentsDir = mkdtempSync(join(tmpdir(), 'digipakket-bench-documents-'));
  const servers: { stop: () => Promise<void> }[] = [];
  const sql = postgres(pg.url, { max: 4, onnotice: () => {} });
  try {
    const base = DATA_SIZES[smoke ? 'gent' : size];
    const shape = {
      ...base,
      clientsPerTenant: Number(values['clients-per-tenant'] ?? base.clientsPerTenant),
    };
    process.stdout.write(`Generating ${shape.tenants} x ${shape.clientsPerTenant} clients…\n`);
    const load = await loadGeneratedData({
      url: pg.url,
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
    record({
      name: `data generator: ${shape.tenants} x ${shape.clientsPerTenant} clients (${load.rows.toLocaleString('en')} rows)`,
      value: round(load.elapsedMs / 1000, 1),
      unit: 's',
      bar: size === 'flanders' && !smoke ? 'minutes' : null,
      ok: null,
      note: `${Math.round(load.rows / (load.elapsedMs / 1000)).toLocaleString('en')} rows/s`,
    });
    await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;

    const apiPort = await freePort();
    const baseUrl = `http://127.0.0.1:${apiPort}`;
    const startApi = async ({ sweep }: { sweep: boolean }) => {
      const api = startProcess({
        command: process.execPath,
        args: [
          ...(values['api-node-args']?.split(' ').filter(Boolean) ?? []),
          join(ROOT, 'apps/api/dist/server.js'),
        ],
        env: {
          NODE_ENV: 'production',
          // The API connects as the application role when the throwaway cluster has one (row-level
          // security applies to it), and migrates as the owner.
          ...(appUrl ? { DATABASE_URL: appUrl, DATABASE_OWNER_URL: pg.url } : { DATABASE_URL: pg.url }),
          PORT: String(apiPort),
          PUBLIC_URL: baseUrl,
          DEMO_DATA: 'never',
          DOCUMENTS_DIR: documentsDir,
          LOG_LEVEL: 'info',
          // The background follow-up sweep is measured on its own (start-up below); the request
          // figures are taken without it so they measure the requests.
          SIGNAL_SWEEP_INTERVAL_SECONDS: sweep ? '5' : '0',
        },
      });
      const ms = await waitForOk({
        url: `${baseUrl}/api/health`,
        timeoutMs: 30 * 60_000,
        child: api.child,
      }).catch((error) => {
        throw new Error(`${error instanceof Error ? error.message : error}\n${api.stderr()}`);
      });
      return { api, ms };
    };
    const first = await startApi({ sweep: true });
    record({
      name: 'API start-up on this data set (migrations checked; the first signal sweep runs after) to /api/health',
      value: round(first.ms / 1000, 1),
      unit: 's',
      bar: null,
      ok: null,
    });
    await first.api.stop();
    const { api } = await startApi({ sweep: false });
    servers.push(api);

    const barePort = await freePort();
    const bare = startProcess({
      command: process.execPath,
      args: [join(ROOT, 'bench/bare-hono.mjs'), String(barePort)],
      env: {},
    });
    servers.push(bare);
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await waitForOk({ url: `${bareUrl}/hello`, timeoutMs: 30_000, child: bare.child });

    const openapi = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const paths = Object.keys(openapi.paths);
    const has = (pattern: RegExp, method = 'get') =>
      paths.find((path) => pattern.test(path) && method in (openapi.paths[path] ?? {}));

    const accounts = benchAccounts({ tenantIndex: 0 });
    const socialWorker = await login({ baseUrl, email: accounts.socialWorkers[0]! });
    const student = await login({ baseUrl, email: accounts.students[0]! });
    const teacher = await login({ baseUrl, email: accounts.teachers[0]! });
    const projectLead = await login({ baseUrl, email: accounts.projectLead });

    const list = await (
      await fetch(`${baseUrl}/api/clients?limit=100`, { headers: { cookie: socialWorker.cookie } })
    ).json();
    const clientIds = [...allIdsWithPrefix(list, 'cli_')].slice(0, 50);
    const sessionsMine = await (
      await fetch(`${baseUrl}/api/training/sessions/mine`, { headers: { cookie: teacher.cookie } })
    )
      .json()
      .catch(() => null);
    const sessionId = firstIdWithPrefix(sessionsMine, 'cse_');

    const writeHeaders = { origin: baseUrl, 'content-type': 'application/json' };
    // Marks may be set from the session day until 7 days after: sessions of the last week.
    const markable = await sql<{ sessionId: string; enrolmentId: string }[]>`
      SELECT s.id AS "sessionId", e.id AS "enrolmentId"
      FROM course_sessions s
      JOIN course_groups g ON g.id = s.group_id
      JOIN users u ON u.id = g.teacher_user_id
      JOIN enrolments e ON e.group_id = g.id AND e.status = 'enrolled'
      WHERE u.email = ${accounts.teachers[0]!} AND s.date BETWEEN current_date - 6 AND current_date AND s.cancelled_at IS NULL
      ORDER BY s.date DESC, e.id LIMIT 40`;
    // Cheques the student may redeem: their partner's installation cheques not planned with anyone.
    const redeemable = await sql<{ code: string }[]>`
      SELECT c.code FROM cheques c
      JOIN users u ON u.organisation_id = c.home_help_org_id AND u.email = ${accounts.students[0]!}
      WHERE c.purpose = 'installation' AND c.status IN ('issued', 'requested') AND c.valid_until >= current_date
      ORDER BY c.id`;
    let nextCode = 0;
    const today = new Date().toISOString().slice(0, 10);

    const overview = has(/^\/api\/clients\/\{id\}\/overview$/);
    const attendanceList = has(/^\/api\/training\/sessions\/\{id\}\/attendance$/);
    const markAttendance = has(/attendance/, 'put') ?? has(/attendance/, 'post');
    const redeem = has(/redeem/, 'post');
    const dashboard = paths.find(
      (path) => /dashboard/.test(path) && !/\{/.test(path) && 'get' in (openapi.paths[path] ?? {}),
    );

    const targets: Target[] = [
      {
        key: 'client-search',
        label: 'client search',
        cookie: socialWorker.cookie,
        p95BarMs: 20,
        requests: ['peeters', 'yilmas', 'kovalenko', 'el amrani', 'nowak', 'dubios', 'petrov', 'sultani'].map(
          (q) => ({
            path: `/api/clients?q=${encodeURIComponent(q)}`,
          }),
        ),
      },
      {
        key: 'client-page',
        label: `client page (${overview ? 'GET /api/clients/:id/overview' : 'GET /api/clients/:id'})`,
        cookie: socialWorker.cookie,
        p95BarMs: 25,
        requests: clientIds.map((id) => ({
          path: overview ? `/api/clients/${id}/overview` : `/api/clients/${id}`,
        })),
      },
      {
        key: 'student-visits',
        label: "student's visit list",
        cookie: student.cookie,
        p95BarMs: 15,
        requests: [{ path: '/api/visits/mine' }],
      },
      {
        key: 'teacher-sessions',
        label: "teacher's session list",
        cookie: teacher.cookie,
        p95BarMs: 15,
        requests: [{ path: '/api/training/sessions/mine' }],
      },
      {
        key: 'teacher-attendance',
        label: "teacher's attendance list",
        cookie: teacher.cookie,
        p95BarMs: 15,
        requests: attendanceList && sessionId ? [{ path: attendanceList.replace('{id}', sessionId) }] : null,
        missing: attendanceList ? 'no session of the teacher found' : 'not available yet',
      },
      {
        key: 'mark-attendance',
        label: 'mark attendance',
        cookie: teacher.cookie,
        p95BarMs: 15,
        requests:
          markAttendance && markable.length > 0
            ? markable.map(({ sessionId: session, enrolmentId }, n) => ({
                method: 'PUT',
                path: markAttendance.replace('{id}', session).replace('{enrolmentId}', enrolmentId),
                headers: writeHeaders,
                body: JSON.stringify({ status: n % 5 === 0 ? 'late' : 'present' }),
              }))
            : null,
        missing: markAttendance ? 'no session of the last week to mark' : 'not available yet',
      },
      {
        key: 'redeem',
        label: 'redeem a cheque',
        cookie: student.cookie,
        p95BarMs: 15,
        requests:
          redeem && redeemable.length > 0
            ? [
                {
                  method: 'POST',
                  path: redeem,
                  headers: writeHeaders,
                  setupRequest: (request) => {
                    const code = redeemable[nextCode % redeemable.length]!.code;
                    nextCode += 1;
                    return {
                      ...request,
                      headers: { ...writeHeaders, 'idempotency-key': `bench-${nextCode}-${code}` },
                      body: JSON.stringify({
                        code,
                        minutes: 60,
                        topics: ['installed_laptop', 'wifi'],
                        needsFollowUp: false,
                        visitedOn: today,
                      }),
                    };
                  },
                },
              ]
            : null,
        // The probe before the load redeems one code; each level then gets its own share of the rest,
        // so no code is redeemed twice (a second redemption is a 409, not a measurement).
        amount: Math.max(
          Math.max(...connectionLevels),
          Math.floor((redeemable.length - 1) / connectionLevels.length),
        ),
        missing: redeem ? 'no redeemable cheque for the student' : 'not available yet',
      },
      {
        key: 'dashboard',
        label: `project-lead dashboard${dashboard ? ` (${dashboard})` : ''}`,
        cookie: projectLead.cookie,
        p95BarMs: 100,
        requests: dashboard ? [{ path: dashboard }] : null,
        missing: 'not available yet',
      },
    ];
    const keys = values.only?.split(',');
    const selected = keys ? targets.filter((target) => keys.includes(target.key)) : targets;
    const batches = BATCH_KEYS.filter((key) => (keys ? keys.includes(key) : !smoke));

    const roundTrips: number[] = [];
    for (let n = 0; n < 300; n += 1) {
      const t0 = performance.now();
      await sql`SELECT 1`;
      roundTrips.push(performance.now() - t0);
    }
    const roundTripMs = median(roundTrips);
    record({
      name: 'PostgreSQL round trip (SELECT 1 via postgres.js)',
      value: round(roundTripMs, 3),
      unit: 'ms',
      bar: null,
      ok: null,
    });

    const bareByConnections = new Map<number, LoadFigures>();
    // The bare figures are only the yardstick of the endpoints' throughput.
    for (const connections of selected.length > 0 ? connectionLevels : []) {
      const figuresBare = await medianOfRuns(runs, () =>
        runLoad({ baseUrl: bareUrl, connections, durationSeconds, requests: [{ path: '/hello' }] }),
      );
      bareByConnections.set(connections, figuresBare);
      record({
        name: `bare Hono hello, ${connections} conn: throughput`,
        value: round(figuresBare.rps, 0),
        unit: 'req/s',
        bar: null,
        ok: null,
        note: `p50 ${round(figuresBare.p50)} ms`,
      });
    }

    const checks: BudgetCheck[] = figures
      .filter((figure) => figure.name.endsWith('first-load JS (gzip)'))
      .map((figure) => ({
        name: figure.name,
        ok: figure.ok === true,
        detail: `${figure.value} KB (budget 60 KB)`,
      }));
    for (const target of selected) {
      if (!target.requests || target.requests.length === 0) {
        record({
          name: target.label,
          value: null,
          unit: 'ms',
          bar: target.p95BarMs ? `p95 < ${target.p95BarMs} ms` : null,
          ok: null,
          note: target.missing ?? 'not available yet',
        });
        if (smoke)
          checks.push({
            name: `${target.label}: measured`,
            ok: false,
            detail: target.missing ?? 'not available',
          });
        continue;
      }
      const first = target.requests[0]!;
      // Writes are not probed: a probe would use up a cheque or need its own body.
      const setup = first.setupRequest ? first.setupRequest(first) : first;
      const probe = await fetch(`${baseUrl}${setup.path}`, {
        method: setup.method ?? 'GET',
        headers: { cookie: target.cookie, ...setup.headers },
        ...(setup.body ? { body: setup.body } : {}),
      });
      if (!probe.ok) {
        const answer = (await probe.json().catch(() => null)) as { error?: { code?: string } } | null;
        record({
          name: target.label,
          value: null,
          unit: 'ms',
          bar: null,
          ok: false,
          note: `answers ${probe.status} ${answer?.error?.code ?? ''}`.trim(),
        });
        checks.push({
          name: `${target.label}: answers`,
          ok: false,
          detail: `${probe.status} ${answer?.error?.code ?? ''}`.trim(),
        });
        continue;
      }
      for (const connections of connectionLevels) {
        let dbMsPerRequest: number | undefined;
        let statementsPerRequest: number | undefined;
        const result = await medianOfRuns(target.amount ? 1 : runs, async () => {
          await sql`SELECT pg_stat_statements_reset()`;
          const figuresRun = await runLoad({
            baseUrl,
            connections,
            durationSeconds,
            requests: target.requests!,
            headers: { cookie: target.cookie },
            ...(target.amount ? { amount: target.amount } : {}),
          });
          const [stats] = await sql<{ calls: string; ms: number }[]>`
            SELECT coalesce(sum(calls), 0) AS calls, coalesce(sum(total_exec_time), 0)::float8 AS ms
            FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`;
          dbMsPerRequest = Number(stats?.ms ?? 0) / Math.max(1, figuresRun.requests);
          statementsPerRequest = Number(stats?.calls ?? 0) / Math.max(1, figuresRun.requests);
          return figuresRun;
        });
        const prefix = `${target.label}, ${connections} conn`;
        record({
          name: `${prefix}: p95`,
          value: round(result.p95),
          unit: 'ms',
          bar: target.p95BarMs ? `< ${target.p95BarMs} ms` : null,
          ok: target.p95BarMs ? result.p95 < target.p95BarMs && result.errors === 0 : null,
          note: `p50 ${round(result.p50)} ms, p99 ${round(result.p99)} ms${result.errors ? `, ${result.errors} errors` : ''}`,
        });
        const bareFigures = bareByConnections.get(connections)!;
        const share = result.rps / bareFigures.rps;
        record({
          name: `${prefix}: throughput vs bare Hono`,
          value: round(share * 100, 1),
          unit: '%',
          bar: '>= 40 %',
          ok: share >= 0.4,
          note: `${round(result.rps, 0)} req/s`,
        });
        if (dbMsPerRequest !== undefined && statementsPerRequest !== undefined) {
          const rawMs = dbMsPerRequest + statementsPerRequest * roundTripMs;
          const limit = 2 * rawMs + 1;
          const ok = result.p50 <= limit;
          record({
            name: `${prefix}: server p50 vs raw SQL`,
            value: round(result.p50 / Math.max(rawMs, 0.001), 1),
            unit: 'x',
            bar: '<= 2x SQL + 1 ms',
            ok,
            note: `SQL ${round(rawMs)} ms = ${round(statementsPerRequest, 1)} statements, ${round(dbMsPerRequest)} ms in PostgreSQL + round trips`,
          });
          if (smoke)
            checks.push(
              ...checkEndpoint({
                key: target.key,
                label: target.label,
                p50: result.p50,
                p95: result.p95,
                errors: result.errors,
                sqlMs: rawMs,
                statements: statementsPerRequest,
              }),
            );
        }
      }
    }

    // Each batch measurement gets an API process of its own, so its memory starts from a fresh
    // process's and not from what the previous measurement left in the heap.
    let batchApi = api;
    const freshApi = async () => {
      await batchApi.stop();
      servers.splice(servers.indexOf(batchApi), 1);
      ({ api: batchApi } = await startApi({ sweep: false }));
      servers.push(batchApi);
      return { apiPid: batchApi.child.pid! };
    };
    // Packs first: they read the generated data as generated, before the import adds 103,000 clients.
    if (batches.includes('packs')) {
      const { apiPid } = await freshApi();
      const wave = await sql<{ id: string }[]>`
        SELECT c.id FROM clients c
        JOIN organisations o ON o.tenant_id = c.tenant_id
        JOIN users u ON u.organisation_id = o.id AND u.email = ${accounts.socialWorkers[0]!}
        ORDER BY c.file_number LIMIT ${WAVE_SIZE}`;
      process.stdout.write(`Welcome packs of a wave of ${wave.length} clients…\n`);
      let printedAt = 0;
      const result = await measurePackBatch({
        baseUrl,
        cookie: socialWorker.cookie,
        clientIds: wave.map((client) => client.id),
        apiPid,
        documentsDir,
        onProgress: ({ processed, total, failed, elapsedMs }) => {
          if (elapsedMs - printedAt < 5000 && processed < total) return;
          printedAt = elapsedMs;
          process.stdout.write(
            `  packs: ${processed} / ${total} done${failed ? `, ${failed} failed` : ''}, ${round(elapsedMs / 1000, 0)} s\n`,
          );
        },
      });
      record({
        name: `welcome packs of a wave of ${result.total.toLocaleString('en')} (batch asked to finished)`,
        value: round(result.elapsedMs / 1000, 0),
        unit: 's',
        bar: '< 180 s on 2 cores',
        ok: result.elapsedMs < 180_000 && result.status === 'succeeded' && result.failed === 0,
        note: `${round(result.processed / (result.elapsedMs / 1000), 1)} packs/s, ${result.status}, ${result.failed} failed, ${result.pdfFiles} PDFs of ${Math.round(result.pdfBytes / Math.max(result.pdfFiles, 1) / 1024)} KB on average`,
      });
      const { startBytes, peakBytes, peakAfterFirstThirdBytes } = result.memory;
      const third = (peakAfterFirstThirdBytes ?? peakBytes) - startBytes;
      const growth = (peakBytes - startBytes) / Math.max(third, 2 ** 20);
      record({
        name: 'welcome packs of a wave: API peak RSS over idle',
        value: megabytes(peakBytes - startBytes),
        unit: 'MB',
        bar: 'bounded: the last 2/3 of the packs add < 50 %',
        ok: growth < 1.5,
        note: `idle ${megabytes(startBytes)} MB, +${megabytes(third)} MB after the first third, peak ${megabytes(peakBytes)} MB`,
      });
    }

    if (batches.includes('import')) {
      const { apiPid } = await freshApi();
      process.stdout.write('CSV import through the API as the welfare portal sends it…\n');
      // One part first, not measured, as a production API has run the import code before.
      const warmUp = makeImportCsv({ rows: 1000, prefix: 'BENCH-WARM-UP-', firstIndex: 0 });
      await measureImport({ baseUrl, cookie: socialWorker.cookie, csv: warmUp.csv, apiPid });
      const idleBytes = residentBytes({ pid: apiPid });
      const peaksOverIdle: number[] = [];
      let largeAfterThird = 0;
      let firstIndex = warmUp.fileNumbers.count;
      for (const rows of IMPORT_SIZES) {
        const { csv } = makeImportCsv({ rows, prefix: `BENCH-${rows}-`, firstIndex });
        firstIndex += rows;
        let printedAt = 0;
        const result = await measureImport({
          baseUrl,
          cookie: socialWorker.cookie,
          csv,
          apiPid,
          onProgress: ({ rowsDone, elapsedMs }) => {
            if (rows < 10_000 || elapsedMs - printedAt < 5000) return;
            printedAt = elapsedMs;
            process.stdout.write(
              `  import: ${rowsDone.toLocaleString('en')} / ${rows.toLocaleString('en')} rows, ${round(elapsedMs / 1000, 1)} s\n`,
            );
          },
        });
        const overIdle = result.memory.peakBytes - idleBytes;
        peaksOverIdle.push(overIdle);
        largeAfterThird = (result.memory.peakAfterFirstThirdBytes ?? result.memory.peakBytes) - idleBytes;
        const barMs = rows <= 3000 ? 3000 : 60_000;
        record({
          name: `CSV import of ${rows.toLocaleString('en')} rows (parts of 1000, one after the other)`,
          value: round(result.elapsedMs / 1000, 1),
          unit: 's',
          bar: `< ${barMs / 1000} s`,
          ok: result.elapsedMs < barMs && result.totals.create === rows,
          note: `${Math.round(rows / (result.elapsedMs / 1000)).toLocaleString('en')} rows/s, ${result.parts} requests, ${result.totals.create} created, ${result.totals.refused} refused; API peak RSS ${megabytes(result.memory.peakBytes)} MB`,
        });
      }
      const [small = 0, large = 0] = peaksOverIdle;
      const ratio = large / Math.max(small, 2 ** 20);
      const lastTwoThirds = large / Math.max(largeAfterThird, 2 ** 20);
      // Flat: once the import runs, more rows take no more memory. The 3k import needs so little
      // that a ratio to it says more about the 3k than about growth, so it is a note.
      record({
        name: 'CSV import memory: growth over the last 2/3 of the 100k import',
        value: round((lastTwoThirds - 1) * 100, 0),
        unit: '%',
        bar: 'flat: < 50 %',
        ok: lastTwoThirds < 1.5,
        note: `API idle ${megabytes(idleBytes)} MB; peak +${megabytes(small)} MB (3k), +${megabytes(largeAfterThird)} MB after a third of the 100k, +${megabytes(large)} MB (100k): ${round(ratio, 1)} x the 3k's`,
      });
    }

    if (batches.includes('redeem-sustained')) {
      process.stdout.write(
        `Sustained redemptions, ${SUSTAINED.connections} connections for ${SUSTAINED.durationSeconds} s…\n`,
      );
      const result = await measureSustainedRedemptions({
        baseUrl,
        cookie: student.cookie,
        sql,
        studentEmail: accounts.students[0]!,
        ...SUSTAINED,
        visitedOn: today,
      });
      record({
        name: `sustained redemptions with audit, ${SUSTAINED.connections} conn, ${SUSTAINED.durationSeconds} s`,
        value: round(result.redemptionsPerSecond, 0),
        unit: 'per s',
        bar: '>= 500 per s',
        ok: result.redemptionsPerSecond >= 500,
        note: `${result.successes} redeemed, ${result.errors} errors, p50 ${round(result.p50)} ms, p95 ${round(result.p95)} ms; ${round(result.statementsPerRequest, 1)} statements, ${round(result.databaseMsPerRequest)} ms in PostgreSQL per redemption; database sessions: ${result.sessionStates}`,
      });
      record({
        name: 'sustained redemptions: lost + doubled',
        value: result.lost + result.doubled,
        unit: 'cheques',
        digits: 0,
        bar: '0',
        ok: result.lost === 0 && result.doubled === 0,
        note: `lost ${result.lost}, doubled ${result.doubled}; ${result.visits} visit rows and ${result.auditRows} audit rows for ${result.successes} 2xx answers and ${result.inFlight} in flight at the deadline`,
      });
    }

    if (batches.includes('lighthouse')) {
      process.stdout.write("Lighthouse, each portal's main page as its user sees it…\n");
      const result = await measureLighthouse({
        baseUrl,
        pages: portalMainPages({
          cookies: { ocmw: socialWorker.cookie, beego: student.cookie, ligo: teacher.cookie },
        }),
        runs: 3,
      });
      for (const figure of lighthouseFigures(result)) record(figure);
    }

    if (batches.includes('figures')) {
      // The operator's figures of the whole deployment (`pnpm cli figures`), read as the API's role.
      const connection = await openDatabase({ url: appUrl ?? pg.url, poolSize: 6 });
      try {
        const times: number[] = [];
        let tenants = 0;
        for (let run = 0; run < 4; run += 1) {
          const t0 = performance.now();
          const figuresRead = await readDeploymentFigures({ db: connection.db });
          if (run > 0) times.push(performance.now() - t0);
          tenants = figuresRead.totals.tenants;
        }
        const ms = median(times);
        record({
          name: `deployment-wide figures (pnpm cli figures), ${tenants} centres, median of 3`,
          value: round(ms, 0),
          unit: 'ms',
          bar: '< 1000 ms',
          ok: ms < 1000,
          note: times.map((time) => `${round(time, 0)} ms`).join(', '),
        });
      } finally {
        await connection.close();
      }
    }

    await Promise.all(servers.map((server) => server.stop()));
    servers.length = 0;

    if (!smoke && !values.only) {
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

    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const name = smoke ? 'smoke' : values.only ? `${size}-only` : size;
    writeResults({
      file: join(ROOT, `bench/results/${name}.json`),
      size: smoke ? 'smoke (gent)' : size,
      figures,
      machine,
    });
    if (!smoke && !values.only && !values['no-docs']) {
      writeDocTable({ file: join(ROOT, 'docs/performance.md'), size, figures, machine });
    }
    process.stdout.write(
      `\nResults in bench/results/${name}.json (${round((performance.now() - started) / 1000, 0)} s)\n`,
    );
    if (smoke) {
      for (const check of checks)
        process.stdout.write(`${check.ok ? ' ok ' : 'FAIL'} ${check.name}: ${check.detail}\n`);
      if (values.report) writeChecksReport({ file: values.report, checks });
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
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await sql.end({ timeout: 5 });
    pg.stop();
    rmSync(documentsDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});

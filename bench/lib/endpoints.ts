import { type BudgetCheck, checkEndpoint } from './budgets';
import type { Sql } from './deployment';
import { type LoadFigures, median, medianOfRuns, runLoad } from './load';
import { type BenchOptions, type RecordFigure, round } from './options';
import type { Target } from './targets';

/** The median of 300 `SELECT 1`: what one statement costs before PostgreSQL does any work. */
export async function measureRoundTrip({ sql, record }: { sql: Sql; record: RecordFigure }) {
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
  return roundTripMs;
}

/** The bare Hono hello at each connection level: only the yardstick of the endpoints' throughput. */
export async function measureBare({
  bareUrl,
  options,
  connectionLevels,
  record,
}: {
  bareUrl: string;
  options: BenchOptions;
  connectionLevels: number[];
  record: RecordFigure;
}) {
  const bareByConnections = new Map<number, LoadFigures>();
  for (const connections of connectionLevels) {
    const figuresBare = await medianOfRuns(options.runs, () =>
      runLoad({
        baseUrl: bareUrl,
        connections,
        durationSeconds: options.durationSeconds,
        requests: [{ path: '/hello' }],
      }),
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
  return bareByConnections;
}

type EndpointRun = {
  baseUrl: string;
  sql: Sql;
  options: BenchOptions;
  record: RecordFigure;
  checks: BudgetCheck[];
  roundTripMs: number;
  bareByConnections: Map<number, LoadFigures>;
};

/** One request first: a target that does not answer 2xx is a failed figure, not a load run. */
async function probe({ target, run }: { target: Target; run: EndpointRun }): Promise<boolean> {
  const first = target.requests![0]!;
  // Writes are not probed: a probe would use up a cheque or need its own body.
  const setup = first.setupRequest ? first.setupRequest(first) : first;
  const answer = await fetch(`${run.baseUrl}${setup.path}`, {
    method: setup.method ?? 'GET',
    headers: { cookie: target.cookie, ...setup.headers },
    ...(setup.body ? { body: setup.body } : {}),
  });
  if (answer.ok) return true;
  const body = (await answer.json().catch(() => null)) as { error?: { code?: string } } | null;
  const detail = `${answer.status} ${body?.error?.code ?? ''}`.trim();
  run.record({
    name: target.label,
    value: null,
    unit: 'ms',
    bar: null,
    ok: false,
    note: `answers ${detail}`,
  });
  run.checks.push({ name: `${target.label}: answers`, ok: false, detail });
  return false;
}

/** A load run at one connection level, with the statements and time PostgreSQL spent on it. */
async function loadAtLevel({
  target,
  run,
  connections,
}: {
  target: Target;
  run: EndpointRun;
  connections: number;
}) {
  let dbMsPerRequest: number | undefined;
  let statementsPerRequest: number | undefined;
  const result = await medianOfRuns(target.amount ? 1 : run.options.runs, async () => {
    await run.sql`SELECT pg_stat_statements_reset()`;
    const figuresRun = await runLoad({
      baseUrl: run.baseUrl,
      connections,
      durationSeconds: run.options.durationSeconds,
      requests: target.requests!,
      headers: { cookie: target.cookie },
      ...(target.amount ? { amount: target.amount } : {}),
    });
    const [stats] = await run.sql<{ calls: string; ms: number }[]>`
      SELECT coalesce(sum(calls), 0) AS calls, coalesce(sum(total_exec_time), 0)::float8 AS ms
      FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'`;
    dbMsPerRequest = Number(stats?.ms ?? 0) / Math.max(1, figuresRun.requests);
    statementsPerRequest = Number(stats?.calls ?? 0) / Math.max(1, figuresRun.requests);
    return figuresRun;
  });
  return { result, dbMsPerRequest, statementsPerRequest };
}

async function measureLevel({
  target,
  run,
  connections,
}: {
  target: Target;
  run: EndpointRun;
  connections: number;
}) {
  const { result, dbMsPerRequest, statementsPerRequest } = await loadAtLevel({ target, run, connections });
  const prefix = `${target.label}, ${connections} conn`;
  run.record({
    name: `${prefix}: p95`,
    value: round(result.p95),
    unit: 'ms',
    bar: target.p95BarMs ? `< ${target.p95BarMs} ms` : null,
    ok: target.p95BarMs ? result.p95 < target.p95BarMs && result.errors === 0 : null,
    note: `p50 ${round(result.p50)} ms, p99 ${round(result.p99)} ms${result.errors ? `, ${result.errors} errors` : ''}`,
  });
  const bareFigures = run.bareByConnections.get(connections)!;
  const share = result.rps / bareFigures.rps;
  run.record({
    name: `${prefix}: throughput vs bare Hono`,
    value: round(share * 100, 1),
    unit: '%',
    bar: '>= 40 %',
    ok: share >= 0.4,
    note: `${round(result.rps, 0)} req/s`,
  });
  if (dbMsPerRequest === undefined || statementsPerRequest === undefined) return;
  const rawMs = dbMsPerRequest + statementsPerRequest * run.roundTripMs;
  const limit = 2 * rawMs + 1;
  run.record({
    name: `${prefix}: server p50 vs raw SQL`,
    value: round(result.p50 / Math.max(rawMs, 0.001), 1),
    unit: 'x',
    bar: '<= 2x SQL + 1 ms',
    ok: result.p50 <= limit,
    note: `SQL ${round(rawMs)} ms = ${round(statementsPerRequest, 1)} statements, ${round(dbMsPerRequest)} ms in PostgreSQL + round trips`,
  });
  if (run.options.smoke)
    run.checks.push(
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

/** Each target at each connection level: p95 against its bar, throughput against bare Hono, p50 against raw SQL. */
export async function measureEndpoints({ targets, run }: { targets: Target[]; run: EndpointRun }) {
  for (const target of targets) {
    if (!target.requests || target.requests.length === 0) {
      run.record({
        name: target.label,
        value: null,
        unit: 'ms',
        bar: target.p95BarMs ? `p95 < ${target.p95BarMs} ms` : null,
        ok: null,
        note: target.missing ?? 'not available yet',
      });
      if (run.options.smoke)
        run.checks.push({
          name: `${target.label}: measured`,
          ok: false,
          detail: target.missing ?? 'not available',
        });
      continue;
    }
    if (!(await probe({ target, run }))) continue;
    for (const connections of run.options.connectionLevels) await measureLevel({ target, run, connections });
  }
}

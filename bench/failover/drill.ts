import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAccounts, loadGeneratedData } from '@digipakket/api/data-generator';
import postgres from 'postgres';
import { makeRedeemableCheques } from '../lib/redeem-sustained';
import { createFormation, type Formation, findPgAutoctl, MONITOR_SETTINGS } from './cluster';
import { describeUnanswered, describeView, type NodeView, type Unanswered, viewDatabases } from './forensics';
import { isClean503, isSuccess, login, type Sent, startTraffic } from './traffic';

// `pnpm drill:failover [--short] [--base-port 5620] [--work-dir DIR]`
//
// A pg_auto_failover formation on this machine (a monitor, a primary and two synchronous standbys
// with number_sync_standbys = 1), a small generated welfare centre, two API processes on the
// multi-host URL, sustained redemptions and portal reads; the primary is killed (SIGKILL of its
// keeper and PostgreSQL), then, in a second round, frozen (SIGSTOP: the machine stops answering, as
// on a network cut). Each round reports the seconds until writes succeed again, the acknowledged
// writes lost, the requests that failed meanwhile (and whether each was a clean 503 with
// Retry-After) and the old primary rejoining as a standby. `--short` (CI): the SIGKILL round only.

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const PASSWORD = 'failover-drill-1';
const BAR_SECONDS = 30;
const TIME_ZONE = 'Europe/Brussels';

type Round = {
  kind: 'SIGKILL' | 'SIGSTOP';
  killed: string;
  promoted: string | null;
  writesBackSeconds: number | null;
  acknowledged: number;
  lost: number;
  requests: number;
  failedInWindow: number;
  clean503InWindow: number;
  notCleanInWindow: Record<string, number>;
  failedOutsideWindow: number;
  /** The longest any request sent while writes were down waited for its answer (or gave up), in seconds. */
  slowestAnswerSeconds: number;
  rejoinedAsStandbySeconds: number | null;
  stateAfter: string;
  /** Each request that got no answer or failed otherwise than with a clean 503, and what was seen of it. */
  unanswered: Unanswered[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startApi({ port, env, logFile }: { port: number; env: Record<string, string>; logFile: string }) {
  const child = spawn(
    'sh',
    ['-c', `exec "$0" "$@" >>${logFile} 2>&1`, process.execPath, join(ROOT, 'apps/api/dist/server.js')],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
      detached: true,
      stdio: 'ignore',
    },
  );
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

async function waitForHealth({
  baseUrl,
  child,
  timeoutMs,
}: {
  baseUrl: string;
  child: ChildProcess;
  timeoutMs: number;
}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API on ${baseUrl} exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`${baseUrl}/api/health did not answer within ${timeoutMs / 1000} s`);
}

function count<T>(items: T[], key: (item: T) => string) {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Acknowledged redemptions (2xx) whose visit or success audit row is not on the primary now. */
async function countLost({ url, sent }: { url: string; sent: Sent[] }) {
  const codes = sent.filter((s) => s.kind === 'redeem' && isSuccess(s)).map((s) => s.chequeCode!);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ code: string }[]>`
      SELECT c.code FROM cheques c
      WHERE c.code = ANY(${codes})
        AND EXISTS (SELECT 1 FROM visits v WHERE v.cheque_id = c.id)
        AND EXISTS (SELECT 1 FROM audit_log a WHERE a.resource = 'cheque:' || c.id AND a.action = 'cheque.redeem' AND a.outcome = 'success')`;
    const stored = new Set(rows.map((row) => row.code));
    return { acknowledged: codes.length, lost: codes.filter((code) => !stored.has(code)).length };
  } finally {
    await sql.end({ timeout: 2 });
  }
}

async function runRound({
  kind,
  formation,
  apis,
  codes,
  ownerUrl,
  visitedOn,
  logFileOf,
}: {
  kind: Round['kind'];
  formation: Formation;
  apis: { baseUrl: string; cookie: string }[];
  codes: string[];
  ownerUrl: string;
  visitedOn: string;
  logFileOf: (api: string) => string;
}): Promise<Round> {
  const victim = await formation.primary();
  if (!victim) throw new Error('no primary to fail over from');
  process.stdout.write(`\nRound ${kind}: the primary is ${victim.name} (port ${victim.port})\n`);
  const views = new Map<string, NodeView[]>();
  const traffic = startTraffic({
    apis,
    codes,
    redeemers: 8,
    readers: 2,
    visitedOn,
    onNoAnswer: (s) => {
      viewDatabases(formation.nodes.map((node) => node.port)).then((view) => views.set(s.requestId, view));
    },
  });
  await sleep(5_000);
  const failedAt = Date.now();
  const thaw = kind === 'SIGSTOP' ? formation.freeze(victim) : undefined;
  if (kind === 'SIGKILL') formation.signal(victim, 'SIGKILL');
  process.stdout.write(
    `  ${kind} sent to ${victim.name}'s keeper and PostgreSQL; redemptions and reads go on\n`,
  );
  const back = () => traffic.sent.find((s) => s.kind === 'redeem' && s.startedAt > failedAt && isSuccess(s));
  while (!back() && Date.now() - failedAt < 90_000) await sleep(250);
  const writesBackAt = back()?.endedAt;
  await sleep(3_000);
  const sent = await traffic.stop();
  const windowEnd = writesBackAt ?? Date.now();
  const failed = sent.filter((s) => !isSuccess(s));
  const inWindow = failed.filter((s) => s.endedAt >= failedAt && s.startedAt <= windowEnd);
  const notClean = inWindow.filter((s) => !isClean503(s));

  const promoted =
    (await formation.states()).find(
      (row) => row.name !== victim.name && (row.reported === 'primary' || row.reported === 'wait_primary'),
    )?.name ?? null;
  if (thaw) thaw();
  else formation.restart(victim);
  const rejoinStarted = Date.now();
  const rejoined = await formation
    .waitFor(
      `${victim.name} back as a standby`,
      (rows) =>
        rows.some(
          (row) => row.name === victim.name && row.reported === 'secondary' && row.assigned === 'secondary',
        ),
      120_000,
      () => formation.checkpointPrimary(),
    )
    .then(
      () => (Date.now() - rejoinStarted) / 1000,
      () => null,
    );
  const { acknowledged, lost } = await countLost({ url: ownerUrl, sent });
  const unanswered = describeUnanswered({ sent, failedAt, logFileOf, views });
  return {
    kind,
    killed: victim.name,
    promoted,
    writesBackSeconds: writesBackAt ? Math.round((writesBackAt - failedAt) / 100) / 10 : null,
    acknowledged,
    lost,
    requests: sent.length,
    failedInWindow: inWindow.length,
    clean503InWindow: inWindow.length - notClean.length,
    notCleanInWindow: count(
      notClean,
      (s) => `${s.kind} ${s.outcome}${s.code ? ` ${s.code}` : ''}${s.retryAfter ? ' retry-after' : ''}`,
    ),
    failedOutsideWindow: failed.length - inWindow.length,
    slowestAnswerSeconds:
      Math.round(
        Math.max(
          0,
          ...sent
            .filter((s) => s.endedAt >= failedAt && s.startedAt <= windowEnd)
            .map((s) => s.endedAt - s.startedAt),
        ) / 100,
      ) / 10,
    rejoinedAsStandbySeconds: rejoined === null ? null : Math.round(rejoined * 10) / 10,
    stateAfter: formation.showState(),
    unanswered,
  };
}

function report(round: Round) {
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  const lines = [
    `  ${mark(round.writesBackSeconds !== null && round.writesBackSeconds <= BAR_SECONDS)} seconds until writes succeed again: ${round.writesBackSeconds ?? 'not within 90 s'} (bar ${BAR_SECONDS} s; ${round.killed} -> ${round.promoted ?? 'none'})`,
    `  ${mark(round.lost === 0)} acknowledged redemptions lost: ${round.lost} of ${round.acknowledged} (bar 0; visit and audit row counted on the new primary)`,
    `  ${mark(round.failedInWindow === round.clean503InWindow)} requests failed while writes were down: ${round.failedInWindow}, of which clean 503 with Retry-After: ${round.clean503InWindow}${Object.keys(round.notCleanInWindow).length ? ` (others: ${JSON.stringify(round.notCleanInWindow)})` : ''}`,
    `       requests failed outside that window: ${round.failedOutsideWindow} of ${round.requests} sent; slowest answer while writes were down: ${round.slowestAnswerSeconds} s (the client waits 30 s)`,
    `  ${mark(round.rejoinedAsStandbySeconds !== null)} old primary rejoined as standby: ${round.rejoinedAsStandbySeconds === null ? 'no' : `after ${round.rejoinedAsStandbySeconds} s`}`,
    ...round.unanswered.flatMap((u) => [
      `       ${u.kind} ${u.requestId} to ${u.api}, sent at +${u.sentAtSeconds} s, ${u.outcome} at +${u.endedAtSeconds} s; its API log:`,
      ...u.apiLog.map((line) => `         ${line}`),
      ...(u.databases ?? []).map((view) => `         PostgreSQL ${describeView(view)}`),
    ]),
    round.stateAfter.replace(/^/gm, '       '),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * Every bar held, in the short form (CI) as in the full drill: writes back within the bar, nothing
 * acknowledged lost, every request that failed meanwhile a clean 503 (none left unanswered), the old
 * primary back as a standby.
 */
const passed = (round: Round) =>
  round.writesBackSeconds !== null &&
  round.writesBackSeconds <= BAR_SECONDS &&
  round.lost === 0 &&
  round.failedInWindow === round.clean503InWindow &&
  round.rejoinedAsStandbySeconds !== null;

/** Each bar of a round as one check of the test totals (`tooling/scripts/test-summary.mjs`). */
function checksOf(round: Round) {
  const name = (what: string) =>
    `failover drill, primary ${round.kind === 'SIGKILL' ? 'killed' : 'frozen'}: ${what}`;
  return [
    {
      name: name(`writes succeed again within ${BAR_SECONDS} s`),
      ok: round.writesBackSeconds !== null && round.writesBackSeconds <= BAR_SECONDS,
      detail: round.writesBackSeconds === null ? 'not within 90 s' : `${round.writesBackSeconds} s`,
    },
    {
      name: name('no acknowledged write lost'),
      ok: round.lost === 0,
      detail: `${round.lost} of ${round.acknowledged} lost`,
    },
    {
      name: name('every failed request a 503 with Retry-After'),
      ok: round.failedInWindow === round.clean503InWindow,
      detail: `${round.failedInWindow - round.clean503InWindow} of ${round.failedInWindow}: ${JSON.stringify(round.notCleanInWindow)}`,
    },
    {
      name: name('the old primary rejoins as a standby'),
      ok: round.rejoinedAsStandbySeconds !== null,
      detail:
        round.rejoinedAsStandbySeconds === null ? 'not within 120 s' : `${round.rejoinedAsStandbySeconds} s`,
    },
  ];
}

/** The drill's latest figures, between the markers of the "Failover" section of docs/operations.md. */
function writeOperationsResults({ rounds, date }: { rounds: Round[]; date: string }) {
  const file = join(ROOT, 'docs/operations.md');
  const start = '<!-- failover-results:start -->';
  const end = '<!-- failover-results:end -->';
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return;
  const rows = rounds.map(
    (r) =>
      `| ${r.kind === 'SIGKILL' ? 'primary killed (SIGKILL of keeper and PostgreSQL)' : 'primary frozen (SIGSTOP: stops answering, as on a network cut)'} | ${r.writesBackSeconds === null ? 'not within 90 s' : `${r.writesBackSeconds} s`} | ${r.lost} of ${r.acknowledged} | ${r.failedInWindow} (${r.clean503InWindow} clean 503)${
        Object.keys(r.notCleanInWindow).length
          ? `: ${Object.entries(r.notCleanInWindow)
              .map(([what, n]) => `${n} x ${what}`)
              .join(', ')}`
          : ''
      } | ${r.slowestAnswerSeconds} s | ${r.rejoinedAsStandbySeconds === null ? 'no' : `yes, ${r.rejoinedAsStandbySeconds} s`} |`,
  );
  const block = [
    start,
    `Latest \`pnpm drill:failover\` (${date}, this repository's 2-core machine, two API processes, 8 redeeming and 2 reading clients):`,
    '',
    '| round | writes back (bar 30 s) | acknowledged writes lost (bar 0) | requests failed meanwhile | slowest answer meanwhile (the client waits 30 s) | old primary back as standby |',
    '|---|---|---|---|---|---|',
    ...rows,
    end,
  ].join('\n');
  writeFileSync(file, text.slice(0, from) + block + text.slice(to + end.length));
}

async function main() {
  const { values } = parseArgs({
    options: {
      short: { type: 'boolean', default: false },
      'base-port': { type: 'string', default: '5620' },
      'work-dir': { type: 'string' },
      'clients-per-tenant': { type: 'string' },
      report: { type: 'string' },
    },
  });
  if (!findPgAutoctl()) {
    process.stderr.write(
      'pg_autoctl not found: install it with `apt-get install -y postgresql-15-auto-failover`.\n',
    );
    process.exit(1);
  }
  if (!existsSync(join(ROOT, 'apps/api/dist/server.js'))) {
    process.stderr.write('apps/api/dist/server.js not found: run `pnpm build` first.\n');
    process.exit(1);
  }
  const basePort = Number(values['base-port']);
  const workDir = values['work-dir'] ?? mkdtempSync(join(tmpdir(), 'digipakket-failover-'));
  mkdirSync(workDir, { recursive: true });
  const formation = createFormation({ workDir, basePort });
  const apis: ChildProcess[] = [];
  const started = Date.now();
  let ok = false;
  try {
    process.stdout.write(
      `Failover drill in ${workDir}: monitor on ${basePort}, nodes on ${basePort + 1}-${basePort + 3}\n`,
    );
    await formation.startMonitor();
    await formation.startNodes({ standbys: 2, numberSyncStandbys: 1 });
    process.stdout.write(
      `  formation ready after ${Math.round((Date.now() - started) / 1000)} s\n${formation.showState()}`,
    );

    const ownerUrl = formation.url({ role: 'postgres' });
    const appUrl = formation.url({ role: 'digipakket_app' });
    const owner = postgres(ownerUrl, { max: 2, onnotice: () => {} });
    await owner.unsafe('CREATE ROLE digipakket_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE');
    await loadGeneratedData({
      url: ownerUrl,
      seed: 1,
      tenants: 1,
      // A small centre: the drill measures the failover, not the data (fewer still in CI's short form).
      clientsPerTenant: Number(values['clients-per-tenant'] ?? (values.short ? 100 : 300)),
      today: new Date().toISOString().slice(0, 10),
      password: PASSWORD,
      onStep: (message) => process.stdout.write(`  ${message}\n`),
    });
    await owner`update tenants set second_factor_required = false`;
    const student = benchAccounts({ tenantIndex: 0 }).students[0]!;
    const { codes } = await makeRedeemableCheques({ sql: owner, studentEmail: student, count: 5_000 });
    await owner.end({ timeout: 2 });

    const documentsDir = join(workDir, 'documents');
    mkdirSync(documentsDir, { recursive: true });
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: appUrl,
      DATABASE_OWNER_URL: ownerUrl,
      API_PROCESSES: '1',
      DEMO_DATA: 'never',
      DOCUMENTS_DIR: documentsDir,
      // Every request's line (with its request id), to follow a request that got no answer.
      LOG_LEVEL: 'info',
      SIGNAL_SWEEP_INTERVAL_SECONDS: '0',
      TIME_ZONE,
    };
    const running: { baseUrl: string; cookie: string }[] = [];
    const logFileOf = (baseUrl: string) => join(workDir, `api-${new URL(baseUrl).port}.log`);
    for (const port of [basePort + 10, basePort + 11]) {
      const api = startApi({ port, env, logFile: logFileOf(`http://127.0.0.1:${port}`) });
      apis.push(api.child);
      await waitForHealth({ baseUrl: api.baseUrl, child: api.child, timeoutMs: 120_000 });
      const { cookie } = await login({ baseUrl: api.baseUrl, email: student, password: PASSWORD });
      running.push({ baseUrl: api.baseUrl, cookie });
    }
    process.stdout.write(`  two API processes on ${running.map((api) => api.baseUrl).join(' and ')}\n`);

    const visitedOn = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
    const rounds: Round[] = [];
    for (const kind of values.short ? (['SIGKILL'] as const) : (['SIGKILL', 'SIGSTOP'] as const)) {
      const round = await runRound({
        kind,
        formation,
        apis: running,
        codes,
        ownerUrl,
        visitedOn,
        logFileOf,
      });
      rounds.push(round);
      report(round);
      // The next round starts from a whole formation again: a primary and two streaming standbys.
      await formation
        .waitFor(
          'formation whole again',
          (rows) =>
            rows.filter((row) => row.reported === 'secondary').length === 2 &&
            rows.some((row) => row.reported === 'primary'),
          60_000,
        )
        .catch(() => undefined);
    }

    ok = rounds.every(passed);
    const date = new Date().toISOString().slice(0, 10);
    const results = {
      date,
      short: values.short,
      topology:
        'pg_auto_failover 2.0 monitor + primary + 2 synchronous standbys (number_sync_standbys = 1), PostgreSQL 15, 2 API processes on a multi-host URL with target_session_attrs=primary',
      monitorSettings: MONITOR_SETTINGS,
      barSeconds: BAR_SECONDS,
      rounds,
      ok,
      elapsedSeconds: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(
      join(ROOT, 'bench/results', values.short ? 'failover-short.json' : 'failover.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    if (!values.short) writeOperationsResults({ rounds, date });
    if (values.report)
      writeFileSync(
        values.report,
        `${JSON.stringify({ kind: 'failover-drill', checks: rounds.flatMap(checksOf) }, null, 2)}\n`,
      );
    process.stdout.write(`\nFailover drill ${ok ? 'passed' : 'FAILED'} in ${results.elapsedSeconds} s\n`);
  } finally {
    for (const child of apis) {
      try {
        if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // gone
      }
    }
    await formation.stop();
    if (!values['work-dir']) rmSync(workDir, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(
    `drill:failover failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

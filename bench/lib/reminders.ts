import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSmsGateway } from '@digipakket/api/messaging-fakes';
import { CLIENT_LANGUAGE_CODES, renderMessage } from '@digipakket/domain';
import type { Deployment } from './deployment';
import { median } from './load';
import { megabytes, residentBytes } from './memory';
import { type RecordFigure, round } from './options';
import { freePort, ROOT, startProcess, waitForOk } from './processes';

const SECRET = 'bench-sms-report-secret';
/** API processes sending, one per core of the machine the bar is set for. */
const SENDERS = 2;
/** The wave's rate: a welfare centre that wants a wave's reminders out within the minute sets about this. */
const RATE_PER_MINUTE = 6000;

type Memory = { rssBytes: number; heapUsedBytes: number | null };

/**
 * The process's memory: its resident size from `/proc`, and its V8 heap in use from a diagnostic report
 * it writes on SIGUSR2 (`--report-on-signal`), so nothing inside the API is changed to be measured.
 */
async function memoryOf({ pid, reportDir }: { pid: number; reportDir: string }): Promise<Memory> {
  const before = new Set(readdirSync(reportDir));
  process.kill(pid, 'SIGUSR2');
  const deadline = performance.now() + 5000;
  while (performance.now() < deadline) {
    const fresh = readdirSync(reportDir).find((name) => !before.has(name) && name.endsWith('.json'));
    if (fresh) {
      try {
        const report = JSON.parse(readFileSync(join(reportDir, fresh), 'utf8')) as {
          javascriptHeap?: { usedMemory?: number };
        };
        return { rssBytes: residentBytes({ pid }), heapUsedBytes: report.javascriptHeap?.usedMemory ?? null };
      } catch {
        // still being written
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { rssBytes: residentBytes({ pid }), heapUsedBytes: null };
}

async function startSenders({ deployment, gatewayUrl }: { deployment: Deployment; gatewayUrl: string }) {
  const senders = [];
  for (let index = 0; index < SENDERS; index += 1) {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const reportDir = mkdtempSync(join(tmpdir(), 'digipakket-bench-report-'));
    const api = startProcess({
      command: process.execPath,
      args: [
        '--report-on-signal',
        '--report-compact',
        '--report-directory',
        reportDir,
        join(ROOT, 'apps/api/dist/server.js'),
      ],
      env: {
        NODE_ENV: 'production',
        ...(deployment.appUrl
          ? { DATABASE_URL: deployment.appUrl, DATABASE_OWNER_URL: deployment.pgUrl }
          : { DATABASE_URL: deployment.pgUrl }),
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        DEMO_DATA: 'never',
        DOCUMENTS_DIR: deployment.documentsDir,
        LOG_LEVEL: 'warn',
        SIGNAL_SWEEP_INTERVAL_SECONDS: '0',
        SMS_API_URL: gatewayUrl,
        SMS_API_KEY: 'bench-key',
        SMS_SENDER: 'Digipakket',
        SMS_REPORT_SECRET: SECRET,
        MESSAGES_SEND_INTERVAL_SECONDS: '1',
        MESSAGES_QUIET_HOURS: 'off',
        MESSAGES_RATE_PER_MINUTE: String(RATE_PER_MINUTE),
      },
    });
    senders.push({ api, reportDir });
    await waitForOk({ url: `${baseUrl}/api/health`, timeoutMs: 120_000, child: api.child }).catch((error) => {
      throw new Error(`${error instanceof Error ? error.message : error}\n${api.stderr()}`);
    });
  }
  return senders;
}

/** A wave's reminders, queued at once as the planning use cases queue them: one per client, in their language. */
async function queueWave({ deployment, count, run }: { deployment: Deployment; count: number; run: number }) {
  const { sql } = deployment;
  const [tenant] = await sql<{ tenant_id: string }[]>`
    SELECT tenant_id FROM clients GROUP BY tenant_id ORDER BY count(*) DESC, tenant_id LIMIT 1`;
  const clients = await sql<{ id: string }[]>`
    SELECT id FROM clients WHERE tenant_id = ${tenant!.tenant_id} ORDER BY id LIMIT ${count}`;
  const [partner] = await sql<{ id: string }[]>`
    SELECT id FROM organisations WHERE kind = 'home_help' ORDER BY id LIMIT 1`;
  const appointment = new Date(Date.now() + 2 * 86_400_000);
  const rows = Array.from({ length: count }, (_, n) => {
    const language = CLIENT_LANGUAGE_CODES[n % CLIENT_LANGUAGE_CODES.length]!;
    const { text } = renderMessage({
      kind: 'visit_reminder',
      language,
      values: { from: 'Beego', date: '24/12', time: `${String(9 + (n % 8)).padStart(2, '0')}:00` },
    });
    return {
      id: `msg_bench${String(run).padStart(2, '0')}${String(n).padStart(11, '0')}`,
      tenant_id: tenant!.tenant_id,
      client_id: clients[n % clients.length]!.id,
      org_id: partner!.id,
      kind: 'visit_reminder',
      subject: `cheque:chq_bench_${run}_${n}`,
      appointment_at: appointment,
      days_before: 1,
      channel: 'sms',
      dedupe_key: `bench-reminder-${run}-${n}`,
      language,
      body: text,
      recipient: `+32470${String(n).padStart(6, '0')}`,
      status: 'queued',
      send_after: new Date(Date.now() - 60_000),
    };
  });
  for (let start = 0; start < rows.length; start += 500)
    await sql`INSERT INTO messages ${sql(rows.slice(start, start + 500))}`;
}

async function countDone({ deployment, run }: { deployment: Deployment; run: number }) {
  const [row] = await deployment.sql<{ done: number; failed: number }[]>`
    SELECT count(*) FILTER (WHERE status IN ('sent', 'delivered'))::int AS done,
      count(*) FILTER (WHERE status = 'failed')::int AS failed
    FROM messages WHERE dedupe_key LIKE ${`bench-reminder-${run}-%`}`;
  return row!;
}

type WaveRun = {
  elapsedMs: number;
  done: number;
  failed: number;
  gatewaySent: number;
  gatewayDistinct: number;
  gatewayRequests: number;
  memory: { start: Memory[]; middle: Memory[]; end: Memory[] };
};

/** One wave: two sending API processes started fresh, the wave queued, the time until the gateway had every SMS. */
async function sendWave({ deployment, count, run }: { deployment: Deployment; count: number; run: number }) {
  const gateway = await startFakeSmsGateway({ reportSecret: SECRET });
  const senders = await startSenders({ deployment, gatewayUrl: gateway.url });
  try {
    const snapshot = () =>
      Promise.all(
        senders.map((sender) => memoryOf({ pid: sender.api.child.pid!, reportDir: sender.reportDir })),
      );
    const start = await snapshot();
    const started = performance.now();
    await queueWave({ deployment, count, run });
    let middle: Memory[] | undefined;
    let state = await countDone({ deployment, run });
    while (state.done + state.failed < count && performance.now() - started < 300_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = await countDone({ deployment, run });
      if (!middle && state.done >= count / 2) middle = await snapshot();
    }
    const elapsedMs = performance.now() - started;
    const end = await snapshot();
    await gateway.reportsPosted();
    return {
      elapsedMs,
      done: state.done,
      failed: state.failed,
      gatewaySent: gateway.sent.length,
      gatewayDistinct: new Set(gateway.sent.map((sms) => sms.messageId)).size,
      gatewayRequests: gateway.requests.length,
      memory: { start, middle: middle ?? end, end },
    } satisfies WaveRun;
  } finally {
    for (const sender of senders) {
      await sender.api.stop();
      rmSync(sender.reportDir, { recursive: true, force: true });
    }
    await gateway.close();
    // The next wave (and the other measurements) start from an outbox without this one.
    await deployment.sql`DELETE FROM messages WHERE dedupe_key LIKE ${`bench-reminder-${run}-%`}`;
  }
}

const mb = (bytes: number | null) => (bytes === null ? '?' : `${megabytes(bytes)}`);

/**
 * A wave's reminders through the SMS gateway: `count` SMS queued at once in the outbox, sent by the real
 * sender in two API processes to the fake of the provider's API, `runs` times (median). Records the time,
 * that each went out once, and the senders' memory (RSS and V8 heap at the start, halfway and the end).
 */
export async function measureReminders({
  deployment,
  record,
  count,
  runs,
  barMs = 60_000,
}: {
  deployment: Deployment;
  record: RecordFigure;
  count: number;
  runs: number;
  /** The bar: a wave of 3,000 in under a minute; a short wave has a budget of its own. */
  barMs?: number;
}) {
  process.stdout.write(`A wave's ${count} SMS reminders through the fake gateway, ${runs} run(s)…\n`);
  const results: WaveRun[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const result = await sendWave({ deployment, count, run });
    results.push(result);
    process.stdout.write(
      `  run ${run}: ${round(result.elapsedMs / 1000, 1)} s, ${result.done} sent, ${result.gatewayDistinct} at the gateway\n`,
    );
  }
  const ms = median(results.map((result) => result.elapsedMs));
  const once = results.every(
    (result) =>
      result.done === count &&
      result.gatewaySent === count &&
      result.gatewayDistinct === count &&
      result.gatewayRequests === count,
  );
  record({
    name: `a wave's ${count.toLocaleString('en')} SMS reminders, outbox to gateway (${SENDERS} API processes), median of ${runs}`,
    value: round(ms / 1000, 1),
    unit: 's',
    bar: `< ${round(barMs / 1000, 0)} s on 2 cores`,
    ok: ms < barMs && once,
    note: `${Math.round(count / (ms / 1000))} SMS/s; ${results.map((result) => `${round(result.elapsedMs / 1000, 1)} s`).join(', ')}; rate setting ${RATE_PER_MINUTE}/min`,
  });
  const doubled = results.reduce((sum, result) => sum + (result.gatewayRequests - result.gatewayDistinct), 0);
  const lost = results.reduce((sum, result) => sum + (count - result.gatewayDistinct), 0);
  record({
    name: `${count.toLocaleString('en')} SMS reminders: lost + sent twice`,
    value: lost + doubled,
    unit: 'SMS',
    digits: 0,
    bar: '0',
    ok: lost === 0 && doubled === 0 && results.every((result) => result.failed === 0),
    note: `lost ${lost}, sent twice ${doubled}, failed ${results.reduce((sum, result) => sum + result.failed, 0)} over ${runs} run(s)`,
  });
  // Flat: the second half of the wave adds (almost) nothing to what the first half took.
  const last = results.at(-1)!;
  const growth = Math.max(
    ...last.memory.end.map((end, index) => {
      const middle = last.memory.middle[index]!;
      return (end.rssBytes - middle.rssBytes) / middle.rssBytes;
    }),
  );
  record({
    name: `${count.toLocaleString('en')} SMS reminders: senders' RSS, second half over the first`,
    value: round(growth * 100, 0),
    unit: '%',
    digits: 0,
    bar: 'flat: < 20 %',
    ok: growth < 0.2,
    note: last.memory.start
      .map(
        (start, index) =>
          `API ${index + 1} RSS ${mb(start.rssBytes)}/${mb(last.memory.middle[index]!.rssBytes)}/${mb(last.memory.end[index]!.rssBytes)} MB, heap ${mb(start.heapUsedBytes)}/${mb(last.memory.middle[index]!.heapUsedBytes)}/${mb(last.memory.end[index]!.heapUsedBytes)} MB (start/middle/end)`,
      )
      .join('; '),
  });
  return { ms, once };
}

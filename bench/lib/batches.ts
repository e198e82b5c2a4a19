import { openDatabase, readDeploymentFigures } from '@digipakket/api/operations';
import type { Deployment } from './deployment';
import { makeImportCsv, measureImport } from './import';
import { lighthouseFigures, measureLighthouse, portalMainPages } from './lighthouse';
import { median } from './load';
import { megabytes, residentBytes } from './memory';
import { type BatchKey, type RecordFigure, round } from './options';
import { measurePackBatch } from './packs';
import { processCpuMs } from './raw-sql';
import { measureSustainedRedemptions } from './redeem-sustained';
import { measureReminders } from './reminders';
import type { Subjects } from './subjects';

const IMPORT_SIZES = [3000, 100_000];
const WAVE_SIZE = 3000;
const SUSTAINED = { connections: 10, durationSeconds: 10 };

type BatchRun = {
  deployment: Deployment;
  /** Repetitions of a measurement that is cheap enough to repeat (its median is recorded). */
  runs: number;
  subjects: Subjects;
  record: RecordFigure;
  /** Stops the API process and starts a fresh one: its memory starts from a new process's. */
  /** A fresh API of `processes` processes (1 unless given) on the deployment's port. */
  freshApi: (options?: { processes?: number }) => Promise<{ apiPid: number }>;
};

async function measurePacks({ deployment, subjects, record, freshApi }: BatchRun) {
  const { apiPid } = await freshApi();
  const wave = await deployment.sql<{ id: string }[]>`
    SELECT c.id FROM clients c
    JOIN organisations o ON o.tenant_id = c.tenant_id
    JOIN users u ON u.organisation_id = o.id AND u.email = ${subjects.accounts.socialWorkers[0]!}
    ORDER BY c.file_number LIMIT ${WAVE_SIZE}`;
  process.stdout.write(`Welcome packs of a wave of ${wave.length} clients…\n`);
  let printedAt = 0;
  const result = await measurePackBatch({
    baseUrl: deployment.baseUrl,
    cookie: subjects.socialWorker.cookie,
    clientIds: wave.map((client) => client.id),
    apiPid,
    documentsDir: deployment.documentsDir,
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

async function measureImports({ deployment, subjects, record, freshApi }: BatchRun) {
  const { apiPid } = await freshApi();
  const { baseUrl } = deployment;
  const { cookie } = subjects.socialWorker;
  process.stdout.write('CSV import through the API as the welfare portal sends it…\n');
  // One part first, not measured, as a production API has run the import code before.
  const warmUp = makeImportCsv({ rows: 1000, prefix: 'BENCH-WARM-UP-', firstIndex: 0 });
  await measureImport({ baseUrl, cookie, csv: warmUp.csv, apiPid });
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
      cookie,
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
    peaksOverIdle.push(result.memory.peakBytes - idleBytes);
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

/**
 * Sustained redemptions with their audit at 10 connections, by one API process and then by two
 * (API_PROCESSES=2: one port, node:cluster hands the connections round), side by side in one run.
 */
async function measureRedeemSustained({ deployment, subjects, record, freshApi }: BatchRun) {
  for (const processes of [1, 2]) {
    const { apiPid } = await freshApi({ processes });
    process.stdout.write(
      `Sustained redemptions, ${processes} API process${processes > 1 ? 'es' : ''}, ${SUSTAINED.connections} connections for ${SUSTAINED.durationSeconds} s…\n`,
    );
    const cpuBefore = processCpuMs(apiPid);
    const result = await measureSustainedRedemptions({
      baseUrl: deployment.baseUrl,
      cookie: subjects.student.cookie,
      sql: deployment.sql,
      studentEmail: subjects.accounts.students[0]!,
      ...SUSTAINED,
      visitedOn: subjects.today,
    });
    const cpuMs = (processCpuMs(apiPid) - cpuBefore) / Math.max(1, result.successes + result.errors);
    const label = `sustained redemptions with audit, ${processes} API process${processes > 1 ? 'es' : ''}`;
    record({
      name: `${label}, ${SUSTAINED.connections} conn, ${SUSTAINED.durationSeconds} s`,
      value: round(result.redemptionsPerSecond, 0),
      unit: 'per s',
      bar: '>= 500 per s',
      ok: result.redemptionsPerSecond >= 500,
      note: `${result.successes} redeemed, ${result.errors} errors, p50 ${round(result.p50)} ms, p95 ${round(result.p95)} ms; ${round(result.statementsPerRequest, 1)} statements, ${round(result.databaseMsPerRequest)} ms in PostgreSQL and ${round(cpuMs)} ms of API CPU per redemption; database sessions: ${result.sessionStates}`,
    });
    record({
      name: `${label}: lost + doubled`,
      value: result.lost + result.doubled,
      unit: 'cheques',
      digits: 0,
      bar: '0',
      ok: result.lost === 0 && result.doubled === 0,
      note: `lost ${result.lost}, doubled ${result.doubled}; ${result.visits} visit rows and ${result.auditRows} audit rows for ${result.successes} 2xx answers and ${result.inFlight} in flight at the deadline`,
    });
  }
  await freshApi({ processes: 1 });
}

/** A wave's 3,000 reminders from the outbox through the SMS gateway's fake, by two sending API processes. */
async function measureReminderWave({ deployment, record, runs }: BatchRun) {
  await measureReminders({ deployment, record, count: WAVE_SIZE, runs });
}

async function measureLighthouseBatch({ deployment, subjects, record }: BatchRun) {
  process.stdout.write("Lighthouse, each portal's main page as its user sees it…\n");
  const result = await measureLighthouse({
    baseUrl: deployment.baseUrl,
    pages: portalMainPages({
      cookies: {
        ocmw: subjects.socialWorker.cookie,
        beego: subjects.student.cookie,
        ligo: subjects.teacher.cookie,
      },
    }),
    runs: 3,
  });
  for (const figure of lighthouseFigures(result)) record(figure);
}

/** The operator's figures of the whole deployment (`pnpm cli figures`), read as the API's role. */
async function measureDeploymentFigures({ deployment, record }: BatchRun) {
  const connection = await openDatabase({ url: deployment.appUrl ?? deployment.pgUrl, poolSize: 6 });
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

/**
 * The batch measurements, in this order. Packs first: they read the generated data as generated,
 * before the import adds 103,000 clients.
 */
const BATCHES: [BatchKey, (run: BatchRun) => Promise<void>][] = [
  ['packs', measurePacks],
  ['import', measureImports],
  ['redeem-sustained', measureRedeemSustained],
  ['reminders', measureReminderWave],
  ['lighthouse', measureLighthouseBatch],
  ['figures', measureDeploymentFigures],
];

export async function measureBatches({ batches, run }: { batches: BatchKey[]; run: BatchRun }) {
  for (const [key, measure] of BATCHES) if (batches.includes(key)) await measure(run);
}

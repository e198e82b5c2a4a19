import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiBuilt, apiSessionRoles, clientsCsv, killHard, signInTo } from './security.process';
import { printingBatch, useScratchApis } from './security.scratch';

const PARTS = 10;
const ROWS_PER_PART = 300;
const PREFIX = 'KILL';

const suite = useScratchApis({ prefix: 'dp_kill', documents: true });
const start = suite.start;

function part(index: number): string {
  return clientsCsv({ prefix: PREFIX, from: index * ROWS_PER_PART + 1, count: ROWS_PER_PART });
}

/** Imported rows of each part, counted in the database. */
async function rowsPerPart(): Promise<number[]> {
  const rows = await suite.sql<{ part: number; n: number }[]>`
    SELECT ((substr(file_number, 6)::int - 1) / ${ROWS_PER_PART})::int AS part, count(*)::int AS n
    FROM clients WHERE file_number LIKE ${`${PREFIX}-%`} GROUP BY 1`;
  const counts = Array<number>(PARTS).fill(0);
  for (const row of rows) counts[row.part] = row.n;
  return counts;
}

describe.skipIf(!apiBuilt)('SIGKILL during a batch (needs apps/api/dist/server.js)', () => {
  it('loses no committed import part, half-writes none, and a second import completes it without duplicates', async () => {
    const first = await start();
    const worker = await signInTo({ baseUrl: first.baseUrl, email: 'sociaal@ocmw-gent.demo' });
    // Row-level security applies to the process that is killed: it serves as the application role.
    expect(await apiSessionRoles({ url: suite.scratch.url })).toEqual([
      { role: new URL(suite.scratch.appUrl).username, superuser: false, bypassRls: false, ownsTables: false },
    ]);
    const acknowledged: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const res = await worker.call('POST', '/api/clients/import', {
        body: { csv: part(index), dryRun: false, firstLine: index * ROWS_PER_PART + 1 },
        headers: { 'idempotency-key': `kill-import-${index}` },
      });
      expect(res.status).toBe(200);
      acknowledged.push(index);
    }
    // The fifth part is in flight when the process dies.
    const inFlight = worker
      .call('POST', '/api/clients/import', {
        body: { csv: part(4), dryRun: false, firstLine: 4 * ROWS_PER_PART + 1 },
        headers: { 'idempotency-key': 'kill-import-4' },
      })
      .then((res) => res.status)
      .catch(() => 'no answer' as const);
    await new Promise((resolve) => setTimeout(resolve, 40));
    await killHard(first);
    const answer = await inFlight;

    const afterKill = await rowsPerPart();
    for (const index of acknowledged) expect(afterKill[index]).toBe(ROWS_PER_PART);
    expect([0, ROWS_PER_PART]).toContain(afterKill[4]);
    if (answer === 200) expect(afterKill[4]).toBe(ROWS_PER_PART);
    expect(afterKill.slice(5)).toEqual([0, 0, 0, 0, 0]);

    // Resuming is importing the whole file again: rows are matched on file number.
    const second = await start();
    const again = await signInTo({ baseUrl: second.baseUrl, email: 'sociaal@ocmw-gent.demo' });
    let created = 0;
    let unchanged = 0;
    for (let index = 0; index < PARTS; index += 1) {
      const res = await again.call('POST', '/api/clients/import', {
        body: { csv: part(index), dryRun: false, firstLine: index * ROWS_PER_PART + 1 },
        headers: { 'idempotency-key': `kill-resume-${index}` },
      });
      expect(res.status).toBe(200);
      const report = (await res.json()) as { totals: { create: number; unchanged: number; refused: number } };
      expect(report.totals.refused).toBe(0);
      created += report.totals.create;
      unchanged += report.totals.unchanged;
    }
    const committedBefore = afterKill.reduce((sum, n) => sum + n, 0);
    expect(unchanged).toBe(committedBefore);
    expect(created).toBe(PARTS * ROWS_PER_PART - committedBefore);
    expect(await rowsPerPart()).toEqual(Array(PARTS).fill(ROWS_PER_PART));
    const [distinct] = await suite.sql<{ n: number }[]>`
      SELECT count(DISTINCT file_number)::int AS n FROM clients WHERE file_number LIKE ${`${PREFIX}-%`}`;
    expect(distinct!.n).toBe(PARTS * ROWS_PER_PART);
    await killHard(second);
  }, 90_000);

  it("resumes a wave's welcome-pack batch killed half-way and ends with exactly one PDF per client", async () => {
    // A run of a batch may take 8 s: the queue retries the killed one soon after.
    const first = await start({ BATCH_STALE_SECONDS: '8' });
    const lead = await signInTo({ baseUrl: first.baseUrl, email: 'projectleider@ocmw-gent.demo' });
    // The smallest demo wave with a few clients to print keeps the test short.
    const [wave] = await suite.sql<{ id: string }[]>`
      SELECT wave_id AS id FROM intakes
      WHERE wave_id IS NOT NULL AND decision = 'approved' AND closure_kind IS NULL
      GROUP BY wave_id HAVING count(*) >= 6 ORDER BY count(*), wave_id LIMIT 1`;
    const { id, total, progress, settled } = await printingBatch({ sql: suite.sql, lead, waveId: wave!.id });
    await killHard(first);
    const atKill = await progress();
    expect(atKill.status).toBe('running');
    expect(atKill.processed).toBeGreaterThanOrEqual(2);
    expect(atKill.processed).toBeLessThan(total);
    const folder = join(suite.documentsDir, id);
    const pdfsAtKill = readdirSync(folder).filter((file) => file.endsWith('.pdf'));
    expect(pdfsAtKill.length).toBeGreaterThanOrEqual(atKill.processed);

    // A new process takes the orphaned batch up once the queue has expired its run.
    const second = await start({ BATCH_STALE_SECONDS: '8' });
    const job = await settled({ graceMs: 30_000 });
    expect(job.status).toBe('succeeded');
    expect(job.processed).toBe(total);
    expect(job.result).toMatchObject({ failed: 0, attempts: 2 });
    expect(Number(job.result?.rendered) + Number(job.result?.skipped)).toBe(total);
    expect(Number(job.result?.skipped)).toBeGreaterThanOrEqual(atKill.processed);

    const pdfs = readdirSync(folder).filter((file) => file.endsWith('.pdf'));
    expect(pdfs).toHaveLength(total);
    expect(readdirSync(folder).filter((file) => file.endsWith('.partial'))).toEqual([]);
    for (const file of pdfs)
      expect(readFileSync(join(folder, file)).subarray(-1024).toString('latin1')).toContain('%%EOF');
    const manifestIds = readFileSync(join(folder, 'manifest.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => {
        try {
          return [(JSON.parse(line) as { id: string }).id];
        } catch {
          return [];
        }
      });
    expect(new Set(manifestIds).size).toBe(total);
    expect(manifestIds).toHaveLength(total);
    await killHard(second);
  }, 90_000);
});

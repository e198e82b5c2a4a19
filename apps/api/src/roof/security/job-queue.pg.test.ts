import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiBuilt, killHard, signInTo } from './security.process';
import { printingBatch, useScratchApis } from './security.scratch';

// The job queue across real API processes on one PostgreSQL database, each serving as the
// application role (which owns no table), as in production.

const suite = useScratchApis({ prefix: 'dp_queue', documents: true, env: { BATCH_STALE_SECONDS: '8' } });
const start = suite.start;

describe.skipIf(!apiBuilt)('the job queue across API processes', () => {
  it('completes a batch in another process after the printing one is killed, printing no pack twice', async () => {
    const first = await start();
    const lead = await signInTo({ baseUrl: first.baseUrl, email: 'projectleider@ocmw-gent.demo' });
    // The largest demo wave, so the batch is still printing while a second process starts.
    const [wave] = await suite.sql<{ id: string }[]>`
      SELECT wave_id AS id FROM intakes
      WHERE wave_id IS NOT NULL AND decision = 'approved' AND closure_kind IS NULL
      GROUP BY wave_id ORDER BY count(*) DESC, wave_id LIMIT 1`;
    const { id, total, progress, settled } = await printingBatch({ sql: suite.sql, lead, waveId: wave!.id });
    // The first process dies while it prints, before any other runs: only it can have been printing.
    // (Starting the second one first let a fast machine finish the batch before the kill.)
    await killHard(first);
    const atKill = await progress();
    expect(atKill.status).toBe('running');
    expect(atKill.processed).toBeLessThan(total);
    const second = await start();

    const job = await settled({ graceMs: 40_000 });
    expect(job.status).toBe('succeeded');
    expect(job.processed).toBe(total);
    expect(job.result).toMatchObject({ failed: 0 });
    // A retry of the killed run (2), or, when the kill fell between two time slices, the next slice
    // the dead process had queued (still 1): either way the other process finished it.
    expect([1, 2]).toContain((job.result as { attempts: number }).attempts);
    const folder = join(suite.documentsDir, id);
    expect(readdirSync(folder).filter((file) => file.endsWith('.pdf'))).toHaveLength(total);
    // Every printed pack appends one manifest line: a pack printed twice would show twice.
    const manifestIds = readFileSync(join(folder, 'manifest.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(manifestIds).toHaveLength(total);
    expect(new Set(manifestIds).size).toBe(total);
    await killHard(second);
  }, 120_000);

  it('sweeps the follow-up signals once per interval, in one process at a time, with two processes offering', async () => {
    const apis = [
      await start({ SIGNAL_SWEEP_INTERVAL_SECONDS: '1' }),
      await start({ SIGNAL_SWEEP_INTERVAL_SECONDS: '1' }),
    ];
    const since = new Date();
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    const jobs = await suite.sql<
      { slot: Date; startedOn: Date | null; completedOn: Date | null; state: string }[]
    >`
      SELECT singleton_on AS slot, started_on AS "startedOn", completed_on AS "completedOn", state::text
      FROM pgboss.job WHERE name = 'signals.sweep' AND created_on >= ${since} ORDER BY started_on`;
    for (const api of apis) await killHard(api);
    const slots = new Set(jobs.map((job) => job.slot.getTime()));
    // One job per one-second slot, however many processes offered it.
    expect(slots.size).toBe(jobs.length);
    expect(jobs.length).toBeGreaterThanOrEqual(3);
    expect(jobs.length).toBeLessThanOrEqual(9);
    const ran = jobs.filter((job) => job.state === 'completed');
    expect(ran.length).toBeGreaterThanOrEqual(3);
    for (let index = 1; index < ran.length; index += 1) {
      expect(ran[index]!.startedOn!.getTime()).toBeGreaterThanOrEqual(ran[index - 1]!.completedOn!.getTime());
    }
  }, 90_000);
});

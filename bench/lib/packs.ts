import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { watchMemory } from './memory';

type Batch = { id: string; status: string; total: number; processed: number; failed: number };

function folderBytes({ folder }: { folder: string }): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  try {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.pdf')) continue;
      files += 1;
      bytes += statSync(join(folder, name)).size;
    }
  } catch {
    // No folder: nothing was written.
  }
  return { files, bytes };
}

/**
 * Asks for the welcome packs of `clientIds` with `POST /api/documents/batches` and follows the batch
 * with `GET /api/documents/batches/{id}` as the welfare portal does, until it is finished. The wall
 * time runs from the request to the poll that sees it finished (at most `pollMs` late); the API's
 * resident memory is watched throughout. `documentsDir` is the API's `DOCUMENTS_DIR`, to count what
 * was written.
 */
export async function measurePackBatch({
  baseUrl,
  cookie,
  clientIds,
  apiPid,
  documentsDir,
  pollMs = 1000,
  timeoutMs = 30 * 60_000,
  onProgress,
}: {
  baseUrl: string;
  cookie: string;
  clientIds: string[];
  apiPid: number;
  documentsDir: string;
  pollMs?: number;
  timeoutMs?: number;
  onProgress?: (progress: { processed: number; total: number; failed: number; elapsedMs: number }) => void;
}) {
  const memory = watchMemory({ pid: apiPid });
  const started = performance.now();
  try {
    const created = await fetch(`${baseUrl}/api/documents/batches`, {
      method: 'POST',
      headers: { cookie, origin: baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ clientIds }),
    });
    if (created.status !== 202) {
      throw new Error(
        `asking for the batch answered ${created.status}: ${(await created.text()).slice(0, 300)}`,
      );
    }
    const queuedMs = performance.now() - started;
    let { job } = (await created.json()) as { job: Batch };
    // Memory that grows with the number of packs shows as a peak that keeps rising after the first
    // third; a bounded one has reached its plateau by then.
    let peakAfterFirstThirdBytes: number | null = null;
    while (job.status === 'queued' || job.status === 'running') {
      if (performance.now() - started > timeoutMs) {
        throw new Error(
          `the batch was not finished after ${timeoutMs / 1000} s (${job.processed}/${job.total})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      const polled = await fetch(`${baseUrl}/api/documents/batches/${job.id}`, { headers: { cookie } });
      if (!polled.ok) throw new Error(`following the batch answered ${polled.status}`);
      ({ job } = (await polled.json()) as { job: Batch });
      if (peakAfterFirstThirdBytes === null && job.processed >= job.total / 3) {
        peakAfterFirstThirdBytes = memory.peakSoFar();
      }
      onProgress?.({
        processed: job.processed,
        total: job.total,
        failed: job.failed,
        elapsedMs: performance.now() - started,
      });
    }
    const elapsedMs = performance.now() - started;
    const written = folderBytes({ folder: join(documentsDir, job.id) });
    return {
      elapsedMs,
      queuedMs,
      status: job.status,
      total: job.total,
      processed: job.processed,
      failed: job.failed,
      pdfFiles: written.files,
      pdfBytes: written.bytes,
      memory: { ...memory.stop(), peakAfterFirstThirdBytes },
    };
  } catch (error) {
    memory.stop();
    throw error;
  }
}

import { createHash } from 'node:crypto';
import { appendFile, mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientLanguage } from '@digipakket/domain';
import type { Branding } from '../../ground/printing/printing.types';
import type { RenderArgs, WelcomePackInput } from './documents.types';
import { renderWelcomePack } from './welcome-pack.document';

/** One client's pack in a batch; `id` names its file, so it must be stable across restarts (e.g. the client id). */
export type PackJob = { id: string; language: ClientLanguage; data: WelcomePackInput };

/** What happened to one pack, with the running totals, for a progress bar and the job's heartbeat. */
export type BatchProgress = {
  id: string;
  outcome: 'rendered' | 'skipped' | 'failed';
  done: number;
  total?: number;
  rendered: number;
  skipped: number;
  failed: number;
  error?: string;
};

/** A line of `manifest.jsonl`: one per pack file in the folder. */
export type ManifestEntry = {
  id: string;
  file: string;
  language: ClientLanguage;
  bytes: number;
  sha256: string;
};

export const MANIFEST_FILE = 'manifest.jsonl';
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Whether a file is a whole PDF; files are renamed into place only when written, but a copied-in or truncated file is not trusted. */
async function isCompletePdf(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (info.size < 64) return false;
    const handle = await open(path, 'r');
    try {
      const tail = Buffer.alloc(Math.min(1024, info.size));
      await handle.read(tail, 0, tail.length, info.size - tail.length);
      return tail.toString('latin1').includes('%%EOF');
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

async function readManifestIds(path: string): Promise<Set<string>> {
  try {
    const text = await readFile(path, 'utf8');
    const ids = new Set<string>();
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        ids.add((JSON.parse(line) as ManifestEntry).id);
      } catch {
        // A line cut short by a crash is rewritten when its pack is met again.
      }
    }
    return ids;
  } catch {
    return new Set();
  }
}

async function writeDurably(path: string, content: Buffer): Promise<void> {
  const partial = `${path}.partial`;
  const handle = await open(partial, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, path);
}

/**
 * Renders many welcome packs into `folder`, one PDF per pack (`<id>.pdf`) plus `manifest.jsonl`,
 * one pack at a time so memory stays flat however long the list. A pack whose PDF is already
 * complete is skipped, so after a crash or restart the same call resumes where it stopped. A pack
 * that fails is reported and the batch goes on. Stops between packs when `signal` is aborted.
 */
export async function renderPackBatch(args: {
  packs: Iterable<PackJob> | AsyncIterable<PackJob>;
  branding: Branding;
  folder: string;
  total?: number;
  onProgress?: (progress: BatchProgress) => void | Promise<void>;
  signal?: AbortSignal;
  render?: (args: RenderArgs<WelcomePackInput>) => Promise<Buffer>;
}): Promise<{
  rendered: number;
  skipped: number;
  failed: Array<{ id: string; error: string }>;
  aborted: boolean;
}> {
  const render = args.render ?? renderWelcomePack;
  await mkdir(args.folder, { recursive: true });
  const manifestPath = join(args.folder, MANIFEST_FILE);
  const listed = await readManifestIds(manifestPath);
  const failed: Array<{ id: string; error: string }> = [];
  let rendered = 0;
  let skipped = 0;
  let done = 0;
  const report = async (id: string, outcome: BatchProgress['outcome'], error?: string) => {
    done++;
    await args.onProgress?.({
      id,
      outcome,
      done,
      ...(args.total === undefined ? {} : { total: args.total }),
      rendered,
      skipped,
      failed: failed.length,
      ...(error === undefined ? {} : { error }),
    });
  };
  for await (const pack of args.packs) {
    if (args.signal?.aborted) return { rendered, skipped, failed, aborted: true };
    if (!SAFE_ID.test(pack.id)) {
      const error = 'the pack id must be 1-100 letters, digits, _ or -';
      failed.push({ id: pack.id, error });
      await report(pack.id, 'failed', error);
      continue;
    }
    const file = `${pack.id}.pdf`;
    const path = join(args.folder, file);
    try {
      if (await isCompletePdf(path)) {
        if (!listed.has(pack.id)) {
          const pdf = await readFile(path);
          await appendManifest(manifestPath, { id: pack.id, file, language: pack.language, pdf });
          listed.add(pack.id);
        }
        skipped++;
        await report(pack.id, 'skipped');
        continue;
      }
      const pdf = await render({ data: pack.data, language: pack.language, branding: args.branding });
      await writeDurably(path, pdf);
      await appendManifest(manifestPath, { id: pack.id, file, language: pack.language, pdf });
      listed.add(pack.id);
      rendered++;
      await report(pack.id, 'rendered');
    } catch (cause) {
      const error = cause instanceof Error ? cause.message : String(cause);
      failed.push({ id: pack.id, error });
      await report(pack.id, 'failed', error);
    }
  }
  return { rendered, skipped, failed, aborted: false };
}

async function appendManifest(
  path: string,
  entry: { id: string; file: string; language: ClientLanguage; pdf: Buffer },
): Promise<void> {
  const line: ManifestEntry = {
    id: entry.id,
    file: entry.file,
    language: entry.language,
    bytes: entry.pdf.length,
    sha256: createHash('sha256').update(entry.pdf).digest('hex'),
  };
  await appendFile(path, `${JSON.stringify(line)}\n`);
}

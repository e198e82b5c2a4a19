import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BatchProgress, MANIFEST_FILE, type PackJob, renderPackBatch } from './documents.batch';
import { SAMPLE_BRANDING, samplePack } from './documents.samples';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'pack-batch-'));
  folders.push(folder);
  return folder;
}

function jobs(count: number): PackJob[] {
  const languages = ['nl', 'ar', 'uk'] as const;
  return Array.from({ length: count }, (_, index) => ({
    id: `cli_${index}`,
    language: languages[index % languages.length]!,
    data: samplePack({ clientName: `Client ${index}` }),
  }));
}

// A stand-in renderer: the batch logic is what is tested here, the PDFs elsewhere.
const fakeRender = async ({ data }: { data: { client: { name: string } } }) =>
  Buffer.from(`%PDF-1.7\n${data.client.name}\n${'x'.repeat(80)}\n%%EOF\n`);

async function* lazily(items: PackJob[], pulled: string[]) {
  for (const item of items) {
    pulled.push(item.id);
    yield item;
  }
}

describe('rendering a batch of packs', () => {
  it('writes one PDF per pack and a manifest line for each, reporting progress', async () => {
    const folder = newFolder();
    const progress: BatchProgress[] = [];
    const result = await renderPackBatch({
      packs: jobs(3),
      branding: SAMPLE_BRANDING,
      folder,
      total: 3,
      onProgress: (event) => {
        progress.push(event);
      },
    });
    expect(result).toEqual({ rendered: 3, skipped: 0, failed: [], aborted: false });
    expect(readdirSync(folder).sort()).toEqual(['cli_0.pdf', 'cli_1.pdf', 'cli_2.pdf', MANIFEST_FILE]);
    expect(readFileSync(join(folder, 'cli_1.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const manifest = readFileSync(join(folder, MANIFEST_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(manifest.map((entry) => [entry.id, entry.language])).toEqual([
      ['cli_0', 'nl'],
      ['cli_1', 'ar'],
      ['cli_2', 'uk'],
    ]);
    expect(manifest[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(progress.map((event) => [event.done, event.total, event.outcome])).toEqual([
      [1, 3, 'rendered'],
      [2, 3, 'rendered'],
      [3, 3, 'rendered'],
    ]);
  });

  it('resumes after a restart: complete files are skipped, a half-written one is rendered again', async () => {
    const folder = newFolder();
    const all = jobs(4);
    await renderPackBatch({ packs: all.slice(0, 2), branding: SAMPLE_BRANDING, folder, render: fakeRender });
    writeFileSync(join(folder, 'cli_2.pdf'), '%PDF-1.7 cut short by a crash');
    writeFileSync(join(folder, 'cli_3.pdf.partial'), '%PDF-');
    const rendered: string[] = [];
    const result = await renderPackBatch({
      packs: all,
      branding: SAMPLE_BRANDING,
      folder,
      render: async (args) => {
        rendered.push(args.data.client.name);
        return fakeRender(args);
      },
    });
    expect(result).toMatchObject({ rendered: 2, skipped: 2, failed: [] });
    expect(rendered).toEqual(['Client 2', 'Client 3']);
    expect(readFileSync(join(folder, 'cli_2.pdf'), 'utf8')).toContain('%%EOF');
    const ids = readFileSync(join(folder, MANIFEST_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    expect(ids).toEqual(['cli_0', 'cli_1', 'cli_2', 'cli_3']);
  });

  it('adds a complete file missing from the manifest (a crash between the two writes) without rendering it again', async () => {
    const folder = newFolder();
    writeFileSync(join(folder, 'cli_0.pdf'), await fakeRender({ data: { client: { name: 'Client 0' } } }));
    const result = await renderPackBatch({
      packs: jobs(1),
      branding: SAMPLE_BRANDING,
      folder,
      render: () => Promise.reject(new Error('must not render')),
    });
    expect(result).toMatchObject({ rendered: 0, skipped: 1 });
    expect(readFileSync(join(folder, MANIFEST_FILE), 'utf8')).toContain('"id":"cli_0"');
  });

  it('reports a pack that fails and goes on with the next', async () => {
    const folder = newFolder();
    const packs = [...jobs(2), { ...jobs(1)[0]!, id: '../escape' }];
    const result = await renderPackBatch({
      packs,
      branding: SAMPLE_BRANDING,
      folder,
      render: async (args) => {
        if (args.data.client.name === 'Client 0') throw new Error('font missing');
        return fakeRender(args);
      },
    });
    expect(result.rendered).toBe(1);
    expect(result.failed).toEqual([
      { id: 'cli_0', error: 'font missing' },
      { id: '../escape', error: 'the pack id must be 1-100 letters, digits, _ or -' },
    ]);
    expect(readdirSync(folder).sort()).toEqual(['cli_1.pdf', MANIFEST_FILE]);
  });

  it('pulls packs one at a time and stops between packs when aborted', async () => {
    const folder = newFolder();
    const pulled: string[] = [];
    const controller = new AbortController();
    const result = await renderPackBatch({
      packs: lazily(jobs(5), pulled),
      branding: SAMPLE_BRANDING,
      folder,
      render: fakeRender,
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 2) controller.abort();
      },
    });
    expect(result).toMatchObject({ rendered: 2, aborted: true });
    expect(pulled).toEqual(['cli_0', 'cli_1', 'cli_2']);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createZipStream } from './documents.zip';

const folder = mkdtempSync(join(tmpdir(), 'dp-zip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function collect(stream: ReadableStream<Uint8Array>): Promise<{ zip: Buffer; chunks: number[] }> {
  const parts: Buffer[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) parts.push(Buffer.from(chunk));
  return { zip: Buffer.concat(parts), chunks: parts.map((part) => part.length) };
}

/** Reads a ZIP the way an unzip tool does: from the end record through the central directory. */
function readZip(zip: Buffer): Array<{ name: string; content: Buffer; crc: number }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let cursor = zip.readUInt32LE(end + 16);
  const files: Array<{ name: string; content: Buffer; crc: number }> = [];
  for (let index = 0; index < count; index++) {
    expect(zip.readUInt32LE(cursor)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(cursor + 16);
    const size = zip.readUInt32LE(cursor + 20);
    const nameLength = zip.readUInt16LE(cursor + 28);
    const offset = zip.readUInt32LE(cursor + 42);
    const name = zip.subarray(cursor + 46, cursor + 46 + nameLength).toString('utf8');
    expect(zip.readUInt32LE(offset)).toBe(0x04034b50);
    const dataStart = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    files.push({ name, crc, content: zip.subarray(dataStart, dataStart + size) });
    cursor += 46 + nameLength;
  }
  return files;
}

describe('the ZIP of a batch', () => {
  it('stores every file whole, with its name and checksum, one file per read', async () => {
    const contents = [Buffer.from('%PDF-1 first'), Buffer.alloc(70_000, 7), Buffer.from('')];
    const entries = contents.map((content, index) => {
      const path = join(folder, `f${index}.pdf`);
      writeFileSync(path, content);
      return { name: `${index + 1}-Çelik-${index}.pdf`, path };
    });
    const { zip } = await collect(createZipStream({ entries }));
    const files = readZip(zip);
    expect(files.map((file) => file.name)).toEqual(entries.map((entry) => entry.name));
    files.forEach((file, index) => {
      expect(file.content.equals(contents[index]!)).toBe(true);
      expect(file.crc).toBe(crc32(contents[index]!));
    });
  });

  it('makes a valid empty archive', async () => {
    const { zip } = await collect(createZipStream({ entries: [] }));
    expect(zip.length).toBe(22);
    expect(readZip(zip)).toEqual([]);
  });

  it('holds more than 65,535 files as ZIP64, all of them listed and readable by unzip', async () => {
    const count = 70_000;
    const entries = Array.from({ length: count }, (_, index) => ({
      name: `${index + 1}.pdf`,
      content: Buffer.from(`%PDF ${index + 1}`),
    }));
    // One of them from disk, as the packs are.
    const path = join(folder, 'last.pdf');
    writeFileSync(path, '%PDF from disk');
    const { zip } = await collect(
      createZipStream({ entries: [...entries, { name: `${count + 1}.pdf`, path }] }),
    );
    const zipPath = join(folder, 'many.zip');
    writeFileSync(zipPath, zip);
    const names = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .trimEnd()
      .split('\n');
    expect(names).toHaveLength(count + 1);
    expect(new Set(names).size).toBe(count + 1);
    expect(names.slice(-2)).toEqual([`${count}.pdf`, `${count + 1}.pdf`]);
    expect(execFileSync('unzip', ['-p', zipPath, `${count}.pdf`], { encoding: 'utf8' })).toBe(
      `%PDF ${count}`,
    );
    expect(execFileSync('unzip', ['-p', zipPath, `${count + 1}.pdf`], { encoding: 'utf8' })).toBe(
      '%PDF from disk',
    );
    // The end of central directory record points to a ZIP64 one: 70,001 does not fit in its 16 bits.
    expect(zip.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
  }, 30_000);

  it('fails the stream when a file cannot be read, rather than ending the archive early', async () => {
    const stream = createZipStream({ entries: [{ name: 'gone.pdf', path: join(folder, 'gone.pdf') }] });
    await expect(collect(stream)).rejects.toThrow(/ENOENT/);
  });
});

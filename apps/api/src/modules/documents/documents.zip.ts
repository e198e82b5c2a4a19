import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

/** One file of a ZIP: its name inside the archive and where to read it from. */
export type ZipEntry = { name: string; path: string };

const UTF8_NAMES = 0x0800;
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;
const MAX_32 = 0xffff_ffff;

function localHeader(name: Buffer, crc: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(0, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(DOS_DATE_1980, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

function centralHeader(name: Buffer, crc: number, size: number, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(0, 12);
  header.writeUInt16LE(DOS_DATE_1980, 14);
  header.writeUInt32LE(crc, 16);
  header.writeUInt32LE(size, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

/**
 * A ZIP archive of files on disk, stored without compression (PDFs are compressed already), read
 * and sent one file at a time so memory holds at most one file whatever the number of files.
 * Archives are limited to 65 535 files and 4 GiB (no ZIP64), far above a wave of packs.
 */
export function createZipStream({ entries }: { entries: ZipEntry[] }): ReadableStream<Uint8Array> {
  if (entries.length > 0xffff) throw new RangeError('A ZIP without ZIP64 holds at most 65 535 files');
  const central: Buffer[] = [];
  let offset = 0;
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const entry = entries[index];
      if (!entry) {
        const directory = Buffer.concat(central);
        controller.enqueue(new Uint8Array(directory));
        controller.enqueue(new Uint8Array(endOfCentralDirectory(entries.length, directory.length, offset)));
        controller.close();
        return;
      }
      index += 1;
      const content = await readFile(entry.path);
      const name = Buffer.from(entry.name, 'utf8');
      const crc = crc32(content);
      if (offset + content.length > MAX_32) {
        controller.error(new RangeError('The archive would pass 4 GiB'));
        return;
      }
      central.push(centralHeader(name, crc, content.length, offset));
      const header = localHeader(name, crc, content.length);
      controller.enqueue(new Uint8Array(header));
      controller.enqueue(new Uint8Array(content.buffer, content.byteOffset, content.length));
      offset += header.length + content.length;
    },
  });
}

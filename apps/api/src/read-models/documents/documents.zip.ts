import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/** One file of a ZIP: its name inside the archive and where to read it from, or its bytes if small. */
export type ZipEntry = { name: string; path: string } | { name: string; content: Uint8Array };

/** Every entry gets this time, so the same files make the same archive. */
const ENTRY_TIME = new Date(1980, 0, 1);

/**
 * A ZIP archive of files on disk, stored without compression (PDFs are compressed already), each file
 * streamed from disk when its turn comes, so memory stays small whatever the number and size of the
 * files. Past 65,535 files or 4 GiB the archive is ZIP64. The archive is produced as it is read.
 */
export function createZipStream({ entries }: { entries: ZipEntry[] }): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  // yazl's output is a PassThrough, typed only as NodeJS.ReadableStream.
  const output = zip.outputStream as Readable;
  // A file that cannot be read fails the download instead of ending it early.
  zip.on('error', (error: Error) => output.destroy(error));
  const options = { compress: false, mtime: ENTRY_TIME, forceDosTimestamp: true };
  for (const entry of entries) {
    if ('path' in entry) zip.addFile(entry.path, entry.name, options);
    else zip.addBuffer(Buffer.from(entry.content), entry.name, options);
  }
  zip.end();
  const chunks: AsyncIterator<Buffer> = output[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      output.destroy();
    },
  });
}

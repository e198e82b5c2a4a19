import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * The first page of the PDF file at `pdfPath` as an image: rendered at 150 dpi by pdftoppm into a
 * PNG beside it (the same name, ending in `.png`) and read back.
 */
export function firstPageImage(pdfPath: string): PNG {
  const base = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', pdfPath, base]);
  return PNG.sync.read(readFileSync(`${base}.png`));
}

/**
 * The QR code that the rows from `top` up to `bottom` of an image hold, as jsQR reads it (its text
 * and where it stands in those rows), or null. A page with several codes confuses the reader when
 * seen at once, so a test looks at one band of it at a time.
 */
export function qrCodeInRows(png: PNG, { top, bottom }: { top: number; bottom: number }) {
  const rows = new Uint8ClampedArray(png.data.subarray(top * png.width * 4, bottom * png.width * 4));
  return jsQR(rows, png.width, bottom - top);
}

import QRCode from 'qrcode';

const QUIET_ZONE = 4;

/**
 * Draws a QR code as vector squares (sharp at any print resolution, no image decoding), in a
 * `size` x `size` square that includes the white quiet zone scanners need.
 */
export function drawQr(
  doc: PDFKit.PDFDocument,
  args: { text: string; x: number; y: number; size: number },
): void {
  const { modules } = QRCode.create(args.text, { errorCorrectionLevel: 'M' });
  const count = modules.size + 2 * QUIET_ZONE;
  const cell = args.size / count;
  doc.save();
  doc.rect(args.x, args.y, args.size, args.size).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      // A hair of overlap stops thin white seams between neighbouring squares in some viewers.
      doc.rect(
        args.x + (QUIET_ZONE + start) * cell,
        args.y + (QUIET_ZONE + row) * cell,
        (column - start) * cell + 0.05,
        cell + 0.05,
      );
    }
  }
  doc.fill('#000000');
  doc.restore();
}

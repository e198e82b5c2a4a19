import { writeFileSync } from 'node:fs';
import { firstPageImage, qrCodeInRows } from '@digipakket/api/pdf-image';
import type { PNG } from 'pngjs';

const FRAME = { width: 640, height: 480 };

/**
 * The first QR code from the top of a printed page, where it is found and what it says. A page of
 * cheques holds several codes, which confuse the reader when seen at once: like a phone held over one
 * cheque, it looks at one band of the page at a time.
 */
function firstQrCode(png: PNG) {
  const whole = qrCodeInRows(png, { top: 0, bottom: png.height });
  if (whole) return whole;
  const band = Math.floor(png.height * 0.3);
  for (let top = 0; top + band <= png.height; top += Math.floor(band / 3)) {
    const found = qrCodeInRows(png, { top, bottom: top + band });
    if (!found) continue;
    const shift = (point: { x: number; y: number }) => ({ x: point.x, y: point.y + top });
    return {
      data: found.data,
      location: {
        topLeftCorner: shift(found.location.topLeftCorner),
        bottomRightCorner: shift(found.location.bottomRightCorner),
      },
    };
  }
  return null;
}

/**
 * One camera frame of a printed cheque held up to the phone: the part of the page around its QR code,
 * scaled into the frame on white, as a YUV4MPEG2 file Chromium's fake camera plays in a loop.
 */
export function cameraFrameOfCheque(png: PNG): { y4m: Buffer; text: string } {
  const found = firstQrCode(png);
  if (!found) throw new Error('The printed cheque has no readable QR code');
  const { topLeftCorner: a, bottomRightCorner: b } = found.location;
  const side = Math.max(b.x - a.x, b.y - a.y) * 2.4;
  const centre = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const scale = side / (FRAME.height * 0.9);
  const luma = Buffer.alloc(FRAME.width * FRAME.height, 255);
  for (let y = 0; y < FRAME.height; y++) {
    for (let x = 0; x < FRAME.width; x++) {
      const sx = Math.round(centre.x + (x - FRAME.width / 2) * scale);
      const sy = Math.round(centre.y + (y - FRAME.height / 2) * scale);
      if (sx < 0 || sy < 0 || sx >= png.width || sy >= png.height) continue;
      const i = (sy * png.width + sx) * 4;
      luma[y * FRAME.width + x] = Math.round(
        0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!,
      );
    }
  }
  const chroma = Buffer.alloc((FRAME.width / 2) * (FRAME.height / 2), 128);
  const header = Buffer.from(`YUV4MPEG2 W${FRAME.width} H${FRAME.height} F10:1 Ip A1:1 C420jpeg\n`);
  return {
    y4m: Buffer.concat([header, Buffer.from('FRAME\n'), luma, chroma, chroma]),
    text: found.data,
  };
}

/**
 * Renders the first page of a printed cheques PDF and films it: writes the camera file beside the
 * PDF and answers its path, with the text of the QR code the camera sees.
 */
export function filmFirstPageOfCheques(pdfPath: string): { videoPath: string; text: string } {
  const { y4m, text } = cameraFrameOfCheque(firstPageImage(pdfPath));
  const videoPath = pdfPath.replace(/\.pdf$/, '.y4m');
  writeFileSync(videoPath, y4m);
  return { videoPath, text };
}

/** Chromium's launch arguments for a camera that plays `videoPath` and needs no permission prompt. */
export function fakeCameraArgs(videoPath: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${videoPath}`,
  ];
}

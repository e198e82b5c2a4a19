import { type ClientLanguage, isClientLanguage, scriptDirection } from '@digipakket/domain';
import {
  addPage,
  type Canvas,
  COLORS,
  createCanvas,
  drawBlock,
  endDocument,
  layout,
  paragraph,
} from '../../ground/printing/printing.canvas';
import { formatDate } from '../../ground/printing/printing.format';
import type { Branding } from '../../ground/printing/printing.types';

/** One letter of a batch: who it goes to, in which language, and what it says. */
export type Letter = {
  language: string;
  body: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
};

// The address sits where a window envelope (C5/6, DL, window on the right) shows it, on every page,
// whatever the language: the envelope does not turn around for a right-to-left letter.
const ADDRESS_BOX = { x: 310, y: 150, width: 235 };

function switchLanguage(canvas: Canvas, language: ClientLanguage): void {
  canvas.language = language;
  canvas.direction = scriptDirection(language);
}

function drawLines(
  canvas: Canvas,
  lines: string[],
  at: { x: number; y: number; width: number },
  size: number,
) {
  let y = at.y;
  for (const line of lines) {
    const block = layout(canvas, line, { style: { size }, width: at.width, direction: 'ltr' });
    drawBlock(canvas, block, { x: at.x, y, width: at.width, color: COLORS.ink });
    y += block.height;
  }
  return y;
}

/**
 * The letters of one batch as one PDF, a page per letter: the welfare centre as sender, the client's
 * address in the envelope's window, the day of printing and the message, each page in its letter's
 * language and writing direction (Arabic and Persian from the right).
 */
export async function renderLetterBatch({
  letters,
  branding,
  printedAt,
  title,
}: {
  letters: readonly Letter[];
  branding: Branding;
  printedAt: Date;
  title: string;
}): Promise<Buffer> {
  const { canvas } = createCanvas({ language: 'nl', branding, title });
  for (const letter of letters) {
    const language: ClientLanguage = isClientLanguage(letter.language) ? letter.language : 'nl';
    switchLanguage(canvas, language);
    addPage(canvas);
    const sender = [branding.name, branding.address ?? '', branding.contactPhone].filter(
      (line) => line !== '',
    );
    drawLines(canvas, sender, { x: canvas.area.left, y: 60, width: 240 }, 9);
    const place = [letter.postcode, letter.city].filter(Boolean).join(' ');
    drawLines(
      canvas,
      [letter.name, letter.street ?? '', place].filter((line) => line !== ''),
      ADDRESS_BOX,
      11,
    );
    canvas.y = 290;
    paragraph(canvas, formatDate({ date: printedAt, language }), { color: COLORS.muted, after: 24 });
    paragraph(canvas, letter.body, { size: 14, after: 12 });
  }
  return endDocument(canvas);
}

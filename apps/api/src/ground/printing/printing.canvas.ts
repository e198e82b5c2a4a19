import { type ClientLanguage, scriptDirection } from '@digipakket/domain';
import PDFDocument from 'pdfkit';
import { FONT_FACES, fontSource, useFont } from './printing.fonts';
import { formatBelgianPhone, formatNumber } from './printing.format';
import { createTranslator, type MessageParams, type Translate } from './printing.i18n';
import { isolateFor, layoutText, ltr, type Measure, type TextBlock, type TextStyle } from './printing.text';
import type { Branding } from './printing.types';

/** Colours used on every document; dark enough to photocopy well. */
export const COLORS = {
  ink: '#1b1b1b',
  muted: '#5a5a5a',
  accent: '#0b5394',
  accentSoft: '#e8f0f8',
  rule: '#b8b8b8',
} as const;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 78, bottom: 64, side: 50 };

/** A PDF being drawn in one language: the pdfkit document, a translator and a flowing cursor. */
export type Canvas = {
  doc: PDFKit.PDFDocument;
  language: ClientLanguage;
  direction: 'ltr' | 'rtl';
  branding: Branding;
  t: Translate;
  /** Dutch, for the parallel text the welfare centre's file needs. */
  tNl: Translate;
  measure: Measure;
  /** The content area of a page. */
  area: { left: number; right: number; top: number; bottom: number; width: number };
  /** Where the next block starts. */
  y: number;
};

// Widths are a pure function of font, size and text, so they are shared between documents; a
// batch of thousands of packs repeats the same sentences.
const widths = new Map<string, number>();
const MAX_CACHED_WIDTHS = 50_000;

function createMeasure(doc: PDFKit.PDFDocument): Measure {
  return (text, face, size, features) => {
    const key = `${face}|${size}|${features ? 1 : 0}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      useFont(doc, face).fontSize(size);
      width = doc.widthOfString(text, features ? { features: ['rlig'] } : {});
      if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
}

/** Starts a document; pages are buffered so headers and footers (with page counts) are drawn at the end. */
export function createCanvas(args: { language: ClientLanguage; branding: Branding; title: string }): {
  canvas: Canvas;
} {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    lang: args.language,
    displayTitle: true,
    info: { Title: args.title, Author: args.branding.name, Creator: 'Digipakket' },
  });
  for (const face of FONT_FACES) doc.registerFont(face, fontSource(face));
  const { t } = createTranslator({ language: args.language });
  const { t: tNl } = createTranslator({ language: 'nl' });
  const area = {
    left: MARGIN.side,
    right: A4.width - MARGIN.side,
    top: MARGIN.top,
    bottom: A4.height - MARGIN.bottom,
    width: A4.width - 2 * MARGIN.side,
  };
  const canvas: Canvas = {
    doc,
    language: args.language,
    direction: scriptDirection(args.language),
    branding: args.branding,
    t,
    tNl,
    measure: createMeasure(doc),
    area,
    y: area.top,
  };
  return { canvas };
}

/** Starts a new page and puts the cursor at its top. */
export function addPage(canvas: Canvas): void {
  canvas.doc.addPage({ size: 'A4', margin: 0 });
  canvas.y = canvas.area.top;
}

/** Starts a new page unless `height` still fits below the cursor. */
export function ensureSpace(canvas: Canvas, height: number): void {
  if (canvas.y + height > canvas.area.bottom) addPage(canvas);
}

/** Lays out text for this canvas (its direction unless told otherwise). */
export function layout(
  canvas: Canvas,
  text: string,
  options: { style: TextStyle; width?: number; direction?: 'ltr' | 'rtl' },
): TextBlock {
  return layoutText({
    text,
    style: options.style,
    width: options.width ?? canvas.area.width,
    direction: options.direction ?? canvas.direction,
    measure: canvas.measure,
  });
}

/** Horizontal alignment in reading terms: `start` is the left in Dutch and the right in Arabic. */
export type Align = 'start' | 'end' | 'center';

/** Draws laid-out text with its top at `y` inside the box `x`..`x + width`. */
export function drawBlock(
  canvas: Canvas,
  block: TextBlock,
  box: { x: number; y: number; width: number; align?: Align; color?: string },
): void {
  const { doc } = canvas;
  const align = box.align ?? 'start';
  const rightAligned =
    (align === 'start' && block.direction === 'rtl') || (align === 'end' && block.direction === 'ltr');
  const ascent = block.size * (block.direction === 'rtl' ? 1.12 : 1.0);
  block.lines.forEach((line, index) => {
    let x = box.x;
    if (align === 'center') x = box.x + (box.width - line.width) / 2;
    else if (rightAligned) x = box.x + box.width - line.width;
    const baseline = box.y + index * block.lineHeight + ascent;
    for (const run of line.runs) {
      // Arabic glyphs are built from shared dotless shapes, so the PDF's glyph-to-text map cannot
      // tell some letters apart; ActualText gives copy, search and screen readers the real text.
      if (run.features) doc.markContent('Span', { actual: run.logical });
      useFont(doc, run.face)
        .fontSize(block.size)
        .fillColor(box.color ?? COLORS.ink)
        .text(run.text, x, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          ...(run.features ? { features: ['rlig'] } : {}),
        });
      if (run.features) doc.endMarkedContent();
      x += run.width;
    }
  });
}

/** The x of a box of `width` placed `offset` from the reading start of the content area. */
export function fromStart(canvas: Canvas, offset: number, width: number): number {
  return canvas.direction === 'rtl' ? canvas.area.right - offset - width : canvas.area.left + offset;
}

/** A flowing paragraph at the cursor; moves to a new page when it does not fit. */
export function paragraph(
  canvas: Canvas,
  text: string,
  options: {
    size?: number;
    bold?: boolean;
    color?: string;
    indent?: number;
    after?: number;
    align?: Align;
    direction?: 'ltr' | 'rtl';
  } = {},
): { height: number } {
  const indent = options.indent ?? 0;
  const width = canvas.area.width - indent;
  const block = layout(canvas, text, {
    style: { size: options.size ?? 11, bold: options.bold ?? false },
    width,
    direction: options.direction ?? canvas.direction,
  });
  ensureSpace(canvas, block.height);
  drawBlock(canvas, block, {
    x: fromStart(canvas, indent, width),
    y: canvas.y,
    width,
    align: options.align ?? 'start',
    color: options.color ?? COLORS.ink,
  });
  canvas.y += block.height + (options.after ?? 4);
  return { height: block.height };
}

/** A section heading with a rule under it; keeps at least `keepWith` points of what follows on the same page. */
export function heading(
  canvas: Canvas,
  text: string,
  options: { size?: number; keepWith?: number } = {},
): void {
  const size = options.size ?? 20;
  const block = layout(canvas, text, { style: { size, bold: true } });
  ensureSpace(canvas, block.height + 10 + (options.keepWith ?? 60));
  drawBlock(canvas, block, {
    x: canvas.area.left,
    y: canvas.y,
    width: canvas.area.width,
    color: COLORS.accent,
  });
  canvas.y += block.height + 3;
  rule(canvas, { width: 1.5, color: COLORS.accent });
  canvas.y += 10;
}

/** A line across the text area at `y` (the current line unless given), as a heading's or a separator. */
export function rule(canvas: Canvas, options: { width: number; color: string; y?: number }): void {
  const y = options.y ?? canvas.y;
  canvas.doc
    .moveTo(canvas.area.left, y)
    .lineTo(canvas.area.right, y)
    .lineWidth(options.width)
    .strokeColor(options.color)
    .stroke();
}

/** Message parameters, or a function giving them per language when they hold dates or numbers. */
export type LocalParams = MessageParams | ((language: ClientLanguage) => MessageParams);

/** The parameters of a message in one language. */
export function paramsFor(params: LocalParams, language: ClientLanguage): MessageParams {
  return typeof params === 'function' ? params(language) : params;
}

/**
 * A text the welfare centre or a partner wrote (a name, an address, a footer) ready to draw on a
 * page of this canvas: kept in its own direction, so "09 266 99 00 · Onderbergen 86" is not turned
 * around on an Arabic page.
 */
export function asData(canvas: Canvas, value: string): string {
  return isolateFor(value, canvas.direction);
}

/**
 * Whether there is a number to print: a welfare centre that has not filled in its details has none,
 * and then documents use the sentences without one instead of "Bel ." with a blank.
 */
export function hasPhone(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** A phone number ready to put in a sentence: Belgian format, never broken over two lines, kept left to right in Arabic and Persian. */
export function phone(value: string): string {
  return ltr(formatBelgianPhone({ phone: value }).replaceAll(' ', '\u00a0'));
}

/**
 * Lays `text` out in `width` and draws at most its first `maxLines` lines, `offset` from the start side
 * of the page area (a header or footer line that must not grow); gives the whole laid-out block.
 */
function drawClipped(
  canvas: Canvas,
  text: string,
  box: { style: TextStyle; maxLines: number; offset: number; width: number; y: number; color: string },
): TextBlock {
  const block = layout(canvas, text, { style: box.style, width: box.width });
  drawBlock(
    canvas,
    { ...block, lines: block.lines.slice(0, box.maxLines) },
    { x: fromStart(canvas, box.offset, box.width), y: box.y, width: box.width, color: box.color },
  );
  return block;
}

function drawHeader(canvas: Canvas): void {
  const { doc, branding, area } = canvas;
  const logoHeight = 30;
  let nameOffset = 0;
  if (branding.logoPng) {
    const x = canvas.direction === 'rtl' ? area.right - 90 : area.left;
    doc.image(branding.logoPng, x, 24, {
      fit: [90, logoHeight],
      ...(canvas.direction === 'rtl' ? { align: 'right' as const } : {}),
    });
    nameOffset = 100;
  }
  const nameWidth = area.width - nameOffset;
  const nameBox = { maxLines: 1, offset: nameOffset, width: nameWidth };
  drawClipped(canvas, asData(canvas, branding.name), {
    ...nameBox,
    style: { size: 12, bold: true },
    y: 26,
    color: COLORS.accent,
  });
  if (branding.address) {
    drawClipped(canvas, asData(canvas, branding.address), {
      ...nameBox,
      style: { size: 8.5 },
      y: 43,
      color: COLORS.muted,
    });
  }
  doc.moveTo(area.left, 62).lineTo(area.right, 62).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
}

/** The footer's "questions?" line: with the phone and e-mail the welfare centre gave, or without. */
function contactLine({ branding, t }: Canvas): string {
  const email = branding.contactEmail ? ltr(branding.contactEmail) : undefined;
  if (hasPhone(branding.contactPhone)) {
    const number = phone(branding.contactPhone);
    return email
      ? t('common.questionsEmail', { phone: number, email })
      : t('common.questions', { phone: number });
  }
  return email ? t('common.questionsEmailOnly', { email }) : t('common.questionsNoPhone');
}

function drawFooter(canvas: Canvas, page: number, pages: number): void {
  const { doc, branding, area, t } = canvas;
  const top = area.bottom + 14;
  doc
    .moveTo(area.left, top - 6)
    .lineTo(area.right, top - 6)
    .lineWidth(0.6)
    .strokeColor(COLORS.rule)
    .stroke();
  const pageLabel = t('common.page', {
    page: formatNumber({ value: page, language: canvas.language }),
    pages: formatNumber({ value: pages, language: canvas.language }),
  });
  const pageBlock = layout(canvas, pageLabel, { style: { size: 8.5 }, width: 110 });
  const textWidth = area.width - 120;
  const contactBlock = drawClipped(canvas, contactLine(canvas), {
    style: { size: 9, bold: true },
    maxLines: 2,
    offset: 0,
    width: textWidth,
    y: top,
    color: COLORS.ink,
  });
  drawClipped(canvas, asData(canvas, branding.footer), {
    style: { size: 8 },
    maxLines: 1,
    offset: 0,
    width: textWidth,
    y: top + Math.min(2, contactBlock.lines.length) * contactBlock.lineHeight + 1,
    color: COLORS.muted,
  });
  drawBlock(canvas, pageBlock, {
    x: fromStart(canvas, area.width - 110, 110),
    y: top,
    width: 110,
    align: 'end',
  });
}

/** Draws every page's header and footer and returns the finished PDF. */
export async function finish(canvas: Canvas): Promise<Buffer> {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    drawHeader(canvas);
    drawFooter(canvas, index - range.start + 1, range.count);
  }
  return endDocument(canvas);
}

/** Ends the PDF as it is drawn (no header or footer added) and returns its bytes. */
export function endDocument({ doc }: Canvas): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.end();
  return done;
}

/** A whole PDF: a new canvas for `args`, drawn on by `draw`, finished with every page's header and footer. */
export async function renderPdf(
  args: Parameters<typeof createCanvas>[0],
  draw: (canvas: Canvas) => void,
): Promise<Buffer> {
  const { canvas } = createCanvas(args);
  draw(canvas);
  return finish(canvas);
}

import {
  addPage,
  type Canvas,
  COLORS,
  drawBlock,
  ensureSpace,
  fromStart,
  type LocalParams,
  layout,
  paramsFor,
} from './printing.canvas';
import type { MessageKey } from './printing.i18n';

const BULLET_INDENT = 16;

function drawBullet(canvas: Canvas, y: number, size: number): void {
  const x = canvas.direction === 'rtl' ? canvas.area.right - 5 : canvas.area.left + 5;
  canvas.doc.circle(x, y + size * 0.72, 2.4).fill(COLORS.accent);
}

/** A bulleted paragraph in the client's language. */
export function bullet(canvas: Canvas, text: string, options: { size?: number; bold?: boolean } = {}): void {
  const size = options.size ?? 11;
  const width = canvas.area.width - BULLET_INDENT;
  const block = layout(canvas, text, { style: { size, bold: options.bold ?? false }, width });
  ensureSpace(canvas, block.height);
  drawBullet(canvas, canvas.y, size);
  drawBlock(canvas, block, { x: fromStart(canvas, BULLET_INDENT, width), y: canvas.y, width });
  canvas.y += block.height + 4;
}

/**
 * A text in the client's language with the Dutch text beside it in small grey print, for the
 * welfare centre's file (beside rather than below keeps a signed receipt on one page); Dutch
 * clients get it once. In Arabic and Persian the client's column is on the right.
 */
export function bilingual(
  canvas: Canvas,
  key: MessageKey,
  params: LocalParams = {},
  options: { bold?: boolean; size?: number; bullet?: boolean } = {},
): void {
  const size = options.size ?? 10.5;
  const indent = options.bullet ? BULLET_INDENT : 0;
  const total = canvas.area.width - indent;
  const beside = canvas.language !== 'nl';
  const gutter = 16;
  const mainWidth = beside ? Math.round((total - gutter) * 0.58) : total;
  const dutchWidth = total - gutter - mainWidth;
  const main = layout(canvas, canvas.t(key, paramsFor(params, canvas.language)), {
    style: { size, bold: options.bold ?? false },
    width: mainWidth,
  });
  const dutch = beside
    ? layout(canvas, canvas.tNl(key, paramsFor(params, 'nl')), {
        style: { size: size - 2, bold: options.bold ?? false },
        width: dutchWidth,
        direction: 'ltr',
      })
    : undefined;
  const height = Math.max(main.height, dutch?.height ?? 0);
  ensureSpace(canvas, height);
  if (options.bullet) drawBullet(canvas, canvas.y, size);
  drawBlock(canvas, main, { x: fromStart(canvas, indent, mainWidth), y: canvas.y, width: mainWidth });
  if (dutch) {
    const ruleX = fromStart(canvas, indent + mainWidth + gutter / 2, 0);
    canvas.doc
      .moveTo(ruleX, canvas.y + 2)
      .lineTo(ruleX, canvas.y + height - 2)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    drawBlock(canvas, dutch, {
      x: fromStart(canvas, indent + mainWidth + gutter, dutchWidth),
      y: canvas.y + 1.5,
      width: dutchWidth,
      color: COLORS.muted,
    });
  }
  canvas.y += height + 5;
}

/** A small heading inside a section, e.g. "Wanneer?". */
export function subheading(canvas: Canvas, text: string, options: { dutch?: string } = {}): void {
  const block = layout(canvas, text, { style: { size: 13.5, bold: true } });
  const dutch = options.dutch
    ? layout(canvas, options.dutch, { style: { size: 9, bold: true }, direction: 'ltr' })
    : undefined;
  ensureSpace(canvas, block.height + (dutch?.height ?? 0) + 50);
  canvas.y += 4;
  drawBlock(canvas, block, {
    x: canvas.area.left,
    y: canvas.y,
    width: canvas.area.width,
    color: COLORS.accent,
  });
  canvas.y += block.height;
  if (dutch) {
    drawBlock(canvas, dutch, {
      x: canvas.area.left,
      y: canvas.y,
      width: canvas.area.width,
      align: canvas.direction === 'rtl' ? 'end' : 'start',
      color: COLORS.muted,
    });
    canvas.y += dutch.height;
  }
  canvas.y += 4;
}

/** Label and value rows in a light box; the label column is on the reading-start side. */
export function keyValueBox(canvas: Canvas, rows: Array<{ label: string; value: string }>): void {
  const padding = 10;
  const labelWidth = canvas.area.width * 0.42;
  const valueWidth = canvas.area.width - labelWidth - 2 * padding - 8;
  const laid = rows.map((row) => ({
    label: layout(canvas, row.label, { style: { size: 10 }, width: labelWidth - padding }),
    value: layout(canvas, row.value, { style: { size: 12, bold: true }, width: valueWidth }),
  }));
  const rowHeights = laid.map((row) => Math.max(row.label.height, row.value.height) + 4);
  const height = rowHeights.reduce((sum, h) => sum + h, 0) + 2 * padding - 4;
  ensureSpace(canvas, height);
  canvas.doc.roundedRect(canvas.area.left, canvas.y, canvas.area.width, height, 6).fill(COLORS.accentSoft);
  let y = canvas.y + padding;
  laid.forEach((row, index) => {
    const valueHeight = row.value.height;
    const labelOffset = (valueHeight - row.label.height) / 2;
    drawBlock(canvas, row.label, {
      x: fromStart(canvas, padding, labelWidth - padding),
      y: y + Math.max(0, labelOffset),
      width: labelWidth - padding,
      color: COLORS.muted,
    });
    drawBlock(canvas, row.value, { x: fromStart(canvas, labelWidth + 8, valueWidth), y, width: valueWidth });
    y += rowHeights[index]!;
  });
  canvas.y += height + 10;
}

/** A column of a table: its width in points and how its cells align. */
export type TableColumn = { width: number; align?: 'start' | 'end' };

/**
 * One row of a table: each cell laid out in its column, the row as high as its tallest cell, a new
 * page (with the header again, through `repeatHeader`) when it does not fit, a rule below it.
 */
export function tableRow(
  canvas: Canvas,
  cells: string[],
  columns: TableColumn[],
  options: { bold?: boolean; size?: number; shade?: boolean; repeatHeader?: () => void },
): void {
  const size = options.size ?? 9;
  const padding = 4;
  const blocks = cells.map((cell, index) =>
    layout(canvas, cell, {
      style: { size, bold: options.bold ?? false },
      width: columns[index]!.width - 2 * padding,
    }),
  );
  const height = Math.max(...blocks.map((block) => block.height)) + 2 * padding;
  if (canvas.y + height > canvas.area.bottom) {
    addPage(canvas);
    options.repeatHeader?.();
  }
  const { doc, area } = canvas;
  if (options.shade) doc.rect(area.left, canvas.y, area.width, height).fill(COLORS.accentSoft);
  let x = area.left;
  blocks.forEach((block, index) => {
    const column = columns[index]!;
    drawBlock(canvas, block, {
      x: x + padding,
      y: canvas.y + padding,
      width: column.width - 2 * padding,
      align: column.align ?? 'start',
    });
    x += column.width;
  });
  canvas.y += height;
  doc
    .moveTo(area.left, canvas.y)
    .lineTo(area.right, canvas.y)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
}

import { CHEQUE_CODE_ALPHABET, type ChequeCode, formatChequeCode } from '@digipakket/domain';
import {
  addPage,
  asData,
  type Canvas,
  COLORS,
  drawBlock,
  fromStart,
  hasPhone,
  layout,
  phone,
  renderPdf,
} from '../../ground/printing/printing.canvas';
import { useFont } from '../../ground/printing/printing.fonts';
import { formatDate, formatHours, formatNumber } from '../../ground/printing/printing.format';
import type { TextBlock } from '../../ground/printing/printing.text';
import { drawQr } from './documents.qr';
import type { ChequeInput, ChequesInput, RenderArgs } from './documents.types';

const CHEQUES_PER_PAGE = 3;
const PADDING = 14;
const QR_SIZE = 118;

function dashedLine(canvas: Canvas, y: number): void {
  canvas.doc
    .save()
    .moveTo(14, y)
    .lineTo(canvas.doc.page.width - 14, y)
    .lineWidth(0.7)
    .dash(5, { space: 4 })
    .strokeColor(COLORS.muted)
    .stroke()
    .undash()
    .restore();
}

/**
 * Draws the code in large characters, each centred in a cell as wide as the widest character of
 * the code alphabet (plus a gap), dashes in narrower cells: a proportional font would otherwise
 * crowd "MW" and spread "2 7", and a code read aloud on the phone is read character by character.
 */
function drawCode(
  canvas: Canvas,
  code: ChequeCode,
  args: { y: number; size: number; maxWidth: number },
): number {
  const formatted = formatChequeCode(code);
  const cellFor = (size: number) =>
    Math.max(...Array.from(CHEQUE_CODE_ALPHABET, (char) => canvas.measure(char, 'latin-bold', size, false))) +
    size * 0.14;
  const dashCellFor = (size: number) => cellFor(size) * 0.6;
  const widthFor = (size: number) =>
    Array.from(formatted).reduce((sum, char) => sum + (char === '-' ? dashCellFor(size) : cellFor(size)), 0) +
    12;
  let size = args.size;
  while (widthFor(size) > args.maxWidth && size > 12) size -= 1;
  const cell = cellFor(size);
  const dashCell = dashCellFor(size);
  const width = widthFor(size);
  const x0 = fromStart(canvas, 0, width);
  const height = size * 1.35;
  canvas.doc.roundedRect(x0, args.y, width, height, 5).fill(COLORS.accentSoft);
  let x = x0 + 6;
  const baseline = args.y + size * 1.02;
  // Codes are Latin capitals and digits, written left to right on every language's cheque.
  for (const char of formatted) {
    const slot = char === '-' ? dashCell : cell;
    const charWidth = canvas.measure(char, 'latin-bold', size, false);
    useFont(canvas.doc, 'latin-bold')
      .fontSize(size)
      .fillColor(char === '-' ? COLORS.muted : COLORS.ink)
      .text(char, x + (slot - charWidth) / 2, baseline, { lineBreak: false, baseline: 'alphabetic' });
    x += slot;
  }
  return height;
}

function drawCheque(
  canvas: Canvas,
  cheque: ChequeInput,
  position: { number: number; total: number; top: number; height: number },
): void {
  const { t, language } = canvas;
  const textWidth = canvas.area.width - QR_SIZE - 16;
  const available = position.height - 2 * PADDING;
  const details = [
    t('cheque.number', {
      number: formatNumber({ value: position.number, language }),
      total: formatNumber({ value: position.total, language }),
    }),
    cheque.clientName ? t('cheque.for', { name: cheque.clientName }) : undefined,
    asData(canvas, canvas.branding.name),
  ]
    .filter(Boolean)
    .join('  ·  ');
  const codeSize = 26;
  let base = 10.5;
  let blocks: Array<{ block: TextBlock; color: string; gap: number } | 'code'> = [];
  // Longer languages get a smaller body size rather than spilling over the cut line.
  for (; base >= 7.5; base -= 0.5) {
    const text = (value: string, size: number, bold = false) =>
      layout(canvas, value, { style: { size, bold }, width: textWidth });
    blocks = [
      { block: text(t('cheque.title'), base + 9, true), color: COLORS.accent, gap: 0 },
      { block: text(details, base - 2), color: COLORS.muted, gap: 4 },
      {
        block: text(
          t('cheque.duration', { duration: formatHours({ hours: cheque.hours, language }) }),
          base + 0.5,
          true,
        ),
        color: COLORS.ink,
        gap: 1,
      },
      { block: text(t(`cheque.purpose.${cheque.purpose}`), base), color: COLORS.ink, gap: 5 },
      { block: text(t('cheque.code'), base - 2), color: COLORS.muted, gap: 1 },
      'code',
      {
        block: text(
          t('cheque.validUntil', { date: formatDate({ date: cheque.validUntil, language }) }),
          base,
          true,
        ),
        color: COLORS.ink,
        gap: 2,
      },
      {
        block: text(
          hasPhone(cheque.partner.phone)
            ? t('cheque.howTo', { name: cheque.partner.name, phone: phone(cheque.partner.phone) })
            : t('cheque.howToNoPhone', { name: cheque.partner.name }),
          base,
        ),
        color: COLORS.ink,
        gap: 1,
      },
      { block: text(t('cheque.student'), base - 1.5), color: COLORS.muted, gap: 0 },
    ];
    const height = blocks.reduce(
      (sum, item) => sum + (item === 'code' ? codeSize * 1.35 + 6 : item.block.height + item.gap),
      0,
    );
    if (height <= available) break;
  }
  let y = position.top + PADDING;
  for (const item of blocks) {
    if (item === 'code') {
      y += drawCode(canvas, cheque.code, { y, size: codeSize, maxWidth: textWidth }) + 6;
      continue;
    }
    drawBlock(canvas, item.block, {
      x: fromStart(canvas, 0, textWidth),
      y,
      width: textWidth,
      color: item.color,
    });
    y += item.block.height + item.gap;
  }
  const qrX = canvas.direction === 'rtl' ? canvas.area.left : canvas.area.right - QR_SIZE;
  const qrY = position.top + PADDING + 6;
  drawQr(canvas.doc, { text: cheque.qrText ?? cheque.code, x: qrX, y: qrY, size: QR_SIZE });
  const partner = layout(canvas, asData(canvas, cheque.partner.name), {
    style: { size: 10, bold: true },
    width: QR_SIZE,
  });
  drawBlock(canvas, partner, { x: qrX, y: qrY + QR_SIZE + 2, width: QR_SIZE, align: 'center' });
  if (hasPhone(cheque.partner.phone)) {
    const partnerPhone = layout(canvas, phone(cheque.partner.phone), { style: { size: 10 }, width: QR_SIZE });
    drawBlock(canvas, partnerPhone, {
      x: qrX,
      y: qrY + QR_SIZE + 2 + partner.height,
      width: QR_SIZE,
      align: 'center',
    });
  }
}

/** Draws the cheques three to a page, with dashed cut lines between them. */
export function drawCheques(canvas: Canvas, data: ChequesInput): void {
  const slotHeight = (canvas.area.bottom - canvas.area.top + 8) / CHEQUES_PER_PAGE;
  data.cheques.forEach((cheque, index) => {
    const slot = index % CHEQUES_PER_PAGE;
    if (slot === 0) {
      addPage(canvas);
      dashedLine(canvas, canvas.area.top - 6);
    }
    const top = canvas.area.top - 6 + slot * slotHeight;
    drawCheque(canvas, cheque, { number: index + 1, total: data.cheques.length, top, height: slotHeight });
    dashedLine(canvas, top + slotHeight);
  });
  canvas.y = canvas.area.bottom;
}

/** The client's cheques, cut-out size with the code large and as a QR code, in the client's language. */
export async function renderCheques(args: RenderArgs<ChequesInput>): Promise<Buffer> {
  return renderPdf({ ...args, title: 'Digicheques' }, (canvas) => drawCheques(canvas, args.data));
}

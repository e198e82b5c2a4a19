import {
  addPage,
  type Canvas,
  COLORS,
  drawBlock,
  ensureSpace,
  fromStart,
  heading,
  layout,
  paragraph,
  phone,
  renderPdf,
} from '../../ground/printing/printing.canvas';
import {
  formatDistance,
  formatLanguageName,
  formatList,
  formatOpeningHours,
} from '../../ground/printing/printing.format';
import { isolateFor, type TextBlock } from '../../ground/printing/printing.text';
import { drawPictogram } from './documents.pictograms';
import type { HelpNearbyInput, HelpPointInput, RenderArgs } from './documents.types';

const ICON = 30;
const GAP = 12;

function drawPoint(canvas: Canvas, point: HelpPointInput): void {
  const { t, language } = canvas;
  const width = canvas.area.width - ICON - GAP - 16;
  const labelWidth = 90;
  const text = (value: string, size: number, bold = false, w = width): TextBlock =>
    layout(canvas, value, { style: { size, bold }, width: w });
  const title = text(isolateFor(point.name, canvas.direction), 13, true);
  const distance =
    point.distanceKm === undefined
      ? undefined
      : text(t('help.distance', { distance: formatDistance({ km: point.distanceKm, language }) }), 9.5);
  const address = text(isolateFor(`${point.street}, ${point.postcode} ${point.city}`, canvas.direction), 11);
  const rows: Array<{ label: TextBlock; value: TextBlock }> = [
    {
      label: text(t('help.hours'), 9.5, false, labelWidth),
      value: text(
        formatOpeningHours({ openingHours: point.openingHours, language })
          .map((line) => isolateFor(line, canvas.direction))
          .join('\n'),
        10.5,
        false,
        width - labelWidth,
      ),
    },
  ];
  if (point.languages.length > 0) {
    rows.push({
      label: text(t('help.languages'), 9.5, false, labelWidth),
      value: text(
        formatList({
          items: point.languages.map((code) => formatLanguageName({ code, language })),
          language,
        }),
        10.5,
        false,
        width - labelWidth,
      ),
    });
  }
  if (point.phone) {
    rows.push({
      label: text(t('help.phone'), 9.5, false, labelWidth),
      value: text(phone(point.phone), 10.5, false, width - labelWidth),
    });
  }
  const height =
    title.height +
    (distance?.height ?? 0) +
    address.height +
    6 +
    rows.reduce((sum, row) => sum + Math.max(row.label.height, row.value.height) + 3, 0) +
    16;
  ensureSpace(canvas, height);
  const top = canvas.y;
  canvas.doc
    .roundedRect(canvas.area.left, top, canvas.area.width, height - 6, 6)
    .lineWidth(0.8)
    .strokeColor(COLORS.rule)
    .stroke();
  drawPictogram(canvas.doc, { kind: 'help_nearby', x: fromStart(canvas, 8, ICON), y: top + 8, size: ICON });
  const x = fromStart(canvas, ICON + GAP + 8, width);
  let y = top + 6;
  drawBlock(canvas, title, { x, y, width, color: COLORS.accent });
  y += title.height;
  if (distance) {
    drawBlock(canvas, distance, { x, y, width, color: COLORS.muted });
    y += distance.height;
  }
  drawBlock(canvas, address, { x, y, width });
  y += address.height + 6;
  for (const row of rows) {
    const labelX = canvas.direction === 'rtl' ? x + width - labelWidth : x;
    const valueX = canvas.direction === 'rtl' ? x : x + labelWidth;
    drawBlock(canvas, row.label, { x: labelX, y: y + 1, width: labelWidth, color: COLORS.muted });
    drawBlock(canvas, row.value, { x: valueX, y, width: width - labelWidth });
    y += Math.max(row.label.height, row.value.height) + 3;
  }
  canvas.y = top + height;
}

/** Draws the Digipunten nearest to the client on a new page. */
export function drawHelpNearby(canvas: Canvas, data: HelpNearbyInput): void {
  const { t } = canvas;
  addPage(canvas);
  heading(canvas, data.area ? t('help.titleArea', { area: data.area }) : t('help.title'));
  paragraph(canvas, t('help.intro'), { size: 12, after: data.area ? 4 : 10 });
  if (data.area) paragraph(canvas, t('help.areaNote', { area: data.area }), { size: 12, after: 10 });
  if (data.points.length === 0) {
    paragraph(canvas, t('help.none'), { size: 12, bold: true });
    return;
  }
  for (const point of data.points) drawPoint(canvas, point);
}

/** The Digipunten closest to the client: name, address, opening hours, languages spoken. */
export async function renderHelpNearby(args: RenderArgs<HelpNearbyInput>): Promise<Buffer> {
  return renderPdf({ ...args, title: 'Digipunten' }, (canvas) => drawHelpNearby(canvas, args.data));
}

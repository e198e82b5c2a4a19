import {
  addPage,
  type Canvas,
  COLORS,
  drawBlock,
  fromStart,
  hasPhone,
  heading,
  layout,
  paragraph,
  phone,
  renderPdf,
  rule,
} from '../../ground/printing/printing.canvas';
import { formatDate, formatNumber } from '../../ground/printing/printing.format';
import { createTranslator } from '../../ground/printing/printing.i18n';
import { ltr } from '../../ground/printing/printing.text';
import { drawCheques } from './cheques.document';
import { drawPictogram, type Pictogram } from './documents.pictograms';
import type { RenderArgs, WelcomePackInput } from './documents.types';
import { drawHelpNearby } from './help-nearby.document';
import { drawLessonPlan } from './lesson-plan.document';
import { drawReceipt } from './receipt.document';

const PICTOGRAM = 84;

type OverviewItem = { pictogram: Pictogram; title: string; text: string };

function overviewItems(canvas: Canvas, data: WelcomePackInput): OverviewItem[] {
  const { t, language } = canvas;
  const items: OverviewItem[] = [];
  if (data.receipt) {
    items.push({ pictogram: 'laptop', title: t('overview.laptop.title'), text: t('overview.laptop.text') });
  }
  const firstCheque = data.cheques?.cheques[0];
  if (firstCheque) {
    items.push({
      pictogram: 'home_help',
      title: t('overview.homeHelp.title'),
      text: hasPhone(firstCheque.partner.phone)
        ? t('overview.homeHelp.text', { phone: phone(firstCheque.partner.phone) })
        : t('overview.homeHelp.textNoPhone'),
    });
  }
  const firstSession = data.lessonPlan?.sessions
    .map((session) => session.startsAt)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (firstSession) {
    items.push({
      pictogram: 'lessons',
      title: t('overview.lessons.title'),
      text: t('overview.lessons.text', {
        date: formatDate({ date: firstSession, language, withWeekday: true }),
      }),
    });
  }
  if (data.buddy) {
    const { name, phone: buddyPhone, email } = data.buddy;
    items.push({
      pictogram: 'buddy',
      title: t('overview.buddy.title'),
      text: [
        t('overview.buddy.text', { name }),
        buddyPhone ? t('overview.buddy.phone', { name, phone: phone(buddyPhone) }) : undefined,
        email ? t('overview.buddy.email', { email: ltr(email) }) : undefined,
        buddyPhone || email ? undefined : t('overview.buddy.noContact'),
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  items.push({
    pictogram: 'help_nearby',
    title: t('overview.helpNearby.title'),
    text: t('overview.helpNearby.text'),
  });
  return items;
}

/** The first page: one row per part of the package, with a pictogram and a number, in the order of use. */
function drawOverview(canvas: Canvas, data: WelcomePackInput): void {
  const { t } = canvas;
  addPage(canvas);
  heading(canvas, t('overview.title'), { size: 24 });
  paragraph(canvas, t('overview.greeting', { name: data.client.name }), { size: 16, bold: true, after: 4 });
  paragraph(canvas, t('overview.intro'), { size: 13, after: 14 });
  const items = overviewItems(canvas, data);
  const textOffset = PICTOGRAM + 22;
  const width = canvas.area.width - textOffset;
  const rows = items.map((item) => ({
    item,
    title: layout(canvas, item.title, { style: { size: 17, bold: true }, width }),
    text: layout(canvas, item.text, { style: { size: 13.5 }, width }),
  }));
  const natural = rows.map((row) => Math.max(PICTOGRAM, row.title.height + row.text.height));
  // The rows share the rest of the page, with a generous but bounded gap, so the page looks calm.
  const spare = canvas.area.bottom - canvas.y - natural.reduce((sum, height) => sum + height, 0);
  const gap = Math.max(14, Math.min(48, spare / rows.length));
  rows.forEach(({ item, title, text }, index) => {
    const rowHeight = natural[index]! + gap;
    const top = canvas.y;
    const iconX = fromStart(canvas, 0, PICTOGRAM);
    drawPictogram(canvas.doc, { kind: item.pictogram, x: iconX, y: top, size: PICTOGRAM });
    const badgeX = canvas.direction === 'rtl' ? iconX + PICTOGRAM - 8 : iconX + 8;
    canvas.doc.circle(badgeX, top + 8, 12).fill(COLORS.accent);
    const number = layout(canvas, formatNumber({ value: index + 1, language: canvas.language }), {
      style: { size: 12, bold: true },
      width: 22,
    });
    drawBlock(canvas, number, {
      x: badgeX - 11,
      y: top + 8 - number.lineHeight / 2,
      width: 22,
      align: 'center',
      color: '#ffffff',
    });
    const x = fromStart(canvas, textOffset, width);
    const textTop = top + Math.max(0, (PICTOGRAM - title.height - text.height) / 2);
    drawBlock(canvas, title, { x, y: textTop, width, color: COLORS.accent });
    drawBlock(canvas, text, { x, y: textTop + title.height, width });
    canvas.y = top + rowHeight;
    if (index < items.length - 1) rule(canvas, { width: 0.5, color: COLORS.rule, y: canvas.y - gap / 2 });
  });
}

/** Draws the whole pack: overview (with the Digibuddy, if any), receipt, cheques, lesson plan and nearby Digipunten, in the order of use. */
export function drawWelcomePack(canvas: Canvas, data: WelcomePackInput): void {
  drawOverview(canvas, data);
  if (data.receipt) drawReceipt(canvas, data.receipt);
  if (data.cheques && data.cheques.cheques.length > 0) drawCheques(canvas, data.cheques);
  if (data.lessonPlan) drawLessonPlan(canvas, data.lessonPlan);
  drawHelpNearby(canvas, data.helpNearby);
}

/** Everything the client takes home in one PDF, starting with a one-page overview in clear language. */
export async function renderWelcomePack(args: RenderArgs<WelcomePackInput>): Promise<Buffer> {
  return renderPdf(
    {
      ...args,
      title: `${args.branding.name}: ${createTranslator({ language: args.language }).t('overview.title')}`,
    },
    (canvas) => drawWelcomePack(canvas, args.data),
  );
}

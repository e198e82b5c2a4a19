import { bullet, subheading } from '../../ground/printing/printing.blocks';
import {
  addPage,
  type Canvas,
  COLORS,
  hasPhone,
  heading,
  paragraph,
  phone,
  renderPdf,
} from '../../ground/printing/printing.canvas';
import { formatDate, formatNumber, formatTime } from '../../ground/printing/printing.format';
import { isolateFor } from '../../ground/printing/printing.text';
import type { LessonPlanInput, RenderArgs } from './documents.types';

/** Draws the lesson plan on a new page: sessions, place, what to bring. */
export function drawLessonPlan(canvas: Canvas, data: LessonPlanInput): void {
  const { t, language } = canvas;
  addPage(canvas);
  heading(canvas, t('lessons.title'));
  paragraph(canvas, t('lessons.intro'), { size: 12, after: 8 });

  subheading(canvas, t('lessons.when'));
  const sessions = [...data.sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  sessions.forEach((session, index) => {
    bullet(
      canvas,
      t('lessons.session', {
        number: formatNumber({ value: index + 1, language }),
        date: formatDate({ date: session.startsAt, language, withWeekday: true }),
        start: formatTime({ date: session.startsAt, language }),
        end: formatTime({ date: session.endsAt, language }),
      }),
      { size: 12, bold: true },
    );
  });

  subheading(canvas, t('lessons.where'));
  // Addresses are data in their own (Latin) direction, also on an Arabic page: "9000 Gent", not "Gent 9000".
  const asData = (value: string) => isolateFor(value, canvas.direction);
  paragraph(canvas, asData(data.location.name), { size: 12, bold: true, after: 1 });
  paragraph(canvas, asData(data.location.street), { size: 12, after: 1 });
  paragraph(canvas, asData(`${data.location.postcode} ${data.location.city}`), { size: 12, after: 6 });
  if (data.location.directions) {
    paragraph(canvas, t('lessons.directions'), { size: 11, color: COLORS.muted, after: 1 });
    paragraph(canvas, asData(data.location.directions), { size: 11.5, after: 6 });
  }
  if (data.teacher) paragraph(canvas, t('lessons.teacher', { name: data.teacher }), { size: 11.5, after: 6 });

  subheading(canvas, t('lessons.bring'));
  bullet(canvas, t('lessons.bring.laptop'), { size: 12 });
  bullet(canvas, t('lessons.bring.charger'), { size: 12 });
  bullet(canvas, t('lessons.bring.eid'), { size: 12 });

  canvas.y += 8;
  const absent = hasPhone(data.partner.phone)
    ? t('lessons.absent', { name: data.partner.name, phone: phone(data.partner.phone) })
    : t('lessons.absentNoPhone');
  paragraph(canvas, absent, { size: 12, bold: true });
}

/** The group's sessions, the place and how to get there, and what to bring, in the client's language. */
export async function renderLessonPlan(args: RenderArgs<LessonPlanInput>): Promise<Buffer> {
  return renderPdf({ ...args, title: args.data.location.name }, (canvas) =>
    drawLessonPlan(canvas, args.data),
  );
}

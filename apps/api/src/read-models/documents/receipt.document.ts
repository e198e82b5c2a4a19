import { assertNever } from '@digipakket/domain';
import { bilingual, keyValueBox, subheading } from '../../ground/printing/printing.blocks';
import {
  addPage,
  asData,
  type Canvas,
  COLORS,
  drawBlock,
  ensureSpace,
  hasPhone,
  heading,
  type LocalParams,
  layout,
  paragraph,
  phone,
  renderPdf,
} from '../../ground/printing/printing.canvas';
import { formatDate } from '../../ground/printing/printing.format';
import type { MessageKey } from '../../ground/printing/printing.i18n';
import { isolateFor, ltr } from '../../ground/printing/printing.text';
import type { ReceiptInput, RenderArgs } from './documents.types';

function dual(canvas: Canvas, key: Parameters<Canvas['t']>[0]): string {
  const own = canvas.t(key);
  const dutch = canvas.tNl(key);
  return canvas.language === 'nl' || own === dutch ? own : `${own} / ${dutch}`;
}

function signatureBlock(canvas: Canvas, data: ReceiptInput): void {
  const height = 100;
  ensureSpace(canvas, height);
  const gap = 24;
  const columnWidth = (canvas.area.width - gap) / 2;
  const columns = [
    { key: 'receipt.signature.client' as const, name: data.client.name, png: data.signatures?.clientPng },
    {
      key: 'receipt.signature.socialWorker' as const,
      name: data.socialWorker.name,
      png: data.signatures?.socialWorkerPng,
    },
  ];
  const top = canvas.y;
  columns.forEach((column, index) => {
    const x =
      canvas.direction === 'rtl'
        ? canvas.area.right - columnWidth - index * (columnWidth + gap)
        : canvas.area.left + index * (columnWidth + gap);
    const label = layout(canvas, dual(canvas, column.key), {
      style: { size: 9.5, bold: true },
      width: columnWidth,
    });
    drawBlock(canvas, label, { x, y: top, width: columnWidth });
    const lineY = top + 76;
    if (column.png) {
      canvas.doc.image(column.png, x, top + label.height + 4, {
        fit: [columnWidth, lineY - top - label.height - 8],
        ...(canvas.direction === 'rtl' ? { align: 'right' as const } : {}),
        valign: 'bottom',
      });
    }
    canvas.doc
      .moveTo(x, lineY)
      .lineTo(x + columnWidth, lineY)
      .lineWidth(0.8)
      .strokeColor(COLORS.ink)
      .stroke();
    const name = layout(canvas, asData(canvas, column.name), { style: { size: 10 }, width: columnWidth });
    drawBlock(canvas, name, { x, y: lineY + 4, width: columnWidth });
  });
  canvas.y = top + height;
  if (data.signatures?.signedAt) {
    paragraph(
      canvas,
      canvas.t('receipt.signedAt', {
        date: formatDate({ date: data.signatures.signedAt, language: canvas.language }),
      }),
      {
        size: 9.5,
        color: COLORS.muted,
      },
    );
  }
}

/** Draws the receipt (with its agreements) from the cursor on a new page. */
export function drawReceipt(canvas: Canvas, data: ReceiptInput): void {
  const { t, language, branding } = canvas;
  const agreement = (key: MessageKey, params?: LocalParams) =>
    bilingual(canvas, key, params, { bullet: true });
  addPage(canvas);
  heading(canvas, t('receipt.title'));
  if (language !== 'nl') {
    paragraph(canvas, t('receipt.dutchNote'), { size: 9.5, color: COLORS.muted, after: 8 });
  }
  bilingual(canvas, 'receipt.intro', { client: data.client.name, organisation: branding.name });
  keyValueBox(canvas, [
    { label: dual(canvas, 'receipt.device.model'), value: asData(canvas, data.device.model) },
    { label: dual(canvas, 'receipt.device.serial'), value: ltr(data.device.serial) },
    {
      label: dual(canvas, 'receipt.device.date'),
      value:
        language === 'nl'
          ? formatDate({ date: data.handedOutAt, language })
          : `${formatDate({ date: data.handedOutAt, language })} / ${isolateFor(formatDate({ date: data.handedOutAt, language: 'nl' }), canvas.direction)}`,
    },
  ]);

  subheading(
    canvas,
    t('receipt.agreements'),
    language === 'nl' ? {} : { dutch: canvas.tNl('receipt.agreements') },
  );
  if (data.tenure.kind === 'ownership') {
    agreement('receipt.ownership');
  } else {
    agreement('receipt.loan', { organisation: branding.name });
    if (data.tenure.returnBy) {
      const returnBy = data.tenure.returnBy;
      agreement('receipt.loanReturnBy', (lang) => ({
        date: formatDate({ date: returnBy, language: lang }),
      }));
    }
  }
  agreement('receipt.care');
  agreement('receipt.password');
  agreement('receipt.lost');

  subheading(
    canvas,
    t('receipt.problem.title'),
    language === 'nl' ? {} : { dutch: canvas.tNl('receipt.problem.title') },
  );
  if (hasPhone(data.technicalHelp.phone)) {
    agreement('receipt.problem.text', {
      name: data.technicalHelp.name,
      phone: phone(data.technicalHelp.phone),
    });
  } else agreement('receipt.problem.textNoPhone');

  if (data.appointments.length > 0) {
    subheading(
      canvas,
      t('receipt.appointments'),
      language === 'nl' ? {} : { dutch: canvas.tNl('receipt.appointments') },
    );
    for (const appointment of data.appointments) {
      switch (appointment.kind) {
        case 'installation_visit':
          if (appointment.at) {
            const at = appointment.at;
            agreement('receipt.appointment.installationAt', (lang) => ({
              name: appointment.contact.name,
              date: formatDate({ date: at, language: lang, withWeekday: true }),
            }));
          } else if (hasPhone(appointment.contact.phone)) {
            agreement('receipt.appointment.installation', {
              name: appointment.contact.name,
              phone: phone(appointment.contact.phone),
            });
          } else {
            agreement('receipt.appointment.installationNoPhone', { name: appointment.contact.name });
          }
          break;
        case 'first_lesson':
          agreement('receipt.appointment.firstLesson', (lang) => ({
            date: formatDate({ date: appointment.at, language: lang, withWeekday: true }),
            place: appointment.place,
          }));
          break;
        case 'social_worker':
          agreement('receipt.appointment.socialWorker', (lang) => ({
            date: formatDate({ date: appointment.at, language: lang, withWeekday: true }),
          }));
          break;
        default:
          assertNever(appointment);
      }
    }
  }

  canvas.y += 4;
  ensureSpace(canvas, 150);
  bilingual(canvas, 'receipt.declaration', {}, { bold: true });
  canvas.y += 4;
  signatureBlock(canvas, data);
}

/** The receipt in the client's language, with the Dutch text beside it for the welfare centre's file. */
export async function renderReceipt(args: RenderArgs<ReceiptInput>): Promise<Buffer> {
  return renderPdf({ ...args, title: `${args.branding.name}: ${args.data.device.serial}` }, (canvas) =>
    drawReceipt(canvas, args.data),
  );
}

import { keyValueBox, subheading, type TableColumn, tableRow } from '../../ground/printing/printing.blocks';
import {
  addPage,
  type Canvas,
  COLORS,
  heading,
  paragraph,
  renderPdf,
} from '../../ground/printing/printing.canvas';
import type { Branding } from '../../ground/printing/printing.types';
import { costRows, deliveryRows, euros, groupName, measureRows } from './outcome-report.export';
import { type ReportLocale, reportLabel, roundLabel } from './outcome-report.labels';
import type { OutcomeFunderReport, OutcomeGroupReportBody } from './outcome-report.schemas';

/** One table with a row per measure and a column per group, side by side in the order given. */
function drawGroups(canvas: Canvas, groups: readonly OutcomeGroupReportBody[], locale: ReportLocale): void {
  const labelWidth = 150;
  const groupWidth = (canvas.area.width - labelWidth) / Math.max(1, groups.length);
  const columns: TableColumn[] = [
    { width: labelWidth },
    ...groups.map(() => ({ width: groupWidth, align: 'end' as const })),
  ];
  const header = () =>
    tableRow(canvas, ['', ...groups.map((group) => groupName(group, locale))], columns, {
      size: 8.5,
      bold: true,
      shade: true,
    });
  header();
  for (const row of measureRows(groups, locale)) {
    tableRow(canvas, [row.label, ...row.values], columns, { size: 8.5, repeatHeader: header });
  }
  canvas.y += 12;
}

/**
 * The funder's report as a printable A4 PDF: what it covers, the delivery figures, the outcomes of the
 * programme and its waves, then of its variations (each table side by side, never ranked), and the
 * method in plain words with the costs the programme set.
 */
export async function renderOutcomeFunderPdf({
  report,
  locale,
  branding,
}: {
  report: OutcomeFunderReport;
  locale: ReportLocale;
  branding: Branding;
}): Promise<Buffer> {
  const label = (key: Parameters<typeof reportLabel>[1]) => reportLabel(locale, key);
  return renderPdf(
    { language: locale, branding, title: `${label('title')}: ${report.programme.name}` },
    (canvas) => {
      addPage(canvas);
      heading(canvas, label('title'));
      keyValueBox(canvas, [
        { label: label('programme'), value: report.programme.name },
        {
          label: label('period'),
          value:
            report.period.from || report.period.to
              ? `${report.period.from ?? '…'} – ${report.period.to ?? '…'}`
              : label('wholeProgramme'),
        },
        { label: label('asOf'), value: report.asOf },
        {
          label: label('compared'),
          value: `${roundLabel(locale, report.from)} – ${roundLabel(locale, report.to)}`,
        },
      ]);
      subheading(canvas, label('delivery'));
      keyValueBox(
        canvas,
        deliveryRows(report, locale).map((row) => ({
          label: row.label,
          value:
            typeof row.value === 'number'
              ? new Intl.NumberFormat(`${locale}-BE`).format(row.value)
              : row.value,
        })),
      );
      subheading(canvas, `${label('outcomes')}: ${label('kind.wave')}`);
      drawGroups(canvas, [report.programmeGroup, ...report.byWave], locale);
      subheading(canvas, `${label('outcomes')}: ${label('kind.variation')}`);
      drawGroups(canvas, report.byVariation, locale);
      subheading(canvas, label('method'));
      for (const text of label('methodText').split('\n\n')) paragraph(canvas, text, { size: 9.5, after: 6 });
      keyValueBox(
        canvas,
        costRows(report, locale).map((cost) => ({ label: cost.label, value: euros(cost.cents, locale) })),
      );
      paragraph(canvas, label('credits'), { size: 8, color: COLORS.muted });
    },
  );
}

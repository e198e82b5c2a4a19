import { OUTCOME_ROUNDS } from '@digipakket/domain';
import ExcelJS from 'exceljs';
import { type ReportLocale, reportLabel, roundLabel, variationLabel } from './outcome-report.labels';
import type { OutcomeFunderReport, OutcomeGroupReportBody, OutcomeVariation } from './outcome-report.schemas';

/** The name a group is shown under: the programme's or wave's name, or the variation in words. */
export function groupName(group: OutcomeGroupReportBody, locale: ReportLocale): string {
  if (group.kind === 'variation') return variationLabel(locale, group.label as OutcomeVariation);
  if (group.kind === 'wave' && group.key === 'wave:none') return reportLabel(locale, 'withoutWave');
  return group.label;
}

function decimal(value: number, locale: ReportLocale, digits = 1): string {
  return new Intl.NumberFormat(`${locale}-BE`, { maximumFractionDigits: digits }).format(value);
}

function percent(value: number | null, locale: ReportLocale): string {
  return value === null
    ? '-'
    : new Intl.NumberFormat(`${locale}-BE`, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function euros(cents: number | null, locale: ReportLocale): string {
  return cents === null
    ? '-'
    : new Intl.NumberFormat(`${locale}-BE`, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/**
 * The comparison as rows of words, one per measure, with a column per group: what the PDF prints.
 * A figure left out because too few answered reads "too few to compare", never a number.
 */
export function measureRows(
  groups: readonly OutcomeGroupReportBody[],
  locale: ReportLocale,
): { label: string; values: string[] }[] {
  const label = (key: Parameters<typeof reportLabel>[1]) => reportLabel(locale, key);
  const tooFew = label('tooFew');
  const figure = (
    group: OutcomeGroupReportBody,
    part: 'tasksOnOwn' | 'confidence',
    pick: 'median' | 'mean' | 'interval',
  ) => {
    if (group.comparison.status !== 'shown') return tooFew;
    const figures = group.comparison[part];
    if (figures.status !== 'shown') return tooFew;
    if (pick === 'interval') {
      return `${decimal(figures.meanInterval.low, locale)} … ${decimal(figures.meanInterval.high, locale)}`;
    }
    return decimal(figures[pick], locale);
  };
  const foundation = (group: OutcomeGroupReportBody, side: 'from' | 'to') => {
    if (group.comparison.status !== 'shown') return tooFew;
    const share = group.comparison.foundation;
    if (share.status !== 'shown') return tooFew;
    const { reached, of, share: rate } = share[side];
    return `${reached}/${of} (${percent(rate, locale)})`;
  };
  return [
    { label: label('clients'), values: groups.map((group) => String(group.clients)) },
    { label: label('dropOuts'), values: groups.map((group) => String(group.dropOuts)) },
    ...OUTCOME_ROUNDS.map((round) => ({
      label: `${label('response')}: ${roundLabel(locale, round)}`,
      values: groups.map((group) => {
        const response = group.responses.find((candidate) => candidate.round === round)!;
        return `${response.respondents}/${response.expected} (${percent(response.rate, locale)})`;
      }),
    })),
    { label: label('paired'), values: groups.map((group) => String(group.paired)) },
    { label: label('tasksMedian'), values: groups.map((group) => figure(group, 'tasksOnOwn', 'median')) },
    { label: label('tasksMean'), values: groups.map((group) => figure(group, 'tasksOnOwn', 'mean')) },
    { label: label('tasksInterval'), values: groups.map((group) => figure(group, 'tasksOnOwn', 'interval')) },
    {
      label: label('confidenceMedian'),
      values: groups.map((group) => figure(group, 'confidence', 'median')),
    },
    { label: label('confidenceMean'), values: groups.map((group) => figure(group, 'confidence', 'mean')) },
    {
      label: label('confidenceInterval'),
      values: groups.map((group) => figure(group, 'confidence', 'interval')),
    },
    { label: label('foundationFrom'), values: groups.map((group) => foundation(group, 'from')) },
    { label: label('foundationTo'), values: groups.map((group) => foundation(group, 'to')) },
    {
      label: label('costPerClient'),
      values: groups.map((group) => euros(group.cost.perClientCents, locale)),
    },
    {
      label: label('note'),
      values: groups.map((group) =>
        group.comparison.status === 'too_few'
          ? tooFew
          : group.comparison.caution === 'low_response'
            ? label('lowResponse')
            : '',
      ),
    },
  ];
}

/**
 * The costs the figures were counted with, for the method: each with its label, marked when the
 * programme never set it and its default stands.
 */
export function costRows(
  report: Pick<OutcomeFunderReport, 'costBasis'>,
  locale: ReportLocale,
): { label: string; cents: number }[] {
  const { costBasis } = report;
  const assumed = new Set<string>(costBasis.assumptions);
  const row = (
    key: 'laptopValue' | 'chequeHourCost' | 'lessonHourCost',
    cents: number,
    assumption: string,
  ) => ({
    label: assumed.has(assumption)
      ? `${reportLabel(locale, key)} (${reportLabel(locale, 'assumed')})`
      : reportLabel(locale, key),
    cents,
  });
  return [
    row('laptopValue', costBasis.laptopValueCents, 'laptop_value'),
    row('chequeHourCost', costBasis.chequeHourCostCents, 'cheque_hour_cost'),
    { label: reportLabel(locale, 'chequeValue'), cents: costBasis.chequeValueCents },
    row('lessonHourCost', costBasis.lessonHourCostCents, 'lesson_hour_cost'),
  ];
}

/** The delivery figures as label and value, in the report's language. */
export function deliveryRows(report: OutcomeFunderReport, locale: ReportLocale) {
  const { delivery } = report;
  return [
    { label: reportLabel(locale, 'clientsReached'), value: delivery.clientsReached },
    { label: reportLabel(locale, 'laptopsHandedOut'), value: delivery.laptopsHandedOut },
    { label: reportLabel(locale, 'chequesUsed'), value: delivery.chequesUsed },
    { label: reportLabel(locale, 'homeHelpHours'), value: delivery.homeHelpHours },
    {
      label: reportLabel(locale, 'attendance'),
      value: `${delivery.sessionsAttended}/${delivery.sessionsPlanned} (${percent(delivery.attendanceRate, locale)})`,
    },
    { label: reportLabel(locale, 'referrals'), value: delivery.referrals },
  ];
}

function numberOrTooFew(
  group: OutcomeGroupReportBody,
  part: 'tasksOnOwn' | 'confidence',
  pick: 'median' | 'mean' | 'low' | 'high',
  tooFew: string,
): number | string {
  if (group.comparison.status !== 'shown') return tooFew;
  const figures = group.comparison[part];
  if (figures.status !== 'shown') return tooFew;
  if (pick === 'low' || pick === 'high') return figures.meanInterval[pick];
  return figures[pick];
}

/**
 * The funder's report as an XLSX workbook: the outcomes (a row per group, numbers as numbers), the
 * delivery figures, and the method in plain words.
 */
export async function toOutcomeXlsx({
  report,
  locale,
}: {
  report: OutcomeFunderReport;
  locale: ReportLocale;
}): Promise<Uint8Array> {
  const label = (key: Parameters<typeof reportLabel>[1]) => reportLabel(locale, key);
  const tooFew = label('tooFew');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Digipakket';

  const outcomes = workbook.addWorksheet(label('outcomes'));
  const responseColumns = OUTCOME_ROUNDS.flatMap((round) => [
    { header: `${label('response')}: ${roundLabel(locale, round)} (n)`, key: `${round}.respondents` },
    { header: `${label('response')}: ${roundLabel(locale, round)} (/)`, key: `${round}.expected` },
  ]);
  outcomes.columns = [
    { header: label('group'), key: 'kind' },
    { header: label('name'), key: 'name' },
    { header: label('clients'), key: 'clients' },
    { header: label('dropOuts'), key: 'dropOuts' },
    ...responseColumns,
    { header: label('paired'), key: 'paired' },
    { header: label('tasksMedian'), key: 'tasksMedian' },
    { header: label('tasksMean'), key: 'tasksMean' },
    { header: `${label('tasksInterval')} ↓`, key: 'tasksLow' },
    { header: `${label('tasksInterval')} ↑`, key: 'tasksHigh' },
    { header: label('confidenceMedian'), key: 'confidenceMedian' },
    { header: label('confidenceMean'), key: 'confidenceMean' },
    { header: `${label('confidenceInterval')} ↓`, key: 'confidenceLow' },
    { header: `${label('confidenceInterval')} ↑`, key: 'confidenceHigh' },
    { header: label('foundationFrom'), key: 'foundationFrom' },
    { header: label('foundationTo'), key: 'foundationTo' },
    { header: `${label('costPerClient')} (EUR)`, key: 'costPerClient' },
    { header: label('note'), key: 'note' },
  ].map((column) => ({ ...column, width: Math.min(40, Math.max(12, column.header.length + 2)) }));
  outcomes.getRow(1).font = { bold: true };
  for (const group of [report.programmeGroup, ...report.byWave, ...report.byVariation]) {
    const foundation = (side: 'from' | 'to') =>
      group.comparison.status === 'shown' && group.comparison.foundation.status === 'shown'
        ? (group.comparison.foundation[side].share ?? '-')
        : tooFew;
    outcomes.addRow({
      kind: label(`kind.${group.kind}`),
      name: groupName(group, locale),
      clients: group.clients,
      dropOuts: group.dropOuts,
      ...Object.fromEntries(
        group.responses.flatMap((response) => [
          [`${response.round}.respondents`, response.respondents],
          [`${response.round}.expected`, response.expected],
        ]),
      ),
      paired: group.paired,
      tasksMedian: numberOrTooFew(group, 'tasksOnOwn', 'median', tooFew),
      tasksMean: numberOrTooFew(group, 'tasksOnOwn', 'mean', tooFew),
      tasksLow: numberOrTooFew(group, 'tasksOnOwn', 'low', tooFew),
      tasksHigh: numberOrTooFew(group, 'tasksOnOwn', 'high', tooFew),
      confidenceMedian: numberOrTooFew(group, 'confidence', 'median', tooFew),
      confidenceMean: numberOrTooFew(group, 'confidence', 'mean', tooFew),
      confidenceLow: numberOrTooFew(group, 'confidence', 'low', tooFew),
      confidenceHigh: numberOrTooFew(group, 'confidence', 'high', tooFew),
      foundationFrom: foundation('from'),
      foundationTo: foundation('to'),
      costPerClient: group.cost.perClientCents === null ? '-' : group.cost.perClientCents / 100,
      note:
        group.comparison.status === 'too_few'
          ? tooFew
          : group.comparison.caution === 'low_response'
            ? label('lowResponse')
            : '',
    });
  }

  const delivery = workbook.addWorksheet(label('delivery'));
  delivery.columns = [
    { header: label('delivery'), key: 'label', width: 36 },
    { header: '', key: 'value', width: 20 },
  ];
  delivery.getRow(1).font = { bold: true };
  for (const row of deliveryRows(report, locale)) delivery.addRow(row);

  const method = workbook.addWorksheet(label('method'));
  method.getColumn(1).width = 120;
  method.addRow([`${label('programme')}: ${report.programme.name}`]);
  method.addRow([
    `${label('period')}: ${report.period.from ?? '…'} – ${report.period.to ?? '…'} (${label('asOf')} ${report.asOf})`,
  ]);
  method.addRow([
    `${label('compared')}: ${roundLabel(locale, report.from)} – ${roundLabel(locale, report.to)}`,
  ]);
  method.addRow([]);
  for (const paragraph of label('methodText').split('\n\n')) {
    method.addRow([paragraph]).alignment = { wrapText: true, vertical: 'top' };
  }
  method.addRow([]);
  method.addRow([label('costBasis')]).font = { bold: true };
  for (const cost of costRows(report, locale)) method.addRow([`${cost.label}: ${euros(cost.cents, locale)}`]);
  method.addRow([]);
  method.addRow([label('credits')]).alignment = { wrapText: true, vertical: 'top' };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

import type { PortalLanguage } from '@digipakket/domain';
import { keyValueBox, type TableColumn, tableRow } from '../../ground/printing/printing.blocks';
import {
  addPage,
  type Canvas,
  COLORS,
  heading,
  paragraph,
  renderPdf,
} from '../../ground/printing/printing.canvas';
import { formatNumber } from '../../ground/printing/printing.format';
import { ltr } from '../../ground/printing/printing.text';
import type { Branding } from '../../ground/printing/printing.types';
import type { Statement } from './statements.schemas';

// Staff read the statement, not clients: it is printed in the portal languages only, Dutch being
// the language of the bookkeeping, so another language shows its label beside the Dutch one.
const LABELS = {
  nl: {
    title: 'Maandafrekening',
    partner: 'Thuishulppartner',
    tenant: 'OCMW',
    month: 'Maand',
    status: 'Status',
    date: 'Datum',
    code: 'Chequecode',
    student: 'Student',
    minutes: 'Minuten',
    purpose: 'Doel',
    amount: 'Bedrag',
    reconciliation: 'Controle',
    cheques: 'Cheques',
    chequeHours: 'Uren volgens de cheques',
    minutesSpent: 'Minuten besteed',
    total: 'Totaal te betalen',
    'purpose.installation': 'Installatie',
    'purpose.free': 'Vrij',
    'status.draft': 'Ontwerp',
    'status.sent': 'Verstuurd',
    'status.accepted': 'Afgestemd, alles klopt',
    'status.disputed': 'Afgestemd, met betwiste lijnen',
    'line.open': '-',
    'line.matched': 'Klopt',
    'line.disputed': 'Betwist',
    withReason: '{outcome}: {reason}',
    priceNote: 'Prijs per cheque zoals vastgelegd toen de afrekening gemaakt werd.',
  },
  en: {
    title: 'Monthly statement',
    partner: 'Home-help partner',
    tenant: 'Welfare centre',
    month: 'Month',
    status: 'Status',
    date: 'Date',
    code: 'Cheque code',
    student: 'Student',
    minutes: 'Minutes',
    purpose: 'Purpose',
    amount: 'Amount',
    reconciliation: 'Check',
    cheques: 'Cheques',
    chequeHours: 'Hours by the cheques',
    minutesSpent: 'Minutes spent',
    total: 'Total due',
    'purpose.installation': 'Installation',
    'purpose.free': 'Free',
    'status.draft': 'Draft',
    'status.sent': 'Sent',
    'status.accepted': 'Reconciled, all matched',
    'status.disputed': 'Reconciled, with disputed lines',
    'line.open': '-',
    'line.matched': 'Matched',
    'line.disputed': 'Disputed',
    withReason: '{outcome}: {reason}',
    priceNote: 'Price per cheque as fixed when the statement was made.',
  },
  fr: {
    title: 'Décompte mensuel',
    partner: "Partenaire d'aide à domicile",
    tenant: 'CPAS',
    month: 'Mois',
    status: 'Statut',
    date: 'Date',
    code: 'Code du chèque',
    student: 'Étudiant',
    minutes: 'Minutes',
    purpose: 'Objet',
    amount: 'Montant',
    reconciliation: 'Contrôle',
    cheques: 'Chèques',
    chequeHours: 'Heures selon les chèques',
    minutesSpent: 'Minutes passées',
    total: 'Total à payer',
    'purpose.installation': 'Installation',
    'purpose.free': 'Libre',
    'status.draft': 'Brouillon',
    'status.sent': 'Envoyé',
    'status.accepted': 'Rapproché, tout correspond',
    'status.disputed': 'Rapproché, avec lignes contestées',
    'line.open': '-',
    'line.matched': 'Correct',
    'line.disputed': 'Contesté',
    withReason: '{outcome} : {reason}',
    priceNote: 'Prix par chèque tel que fixé à la création du décompte.',
  },
} as const satisfies Record<PortalLanguage, Record<string, string>>;

type LabelKey = keyof (typeof LABELS)['nl'];

function label(language: PortalLanguage, key: LabelKey): string {
  const own = LABELS[language][key];
  const dutch = LABELS.nl[key];
  return language === 'nl' || own === dutch ? own : `${own} / ${dutch}`;
}

function euros(cents: number, language: PortalLanguage): string {
  return new Intl.NumberFormat(`${language}-BE`, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

function monthName(month: string, language: PortalLanguage): string {
  return new Intl.DateTimeFormat(`${language}-BE`, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T12:00:00Z`));
}

function shortDate(date: string, language: PortalLanguage): string {
  return new Intl.DateTimeFormat(`${language}-BE`, { dateStyle: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** Draws a statement: who invoices whom for which month, a line per redeemed cheque, and the totals. */
export function drawStatement(canvas: Canvas, statement: Statement, language: PortalLanguage): void {
  addPage(canvas);
  heading(canvas, label(language, 'title'));
  keyValueBox(canvas, [
    { label: label(language, 'partner'), value: statement.homeHelpOrgName },
    { label: label(language, 'tenant'), value: statement.tenantName },
    { label: label(language, 'month'), value: monthName(statement.month, language) },
    { label: label(language, 'status'), value: label(language, `status.${statement.status}`) },
  ]);
  const total = canvas.area.width;
  const columns: TableColumn[] = [
    { width: 56 },
    { width: 82 },
    { width: total - 56 - 82 - 54 - 64 - 56 - 86 },
    { width: 54, align: 'end' },
    { width: 64 },
    { width: 56, align: 'end' },
    { width: 86 },
  ];
  const header = () =>
    tableRow(
      canvas,
      (['date', 'code', 'student', 'minutes', 'purpose', 'amount', 'reconciliation'] as const).map((key) =>
        label(language, key),
      ),
      columns,
      { bold: true, size: 8.5, shade: true },
    );
  header();
  for (const line of statement.lines) {
    const verdict = line.reconciliation;
    tableRow(
      canvas,
      [
        shortDate(line.visitedOn, language),
        ltr(line.chequeCode),
        line.studentName,
        formatNumber({ value: line.minutes, language }),
        LABELS[language][`purpose.${line.purpose}`],
        euros(line.priceCents, language),
        verdict
          ? verdict.reason
            ? LABELS[language].withReason
                .replace('{outcome}', LABELS[language][`line.${verdict.outcome}`])
                .replace('{reason}', verdict.reason)
            : LABELS[language][`line.${verdict.outcome}`]
          : LABELS[language]['line.open'],
      ],
      columns,
      { repeatHeader: header },
    );
  }
  canvas.y += 14;
  const { totals } = statement;
  keyValueBox(canvas, [
    { label: label(language, 'cheques'), value: formatNumber({ value: totals.cheques, language }) },
    { label: label(language, 'chequeHours'), value: formatNumber({ value: totals.chequeHours, language }) },
    { label: label(language, 'minutesSpent'), value: formatNumber({ value: totals.minutesSpent, language }) },
    { label: label(language, 'total'), value: euros(totals.amountCents, language) },
  ]);
  paragraph(canvas, LABELS[language].priceNote, { size: 8.5, color: COLORS.muted });
}

/** The statement as an A4 PDF under the partner's name, in a portal language with Dutch labels beside. */
export async function renderStatementPdf({
  statement,
  language,
  branding,
}: {
  statement: Statement;
  language: PortalLanguage;
  branding: Branding;
}): Promise<Buffer> {
  return renderPdf(
    { language, branding, title: `${statement.homeHelpOrgName}: ${statement.tenantName} ${statement.month}` },
    (canvas) => drawStatement(canvas, statement, language),
  );
}

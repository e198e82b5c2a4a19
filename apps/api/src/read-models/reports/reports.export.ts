import ExcelJS from 'exceljs';
import type { Report } from './reports.schemas';

/** A number as Excel in Belgium reads it: a decimal comma, no thousands separator. */
export function csvNumber(value: number): string {
  return String(value).replace('.', ',');
}

function csvCell(value: string | number | undefined): string {
  if (typeof value === 'number') return csvNumber(value);
  const text = value ?? '';
  // A leading = + - @ would run as a formula when the file is opened in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A table as CSV the way Excel in Belgium opens it: semicolon separated, decimal commas, UTF-8 with a
 * byte order mark so accents read right.
 */
export function toCsv({
  columns,
  rows,
}: {
  columns: Report['columns'];
  rows: readonly Record<string, string | number>[];
}): string {
  const lines = [
    columns.map((column) => csvCell(column.header)).join(';'),
    ...rows.map((row) => columns.map((column) => csvCell(row[column.key])).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The report as an XLSX workbook with one sheet: a header row, then one row per line. */
export async function toXlsx({ report }: { report: Report }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Digipakket';
  const sheet = workbook.addWorksheet(report.title.slice(0, 31));
  sheet.columns = report.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.max(12, column.header.length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of report.rows) sheet.addRow(row);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

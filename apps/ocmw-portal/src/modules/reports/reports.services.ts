import type { Report } from '@digipakket/api/contracts';
import { REPORT_ROUTES } from '@digipakket/api/routes';
import type { Locale } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export type ReportKind = Report['report'];
export const REPORT_KINDS: ReportKind[] = [
  'equipped-by-purpose',
  'skills',
  'cheques',
  'statements',
  'trajectory-endings',
];

export type ReportFilters = { kind: ReportKind; from: string; to: string; waveId: string; locale: Locale };

function query(filters: ReportFilters) {
  return { from: filters.from, to: filters.to, waveId: filters.waveId, locale: filters.locale };
}

export function fetchReport({ filters }: { filters: ReportFilters }): Promise<Report> {
  return portal.api.call(REPORT_ROUTES.report, { params: { report: filters.kind }, query: query(filters) });
}

/** The address of a download; the browser sends the session cookie with it. */
export function downloadHref({
  filters,
  format,
}: {
  filters: ReportFilters;
  format: 'csv' | 'xlsx';
}): string {
  const search = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(query(filters))) if (value) search.set(key, value);
  return `/api/reports/${filters.kind}?${search}`;
}

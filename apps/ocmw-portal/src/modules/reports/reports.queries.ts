import { createResource } from 'solid-js';
import { fetchReport, type ReportFilters } from './reports.services';

/** The report the filters ask for, loaded again when they change. */
export function createReportQuery(filters: () => ReportFilters) {
  return createResource(filters, (current) => fetchReport({ filters: current }));
}

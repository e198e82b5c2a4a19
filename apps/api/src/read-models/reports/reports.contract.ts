import { route, types } from '../../ground/shared/route-contract';
import type { ReportQuerySchema, ReportSchema } from './reports.schemas';

/**
 * One report as a table, `{report}` being one of the report kinds; its CSV and XLSX forms are
 * downloaded by address, not through this.
 */
export const REPORT_ROUTES = {
  report: route(
    'GET',
    '/reports/{report}',
    types<{ query: typeof ReportQuerySchema; answer: typeof ReportSchema }>(),
  ),
};

import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './reports.schemas';

type Shapes = {
  report: { query: typeof schemas.ReportQuerySchema; answer: typeof schemas.ReportSchema };
};

/**
 * One report as a table, `{report}` being one of the report kinds; its CSV and XLSX forms are
 * downloaded by address, not through this.
 */
export const REPORT_ROUTES = contract(types<Shapes>(), {
  report: 'GET /reports/{report}',
});

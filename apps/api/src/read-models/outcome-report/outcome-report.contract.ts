import { contract, types } from '../../ground/shared/route-contract';
import type * as schemas from './outcome-report.schemas';

type Shapes = {
  comparison: {
    query: typeof schemas.OutcomeComparisonQuerySchema;
    answer: typeof schemas.OutcomeComparisonSchema;
  };
  funderXlsx: { query: typeof schemas.OutcomeFunderReportQuerySchema };
  funderPdf: { query: typeof schemas.OutcomeFunderReportQuerySchema };
  questionnaire: { query: typeof schemas.OutcomeQuestionnaireQuerySchema };
};

/**
 * The outcome comparison and its documents as the portals call them. The XLSX and PDF routes answer a
 * file (link to them with the query); the questionnaire is a printable PDF in the client's language.
 */
export const OUTCOME_REPORT_ROUTES = contract(types<Shapes>(), {
  comparison: 'GET /outcome-report/comparison',
  funderXlsx: 'GET /outcome-report/funder.xlsx',
  funderPdf: 'GET /outcome-report/funder.pdf',
  questionnaire: 'GET /outcomes/clients/{clientId}/questionnaire.pdf',
});

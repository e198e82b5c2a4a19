import { route, types } from '../../ground/shared/route-contract';
import type {
  OutcomeComparisonQuerySchema,
  OutcomeComparisonSchema,
  OutcomeFunderReportQuerySchema,
  OutcomeQuestionnaireQuerySchema,
} from './outcome-report.schemas';

/**
 * The outcome comparison and its documents as the portals call them. The XLSX and PDF routes answer a
 * file (link to them with the query); the questionnaire is a printable PDF in the client's language.
 */
export const OUTCOME_REPORT_ROUTES = {
  comparison: route(
    'GET',
    '/outcome-report/comparison',
    types<{ query: typeof OutcomeComparisonQuerySchema; answer: typeof OutcomeComparisonSchema }>(),
  ),
  funderXlsx: route(
    'GET',
    '/outcome-report/funder.xlsx',
    types<{ query: typeof OutcomeFunderReportQuerySchema }>(),
  ),
  funderPdf: route(
    'GET',
    '/outcome-report/funder.pdf',
    types<{ query: typeof OutcomeFunderReportQuerySchema }>(),
  ),
  questionnaire: route(
    'GET',
    '/outcomes/clients/{clientId}/questionnaire.pdf',
    types<{ query: typeof OutcomeQuestionnaireQuerySchema }>(),
  ),
};

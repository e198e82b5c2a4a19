import {
  OUTCOME_REPORT_ROUTES,
  OUTCOME_ROUTES,
  type RouteAnswer,
  type RouteInput,
} from '@digipakket/api/routes';
import { portal } from '../../portal';

export type OutcomeClientRounds = RouteAnswer<typeof OUTCOME_ROUTES.clientRounds>;
export type OutcomeRoundTaken = RouteAnswer<typeof OUTCOME_ROUTES.recordRound>;
export type OutcomeBaselineFromIntake = RouteAnswer<typeof OUTCOME_ROUTES.baselineFromIntake>;
export type OutcomeDueList = RouteAnswer<typeof OUTCOME_ROUTES.due>;
export type OutcomeComparison = RouteAnswer<typeof OUTCOME_REPORT_ROUTES.comparison>;
export type OutcomeGroupReport = OutcomeComparison['programmeGroup'];
export type RecordOutcomeRound = RouteInput<typeof OUTCOME_ROUTES.recordRound>['body'];
export type OutcomeComparisonQuery = NonNullable<
  RouteInput<typeof OUTCOME_REPORT_ROUTES.comparison>['query']
>;

export function fetchClientRounds({ clientId }: { clientId: string }): Promise<OutcomeClientRounds> {
  return portal.api.call(OUTCOME_ROUTES.clientRounds, { params: { clientId } });
}

export function fetchBaselineFromIntake({
  clientId,
}: {
  clientId: string;
}): Promise<OutcomeBaselineFromIntake> {
  return portal.api.call(OUTCOME_ROUTES.baselineFromIntake, { params: { clientId } });
}

export function fetchDueRounds({ scope }: { scope: 'mine' | 'all' }): Promise<OutcomeDueList> {
  return portal.api.call(OUTCOME_ROUTES.due, { query: { scope } });
}

export function recordRound({
  clientId,
  round,
}: {
  clientId: string;
  round: RecordOutcomeRound;
}): Promise<OutcomeRoundTaken> {
  return portal.api.call(OUTCOME_ROUTES.recordRound, { params: { clientId }, body: round });
}

export function fetchComparison({ query }: { query: OutcomeComparisonQuery }): Promise<OutcomeComparison> {
  const entries = Object.entries(query).filter(([, value]) => value !== undefined && value !== '');
  return portal.api.call(OUTCOME_REPORT_ROUTES.comparison, {
    query: Object.fromEntries(entries) as OutcomeComparisonQuery,
  });
}

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

/** Where the funder's report downloads, as XLSX or PDF, for the programme and period shown. */
export function funderReportHref({
  format,
  query,
  locale,
}: {
  format: 'xlsx' | 'pdf';
  query: OutcomeComparisonQuery;
  locale: string;
}): string {
  const route = format === 'xlsx' ? OUTCOME_REPORT_ROUTES.funderXlsx : OUTCOME_REPORT_ROUTES.funderPdf;
  return withQuery(route.path, { ...query, locale });
}

/** Where the printable questionnaire of one round downloads, in the client's language unless another is chosen. */
export function questionnaireHref({
  clientId,
  round,
  language,
}: {
  clientId: string;
  round: string;
  language: string;
}): string {
  return withQuery(
    OUTCOME_REPORT_ROUTES.questionnaire.path.replace('{clientId}', encodeURIComponent(clientId)),
    {
      round,
      language,
    },
  );
}

export type OutcomeMeasureSettings = RouteAnswer<typeof OUTCOME_ROUTES.settings>;

export function fetchSettings({ programmeId }: { programmeId: string }): Promise<OutcomeMeasureSettings> {
  return portal.api.call(OUTCOME_ROUTES.settings, { params: { programmeId } });
}

export function updateSettings({
  programmeId,
  settings,
}: {
  programmeId: string;
  settings: RouteInput<typeof OUTCOME_ROUTES.updateSettings>['body'];
}): Promise<OutcomeMeasureSettings> {
  return portal.api.call(OUTCOME_ROUTES.updateSettings, { params: { programmeId }, body: settings });
}

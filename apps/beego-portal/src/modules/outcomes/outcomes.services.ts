import { OUTCOME_ROUTES, type RouteAnswer, type RouteInput } from '@digipakket/api/routes';
import { portal } from '../../portal';

export type OutcomeClientRounds = RouteAnswer<typeof OUTCOME_ROUTES.clientRounds>;
export type RecordOutcomeRound = RouteInput<typeof OUTCOME_ROUTES.recordRound>['body'];

/** The rounds this home-help partner took for the client, and the items the programme asks. */
export function fetchClientRounds({ clientId }: { clientId: string }): Promise<OutcomeClientRounds> {
  return portal.api.call(OUTCOME_ROUTES.clientRounds, { params: { clientId } });
}

/** The end round, taken by the student at the client's second visit (the visit's cheque). */
export function recordEndRound({
  clientId,
  chequeId,
  round,
}: {
  clientId: string;
  chequeId: string;
  round: Omit<RecordOutcomeRound, 'round' | 'occasion'>;
}) {
  return portal.api.call(OUTCOME_ROUTES.recordRound, {
    params: { clientId },
    body: { ...round, round: 'end', occasion: { kind: 'home_visit', chequeId } },
  });
}

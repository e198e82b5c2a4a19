import { OUTCOME_ROUTES, type RouteAnswer, type RouteInput } from '@digipakket/api/routes';
import { portal } from '../../portal';

export type OutcomeClientRounds = RouteAnswer<typeof OUTCOME_ROUTES.clientRounds>;
export type RecordOutcomeRound = RouteInput<typeof OUTCOME_ROUTES.recordRound>['body'];

/** The rounds this training partner took for the client, and the items the programme asks. */
export function fetchClientRounds({ clientId }: { clientId: string }): Promise<OutcomeClientRounds> {
  return portal.api.call(OUTCOME_ROUTES.clientRounds, { params: { clientId } });
}

/** The end round, taken by the teacher at the group's last half-day (`sessionId`). */
export function recordEndRound({
  clientId,
  sessionId,
  round,
}: {
  clientId: string;
  sessionId: string;
  round: Omit<RecordOutcomeRound, 'round' | 'occasion'>;
}) {
  return portal.api.call(OUTCOME_ROUTES.recordRound, {
    params: { clientId },
    body: { ...round, round: 'end', occasion: { kind: 'training_session', sessionId } },
  });
}

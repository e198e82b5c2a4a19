import { OUTCOME_ROUTES, type RouteInput } from '@digipakket/api/routes';
import { createResource } from 'solid-js';
import type { ApiClient } from '../api/api-client';

type RecordRoundBody = RouteInput<typeof OUTCOME_ROUTES.recordRound>['body'];

/** Where a partner takes the end round: at the client's home visit, or at a group's last half-day. */
export type EndRoundOccasion = Extract<
  RecordRoundBody['occasion'],
  { kind: 'home_visit' | 'training_session' }
>;

/** The client's rounds as this partner may see them, loaded again when `clientId` changes. */
export function createClientRoundsQuery({ api, clientId }: { api: ApiClient; clientId: () => string }) {
  return createResource(clientId, (id) =>
    api.call(OUTCOME_ROUTES.clientRounds, { params: { clientId: id } }),
  );
}

/** The end round, taken with the client on this occasion. */
export function recordEndRound({
  api,
  clientId,
  occasion,
  round,
}: {
  api: ApiClient;
  clientId: string;
  occasion: EndRoundOccasion;
  round: Omit<RecordRoundBody, 'round' | 'occasion'>;
}) {
  return api.call(OUTCOME_ROUTES.recordRound, {
    params: { clientId },
    body: { ...round, round: 'end', occasion },
  });
}

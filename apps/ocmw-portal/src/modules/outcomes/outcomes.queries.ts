import { createResource } from 'solid-js';
import {
  fetchBaselineFromIntake,
  fetchClientRounds,
  fetchComparison,
  fetchDueRounds,
  fetchSettings,
  type OutcomeComparisonQuery,
} from './outcomes.services';

/** A client's outcome rounds, statuses and change, loaded again when `clientId` changes. */
export function createClientRoundsQuery(clientId: () => string) {
  return createResource(clientId, (id) => fetchClientRounds({ clientId: id }));
}

/** The baseline answers the intake gives, for a baseline round; nothing to load for other rounds. */
export function createBaselineFromIntakeQuery(request: () => { clientId: string; round: string }) {
  return createResource(request, (current) =>
    current.round === 'baseline' ? fetchBaselineFromIntake({ clientId: current.clientId }) : null,
  );
}

/** The rounds due or overdue for the follow-up page. */
export function createDueRoundsQuery(scope: () => 'mine' | 'all') {
  return createResource(scope, (current) => fetchDueRounds({ scope: current }));
}

/** The project lead's comparison, loaded again when the programme, period or rounds change. */
export function createComparisonQuery(query: () => OutcomeComparisonQuery) {
  return createResource(query, (current) => fetchComparison({ query: current }));
}

/** The programme's settings for the measure (who takes the end round). */
export function createSettingsQuery(programmeId: () => string) {
  return createResource(programmeId, (id) => fetchSettings({ programmeId: id }));
}

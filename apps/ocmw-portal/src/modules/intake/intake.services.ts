import type {
  IntakeEvaluation,
  IntakeInput,
  IntakeResponse,
  IntakeSave,
  IntakeView,
} from '@digipakket/api/contracts';
import { portal } from '../../portal';

const path = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/intake`;

export function fetchIntake({ clientId }: { clientId: string }): Promise<IntakeResponse> {
  return portal.api.request<IntakeResponse>(path(clientId));
}

export function evaluateIntake({ clientId, input }: { clientId: string; input: IntakeInput }) {
  return portal.api.request<{ evaluation: IntakeEvaluation }>(`${path(clientId)}/evaluate`, { body: input });
}

export function saveIntake({ clientId, intake }: { clientId: string; intake: IntakeSave }) {
  return portal.api.request<{ intake: IntakeView; evaluation: IntakeEvaluation }>(path(clientId), {
    method: 'PUT',
    body: intake,
  });
}

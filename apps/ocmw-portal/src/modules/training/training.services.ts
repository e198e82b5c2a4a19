import type {
  ClientEnrolmentList,
  EnrolmentResponse,
  OpenGroupList,
  WithdrawInput,
} from '@digipakket/api/contracts';
import { TRAINING_ROUTES } from '@digipakket/api/routes';
import { newIdempotencyKey } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export function fetchOpenGroups({
  includeStarted = false,
}: {
  includeStarted?: boolean;
} = {}): Promise<OpenGroupList> {
  return portal.api.call(
    TRAINING_ROUTES.openGroups,
    includeStarted ? { query: { includeStarted: 'true' } } : {},
  );
}

export function enrol({
  clientId,
  groupId,
  confirmLanguageMismatch = false,
}: {
  clientId: string;
  groupId: string;
  confirmLanguageMismatch?: boolean;
}): Promise<EnrolmentResponse> {
  return portal.api.call(
    TRAINING_ROUTES.enrol,
    { body: { clientId, groupId, ...(confirmLanguageMismatch ? { confirmLanguageMismatch: true } : {}) } },
    { idempotencyKey: newIdempotencyKey() },
  );
}

export function withdraw({
  enrolmentId,
  input,
}: {
  enrolmentId: string;
  input: WithdrawInput;
}): Promise<unknown> {
  return portal.api.call(TRAINING_ROUTES.withdraw, { params: { id: enrolmentId }, body: input });
}

/** The client's enrolments with their sessions and attendance, as the training partner recorded them. */
export function fetchClientEnrolments({ clientId }: { clientId: string }): Promise<ClientEnrolmentList> {
  return portal.api.call(TRAINING_ROUTES.clientEnrolments, { params: { id: clientId } });
}

import type { EnrolmentResponse, OpenGroupList, WithdrawInput } from '@digipakket/api/contracts';
import { newIdempotencyKey } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export function fetchOpenGroups({
  includeStarted = false,
}: {
  includeStarted?: boolean;
} = {}): Promise<OpenGroupList> {
  return portal.api.request<OpenGroupList>('/training/groups/open', {
    ...(includeStarted ? { query: { includeStarted: 'true' } } : {}),
  });
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
  return portal.api.request<EnrolmentResponse>('/training/enrolments', {
    body: { clientId, groupId, ...(confirmLanguageMismatch ? { confirmLanguageMismatch: true } : {}) },
    idempotencyKey: newIdempotencyKey(),
  });
}

export function withdraw({
  enrolmentId,
  input,
}: {
  enrolmentId: string;
  input: WithdrawInput;
}): Promise<unknown> {
  return portal.api.request<unknown>(`/training/enrolments/${encodeURIComponent(enrolmentId)}/withdraw`, {
    method: 'POST',
    body: input,
  });
}

import type { EnrolmentResponse, OpenGroupList, WithdrawInput } from '@digipakket/api/contracts';
import { newIdempotencyKey } from '@digipakket/portal-kit';
import { portal } from '../../portal';

export function fetchOpenGroups(): Promise<OpenGroupList> {
  return portal.api.request<OpenGroupList>('/training/groups/open');
}

export function enrol({
  clientId,
  groupId,
}: {
  clientId: string;
  groupId: string;
}): Promise<EnrolmentResponse> {
  return portal.api.request<EnrolmentResponse>('/training/enrolments', {
    body: { clientId, groupId },
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

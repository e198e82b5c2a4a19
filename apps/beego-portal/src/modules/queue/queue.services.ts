import type {
  AssignRequest,
  QueueQuery,
  StudentInvite,
  StudentInvited,
  StudentList,
  VisitDetailResponse,
  VisitQueue,
} from '@digipakket/api/contracts';
import { portal } from '../../portal';

export function fetchQueue(query: QueueQuery): Promise<VisitQueue> {
  return portal.api.request<VisitQueue>('/visits/queue', { query: { ...query } });
}

export function fetchStudents(): Promise<StudentList> {
  return portal.api.request<StudentList>('/visits/students');
}

export function assignVisit({
  chequeId,
  body,
  reschedule,
}: {
  chequeId: string;
  body: AssignRequest;
  reschedule: boolean;
}) {
  return portal.api.request<VisitDetailResponse>(
    `/visits/${encodeURIComponent(chequeId)}/${reschedule ? 'reschedule' : 'assign'}`,
    { method: 'POST', body },
  );
}

export function markNoShow({ chequeId }: { chequeId: string }) {
  return portal.api.request<VisitDetailResponse>(`/visits/${encodeURIComponent(chequeId)}/no-show`, {
    method: 'POST',
    body: {},
  });
}

export function inviteStudent(body: StudentInvite) {
  return portal.api.request<StudentInvited>('/visits/students', { method: 'POST', body });
}

export function deactivateStudent({ studentId }: { studentId: string }) {
  return portal.api.request<void>(`/visits/students/${encodeURIComponent(studentId)}/deactivate`, {
    method: 'POST',
  });
}

/** A `datetime-local` value (the phone's own time zone) as an ISO instant for the API. */
export function localInputToIso(value: string): string {
  return new Date(value).toISOString();
}

/** Tomorrow at 10:00 on the phone's clock, as a `datetime-local` value: a sensible first proposal. */
export function defaultAppointmentInput(now: Date): string {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}T10:00`;
}

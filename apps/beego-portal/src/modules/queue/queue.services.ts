import type { AssignRequest, QueueQuery, StudentInvite } from '@digipakket/api/contracts';
import { MESSAGE_ROUTES, VISIT_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

export function fetchQueue(query: QueueQuery) {
  return portal.api.call(VISIT_ROUTES.queue, { query });
}

export function fetchStudents() {
  return portal.api.call(VISIT_ROUTES.students);
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
  return portal.api.call(reschedule ? VISIT_ROUTES.reschedule : VISIT_ROUTES.assign, {
    params: { chequeId },
    body,
  });
}

export function markNoShow({ chequeId }: { chequeId: string }) {
  return portal.api.call(VISIT_ROUTES.noShow, { params: { chequeId }, body: {} });
}

export function inviteStudent(body: StudentInvite) {
  return portal.api.call(VISIT_ROUTES.inviteStudent, { body });
}

export function issueStudentLink({ studentId }: { studentId: string }) {
  return portal.api.call(VISIT_ROUTES.studentLink, { params: { studentId } });
}

export function deactivateStudent({ studentId }: { studentId: string }) {
  return portal.api.call(VISIT_ROUTES.deactivateStudent, { params: { studentId } });
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

/** Beego's own reminders and notices to the client about one planned visit. */
export function fetchVisitMessages({ chequeId }: { chequeId: string }) {
  return portal.api.call(MESSAGE_ROUTES.partnerMessages, { query: { subject: `cheque:${chequeId}` } });
}

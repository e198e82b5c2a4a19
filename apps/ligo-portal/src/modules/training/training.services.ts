import type {
  AttendanceMarkInput,
  GenerateSessions,
  GroupInput,
  LocationInput,
  ReferralInput,
  SessionPatch,
  WithdrawInput,
} from '@digipakket/api/contracts';
import { MESSAGE_ROUTES, TRAINING_ROUTES } from '@digipakket/api/routes';
import { portal } from '../../portal';

const api = portal.api;

export const fetchAttendance = (sessionId: string) =>
  api.call(TRAINING_ROUTES.attendance, { params: { id: sessionId } });

export const markAttendance = ({
  sessionId,
  enrolmentId,
  mark,
}: {
  sessionId: string;
  enrolmentId: string;
  mark: AttendanceMarkInput;
}) => api.call(TRAINING_ROUTES.markAttendance, { params: { id: sessionId, enrolmentId }, body: mark });

export const saveProgressNote = ({ enrolmentId, note }: { enrolmentId: string; note: string }) =>
  api.call(TRAINING_ROUTES.progressNote, { params: { id: enrolmentId }, body: { note } });

export const fetchGroups = () => api.call(TRAINING_ROUTES.groups);
export const fetchGroup = (groupId: string) => api.call(TRAINING_ROUTES.group, { params: { id: groupId } });
export const createGroup = (input: GroupInput) => api.call(TRAINING_ROUTES.createGroup, { body: input });
export const generateSessions = ({ groupId, pattern }: { groupId: string; pattern: GenerateSessions }) =>
  api.call(TRAINING_ROUTES.generateSessions, { params: { id: groupId }, body: pattern });
export const updateSession = ({ sessionId, patch }: { sessionId: string; patch: SessionPatch }) =>
  api.call(TRAINING_ROUTES.updateSession, { params: { id: sessionId }, body: patch });
export const withdrawEnrolment = ({ enrolmentId, input }: { enrolmentId: string; input: WithdrawInput }) =>
  api.call(TRAINING_ROUTES.withdraw, { params: { id: enrolmentId }, body: input });
export const decideReferral = ({ enrolmentId, referral }: { enrolmentId: string; referral: ReferralInput }) =>
  api.call(TRAINING_ROUTES.decideReferral, { params: { id: enrolmentId }, body: referral });

export const fetchProgrammes = () => api.call(TRAINING_ROUTES.programmes);
export const fetchLocations = () => api.call(TRAINING_ROUTES.locations);
export const saveLocation = ({
  locationId,
  input,
}: {
  locationId: string | undefined;
  input: LocationInput;
}) =>
  locationId
    ? api.call(TRAINING_ROUTES.updateLocation, { params: { id: locationId }, body: input })
    : api.call(TRAINING_ROUTES.createLocation, { body: input });

export const fetchTeachers = () => api.call(TRAINING_ROUTES.teachers);
export const inviteTeacher = (input: { email: string; displayName: string; sendEmail?: boolean }) =>
  api.call(TRAINING_ROUTES.inviteTeacher, { body: input });
export const issueTeacherLink = (teacherId: string) =>
  api.call(TRAINING_ROUTES.teacherLink, { params: { id: teacherId } });
export const deactivateTeacher = (teacherId: string) =>
  api.call(TRAINING_ROUTES.deactivateTeacher, { params: { id: teacherId } });

/** Ligo's own reminders and notices to the learners about one half-day. */
export function fetchSessionMessages({ sessionId }: { sessionId: string }) {
  return portal.api.call(MESSAGE_ROUTES.partnerMessages, {
    query: { subject: `course_session:${sessionId}` },
  });
}

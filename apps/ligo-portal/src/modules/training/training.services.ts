import type {
  AttendanceList,
  AttendanceMarkInput,
  AttendanceMarkResponse,
  GenerateSessions,
  GroupDetail,
  GroupInput,
  GroupList,
  GroupSession,
  GroupSummary,
  Location,
  LocationInput,
  LocationList,
  ReferralInput,
  ReferralView,
  SessionPatch,
  Teacher,
  TeacherInviteResponse,
  TeacherList,
  TrainingProgrammeList,
  WithdrawInput,
} from '@digipakket/api/contracts';
import { portal } from '../../portal';

const api = portal.api;

export const fetchAttendance = (sessionId: string) =>
  api.request<AttendanceList>(`/training/sessions/${encodeURIComponent(sessionId)}/attendance`);

export const markAttendance = ({
  sessionId,
  enrolmentId,
  mark,
}: {
  sessionId: string;
  enrolmentId: string;
  mark: AttendanceMarkInput;
}) =>
  api.request<AttendanceMarkResponse>(
    `/training/sessions/${encodeURIComponent(sessionId)}/attendance/${encodeURIComponent(enrolmentId)}`,
    { method: 'PUT', body: mark },
  );

export const saveProgressNote = ({ enrolmentId, note }: { enrolmentId: string; note: string }) =>
  api.request<{ enrolmentId: string; progressNote: string }>(
    `/training/enrolments/${encodeURIComponent(enrolmentId)}/progress-note`,
    { method: 'PUT', body: { note } },
  );

export const fetchGroups = () => api.request<GroupList>('/training/groups');
export const fetchGroup = (groupId: string) =>
  api.request<GroupDetail>(`/training/groups/${encodeURIComponent(groupId)}`);
export const createGroup = (input: GroupInput) =>
  api.request<{ group: GroupSummary }>('/training/groups', { method: 'POST', body: input });
export const generateSessions = ({ groupId, pattern }: { groupId: string; pattern: GenerateSessions }) =>
  api.request<{ sessions: GroupSession[] }>(`/training/groups/${encodeURIComponent(groupId)}/sessions`, {
    method: 'POST',
    body: pattern,
  });
export const updateSession = ({ sessionId, patch }: { sessionId: string; patch: SessionPatch }) =>
  api.request<{ session: GroupSession }>(`/training/sessions/${encodeURIComponent(sessionId)}`, {
    method: 'PATCH',
    body: patch,
  });
export const withdrawEnrolment = ({ enrolmentId, input }: { enrolmentId: string; input: WithdrawInput }) =>
  api.request<{ promoted: { id: string }[] }>(
    `/training/enrolments/${encodeURIComponent(enrolmentId)}/withdraw`,
    { method: 'POST', body: input },
  );
export const decideReferral = ({ enrolmentId, referral }: { enrolmentId: string; referral: ReferralInput }) =>
  api.request<{ referral: ReferralView }>(
    `/training/enrolments/${encodeURIComponent(enrolmentId)}/referral`,
    {
      method: 'PUT',
      body: referral,
    },
  );

export const fetchProgrammes = () => api.request<TrainingProgrammeList>('/training/programmes');
export const fetchLocations = () => api.request<LocationList>('/training/locations');
export const saveLocation = ({
  locationId,
  input,
}: {
  locationId: string | undefined;
  input: LocationInput;
}) =>
  api.request<{ location: Location }>(
    locationId ? `/training/locations/${encodeURIComponent(locationId)}` : '/training/locations',
    { method: locationId ? 'PUT' : 'POST', body: input },
  );

export const fetchTeachers = () => api.request<TeacherList>('/training/teachers');
export const inviteTeacher = (input: { email: string; displayName: string }) =>
  api.request<TeacherInviteResponse>('/training/teachers', { method: 'POST', body: input });
export const deactivateTeacher = (teacherId: string) =>
  api.request<{ teacher: Teacher }>(`/training/teachers/${encodeURIComponent(teacherId)}/deactivate`, {
    method: 'POST',
  });

import type { z } from 'zod';
import { route } from '../shared/route-contract';
import type {
  AttendanceListSchema,
  AttendanceMarkResponseSchema,
  AttendanceMarkSchema,
  ClientEnrolmentListSchema,
  EnrolmentCreateSchema,
  EnrolmentResponseSchema,
  GenerateSessionsSchema,
  GroupDetailSchema,
  GroupInputSchema,
  GroupListSchema,
  GroupPatchSchema,
  GroupSessionSchema,
  GroupSummarySchema,
  LocationInputSchema,
  LocationListSchema,
  LocationSchema,
  OpenGroupListSchema,
  OpenGroupsQuerySchema,
  ProgressNoteSchema,
  ReferralInputSchema,
  ReferralSchema,
  SessionListSchema,
  SessionPatchSchema,
  SessionRangeQuerySchema,
  TeacherInviteResponseSchema,
  TeacherInviteSchema,
  TeacherListSchema,
  TeacherSchema,
  TrainingProgrammeListSchema,
  WithdrawResponseSchema,
  WithdrawSchema,
} from './training.schemas';

type OneGroup = z.ZodObject<{ group: typeof GroupSummarySchema }>;
type OneLocation = {
  body: typeof LocationInputSchema;
  answer: z.ZodObject<{ location: typeof LocationSchema }>;
};

/** The training routes (courses, sessions, enrolments, attendance) as the portals call them. */
export const TRAINING_ROUTES = {
  mySessions: route<{ query: typeof SessionRangeQuerySchema; answer: typeof SessionListSchema }>()(
    'GET',
    '/training/sessions/mine',
  ),
  attendance: route<{ answer: typeof AttendanceListSchema }>()('GET', '/training/sessions/{id}/attendance'),
  markAttendance: route<{ body: typeof AttendanceMarkSchema; answer: typeof AttendanceMarkResponseSchema }>()(
    'PUT',
    '/training/sessions/{id}/attendance/{enrolmentId}',
  ),
  progressNote: route<{
    body: typeof ProgressNoteSchema;
    answer: z.ZodType<{ enrolmentId: string; progressNote: string }>;
  }>()('PUT', '/training/enrolments/{id}/progress-note'),
  locations: route<{ answer: typeof LocationListSchema }>()('GET', '/training/locations'),
  createLocation: route<OneLocation>()('POST', '/training/locations'),
  updateLocation: route<OneLocation>()('PUT', '/training/locations/{id}'),
  teachers: route<{ answer: typeof TeacherListSchema }>()('GET', '/training/teachers'),
  inviteTeacher: route<{ body: typeof TeacherInviteSchema; answer: typeof TeacherInviteResponseSchema }>()(
    'POST',
    '/training/teachers',
  ),
  deactivateTeacher: route<{ answer: z.ZodObject<{ teacher: typeof TeacherSchema }> }>()(
    'POST',
    '/training/teachers/{id}/deactivate',
  ),
  programmes: route<{ answer: typeof TrainingProgrammeListSchema }>()('GET', '/training/programmes'),
  groups: route<{ answer: typeof GroupListSchema }>()('GET', '/training/groups'),
  createGroup: route<{ body: typeof GroupInputSchema; answer: OneGroup }>()('POST', '/training/groups'),
  updateGroup: route<{ body: typeof GroupPatchSchema; answer: OneGroup }>()('PATCH', '/training/groups/{id}'),
  group: route<{ answer: typeof GroupDetailSchema }>()('GET', '/training/groups/{id}'),
  generateSessions: route<{
    body: typeof GenerateSessionsSchema;
    answer: z.ZodObject<{ sessions: z.ZodArray<typeof GroupSessionSchema> }>;
  }>()('POST', '/training/groups/{id}/sessions'),
  updateSession: route<{
    body: typeof SessionPatchSchema;
    answer: z.ZodObject<{ session: typeof GroupSessionSchema }>;
  }>()('PATCH', '/training/sessions/{id}'),
  decideReferral: route<{
    body: typeof ReferralInputSchema;
    answer: z.ZodObject<{ referral: typeof ReferralSchema }>;
  }>()('PUT', '/training/enrolments/{id}/referral'),
  clientEnrolments: route<{ answer: typeof ClientEnrolmentListSchema }>()(
    'GET',
    '/training/clients/{id}/enrolments',
  ),
  openGroups: route<{ query: typeof OpenGroupsQuerySchema; answer: typeof OpenGroupListSchema }>()(
    'GET',
    '/training/groups/open',
  ),
  enrol: route<{ body: typeof EnrolmentCreateSchema; answer: typeof EnrolmentResponseSchema }>()(
    'POST',
    '/training/enrolments',
  ),
  withdraw: route<{ body: typeof WithdrawSchema; answer: typeof WithdrawResponseSchema }>()(
    'POST',
    '/training/enrolments/{id}/withdraw',
  ),
};

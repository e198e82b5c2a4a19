import type { z } from 'zod';
import { route, types } from '../../ground/shared/route-contract';
import type { SignInLinkSchema } from '../../records/users/users.schemas';
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
  mySessions: route(
    'GET',
    '/training/sessions/mine',
    types<{ query: typeof SessionRangeQuerySchema; answer: typeof SessionListSchema }>(),
  ),
  attendance: route(
    'GET',
    '/training/sessions/{id}/attendance',
    types<{ answer: typeof AttendanceListSchema }>(),
  ),
  markAttendance: route(
    'PUT',
    '/training/sessions/{id}/attendance/{enrolmentId}',
    types<{ body: typeof AttendanceMarkSchema; answer: typeof AttendanceMarkResponseSchema }>(),
  ),
  progressNote: route(
    'PUT',
    '/training/enrolments/{id}/progress-note',
    types<{
      body: typeof ProgressNoteSchema;
      answer: z.ZodType<{ enrolmentId: string; progressNote: string }>;
    }>(),
  ),
  locations: route('GET', '/training/locations', types<{ answer: typeof LocationListSchema }>()),
  createLocation: route('POST', '/training/locations', types<OneLocation>()),
  updateLocation: route('PUT', '/training/locations/{id}', types<OneLocation>()),
  teachers: route('GET', '/training/teachers', types<{ answer: typeof TeacherListSchema }>()),
  inviteTeacher: route(
    'POST',
    '/training/teachers',
    types<{ body: typeof TeacherInviteSchema; answer: typeof TeacherInviteResponseSchema }>(),
  ),
  teacherLink: route('POST', '/training/teachers/{id}/link', types<{ answer: typeof SignInLinkSchema }>()),
  deactivateTeacher: route(
    'POST',
    '/training/teachers/{id}/deactivate',
    types<{ answer: z.ZodObject<{ teacher: typeof TeacherSchema }> }>(),
  ),
  programmes: route('GET', '/training/programmes', types<{ answer: typeof TrainingProgrammeListSchema }>()),
  groups: route('GET', '/training/groups', types<{ answer: typeof GroupListSchema }>()),
  createGroup: route(
    'POST',
    '/training/groups',
    types<{ body: typeof GroupInputSchema; answer: OneGroup }>(),
  ),
  updateGroup: route(
    'PATCH',
    '/training/groups/{id}',
    types<{ body: typeof GroupPatchSchema; answer: OneGroup }>(),
  ),
  group: route('GET', '/training/groups/{id}', types<{ answer: typeof GroupDetailSchema }>()),
  generateSessions: route(
    'POST',
    '/training/groups/{id}/sessions',
    types<{
      body: typeof GenerateSessionsSchema;
      answer: z.ZodObject<{ sessions: z.ZodArray<typeof GroupSessionSchema> }>;
    }>(),
  ),
  updateSession: route(
    'PATCH',
    '/training/sessions/{id}',
    types<{
      body: typeof SessionPatchSchema;
      answer: z.ZodObject<{ session: typeof GroupSessionSchema }>;
    }>(),
  ),
  decideReferral: route(
    'PUT',
    '/training/enrolments/{id}/referral',
    types<{
      body: typeof ReferralInputSchema;
      answer: z.ZodObject<{ referral: typeof ReferralSchema }>;
    }>(),
  ),
  clientEnrolments: route(
    'GET',
    '/training/clients/{id}/enrolments',
    types<{ answer: typeof ClientEnrolmentListSchema }>(),
  ),
  openGroups: route(
    'GET',
    '/training/groups/open',
    types<{ query: typeof OpenGroupsQuerySchema; answer: typeof OpenGroupListSchema }>(),
  ),
  enrol: route(
    'POST',
    '/training/enrolments',
    types<{ body: typeof EnrolmentCreateSchema; answer: typeof EnrolmentResponseSchema }>(),
  ),
  withdraw: route(
    'POST',
    '/training/enrolments/{id}/withdraw',
    types<{ body: typeof WithdrawSchema; answer: typeof WithdrawResponseSchema }>(),
  ),
};

import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
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

type Shapes = {
  mySessions: { query: typeof SessionRangeQuerySchema; answer: typeof SessionListSchema };
  attendance: { answer: typeof AttendanceListSchema };
  markAttendance: { body: typeof AttendanceMarkSchema; answer: typeof AttendanceMarkResponseSchema };
  progressNote: {
    body: typeof ProgressNoteSchema;
    answer: z.ZodType<{ enrolmentId: string; progressNote: string }>;
  };
  locations: { answer: typeof LocationListSchema };
  createLocation: OneLocation;
  updateLocation: OneLocation;
  teachers: { answer: typeof TeacherListSchema };
  inviteTeacher: { body: typeof TeacherInviteSchema; answer: typeof TeacherInviteResponseSchema };
  teacherLink: { answer: typeof SignInLinkSchema };
  deactivateTeacher: { answer: z.ZodObject<{ teacher: typeof TeacherSchema }> };
  programmes: { answer: typeof TrainingProgrammeListSchema };
  groups: { answer: typeof GroupListSchema };
  createGroup: { body: typeof GroupInputSchema; answer: OneGroup };
  updateGroup: { body: typeof GroupPatchSchema; answer: OneGroup };
  group: { answer: typeof GroupDetailSchema };
  generateSessions: {
    body: typeof GenerateSessionsSchema;
    answer: z.ZodObject<{ sessions: z.ZodArray<typeof GroupSessionSchema> }>;
  };
  updateSession: {
    body: typeof SessionPatchSchema;
    answer: z.ZodObject<{ session: typeof GroupSessionSchema }>;
  };
  decideReferral: {
    body: typeof ReferralInputSchema;
    answer: z.ZodObject<{ referral: typeof ReferralSchema }>;
  };
  clientEnrolments: { answer: typeof ClientEnrolmentListSchema };
  openGroups: { query: typeof OpenGroupsQuerySchema; answer: typeof OpenGroupListSchema };
  enrol: { body: typeof EnrolmentCreateSchema; answer: typeof EnrolmentResponseSchema };
  withdraw: { body: typeof WithdrawSchema; answer: typeof WithdrawResponseSchema };
};

/** The training routes (courses, sessions, enrolments, attendance) as the portals call them. */
export const TRAINING_ROUTES = contract(types<Shapes>(), {
  mySessions: 'GET /training/sessions/mine',
  attendance: 'GET /training/sessions/{id}/attendance',
  markAttendance: 'PUT /training/sessions/{id}/attendance/{enrolmentId}',
  progressNote: 'PUT /training/enrolments/{id}/progress-note',
  locations: 'GET /training/locations',
  createLocation: 'POST /training/locations',
  updateLocation: 'PUT /training/locations/{id}',
  teachers: 'GET /training/teachers',
  inviteTeacher: 'POST /training/teachers',
  teacherLink: 'POST /training/teachers/{id}/link',
  deactivateTeacher: 'POST /training/teachers/{id}/deactivate',
  programmes: 'GET /training/programmes',
  groups: 'GET /training/groups',
  createGroup: 'POST /training/groups',
  updateGroup: 'PATCH /training/groups/{id}',
  group: 'GET /training/groups/{id}',
  generateSessions: 'POST /training/groups/{id}/sessions',
  updateSession: 'PATCH /training/sessions/{id}',
  decideReferral: 'PUT /training/enrolments/{id}/referral',
  clientEnrolments: 'GET /training/clients/{id}/enrolments',
  openGroups: 'GET /training/groups/open',
  enrol: 'POST /training/enrolments',
  withdraw: 'POST /training/enrolments/{id}/withdraw',
});

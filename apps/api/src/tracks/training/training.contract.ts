import type { z } from 'zod';
import { contract, types } from '../../ground/shared/route-contract';
import type { SignInLinkSchema } from '../../records/users/users.schemas';
import type * as schemas from './training.schemas';

type OneGroup = z.ZodObject<{ group: typeof schemas.GroupSummarySchema }>;
type OneLocation = {
  body: typeof schemas.LocationInputSchema;
  answer: z.ZodObject<{ location: typeof schemas.LocationSchema }>;
};

type Shapes = {
  mySessions: { query: typeof schemas.SessionRangeQuerySchema; answer: typeof schemas.SessionListSchema };
  attendance: { answer: typeof schemas.AttendanceListSchema };
  markAttendance: {
    body: typeof schemas.AttendanceMarkSchema;
    answer: typeof schemas.AttendanceMarkResponseSchema;
  };
  progressNote: {
    body: typeof schemas.ProgressNoteSchema;
    answer: z.ZodType<{ enrolmentId: string; progressNote: string }>;
  };
  locations: { answer: typeof schemas.LocationListSchema };
  createLocation: OneLocation;
  updateLocation: OneLocation;
  teachers: { answer: typeof schemas.TeacherListSchema };
  inviteTeacher: {
    body: typeof schemas.TeacherInviteSchema;
    answer: typeof schemas.TeacherInviteResponseSchema;
  };
  teacherLink: { answer: typeof SignInLinkSchema };
  deactivateTeacher: { answer: z.ZodObject<{ teacher: typeof schemas.TeacherSchema }> };
  programmes: { answer: typeof schemas.TrainingProgrammeListSchema };
  groups: { answer: typeof schemas.GroupListSchema };
  createGroup: { body: typeof schemas.GroupInputSchema; answer: OneGroup };
  updateGroup: { body: typeof schemas.GroupPatchSchema; answer: OneGroup };
  group: { answer: typeof schemas.GroupDetailSchema };
  generateSessions: {
    body: typeof schemas.GenerateSessionsSchema;
    answer: z.ZodObject<{ sessions: z.ZodArray<typeof schemas.GroupSessionSchema> }>;
  };
  updateSession: {
    body: typeof schemas.SessionPatchSchema;
    answer: z.ZodObject<{ session: typeof schemas.GroupSessionSchema }>;
  };
  decideReferral: {
    body: typeof schemas.ReferralInputSchema;
    answer: z.ZodObject<{ referral: typeof schemas.ReferralSchema }>;
  };
  clientEnrolments: { answer: typeof schemas.ClientEnrolmentListSchema };
  openGroups: { query: typeof schemas.OpenGroupsQuerySchema; answer: typeof schemas.OpenGroupListSchema };
  enrol: { body: typeof schemas.EnrolmentCreateSchema; answer: typeof schemas.EnrolmentResponseSchema };
  withdraw: { body: typeof schemas.WithdrawSchema; answer: typeof schemas.WithdrawResponseSchema };
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

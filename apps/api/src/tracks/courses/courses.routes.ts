import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS, type RoleKey } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { SignInLinkSchema } from '../../records/users/users.schemas';
import {
  ClientEnrolmentListSchema,
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
  ReferralInputSchema,
  ReferralSchema,
  SessionPatchSchema,
  TeacherInviteResponseSchema,
  TeacherInviteSchema,
  TeacherListSchema,
  TeacherSchema,
  TrainingProgrammeListSchema,
} from '../training/training.schemas';
import { listLocations, saveLocation } from './courses.locations.usecases';
import { decideReferral, listClientEnrolments } from './courses.referrals.usecases';
import { generateSessions, updateSession } from './courses.sessions.usecases';
import {
  deactivateTeacher,
  inviteTeacher,
  issueTeacherLink,
  listTeachers,
  listTrainingProgrammes,
} from './courses.teachers.usecases';
import { createGroup, getGroupDetail, listGroups, updateGroup } from './courses.usecases';

const COORDINATOR: readonly RoleKey[] = ['training:coordinator'];
const idParam = z.object({ id: z.string().max(64) });

const listLocationsRoute = defineRoute({
  method: 'get',
  path: '/api/training/locations',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Locations of the training partner',
  responses: { 200: jsonResponse(LocationListSchema, 'Locations.'), ...errorResponses(401, 403) },
});

const createLocationRoute = defineRoute({
  method: 'post',
  path: '/api/training/locations',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Add a location (address, accessibility, directions)',
  request: { body: jsonBody(LocationInputSchema) },
  responses: {
    201: jsonResponse(z.object({ location: LocationSchema }), 'The new location.'),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const updateLocationRoute = defineRoute({
  method: 'put',
  path: '/api/training/locations/{id}',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Change a location',
  request: { params: idParam, body: jsonBody(LocationInputSchema) },
  responses: {
    200: jsonResponse(z.object({ location: LocationSchema }), 'The location.'),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const listTeachersRoute = defineRoute({
  method: 'get',
  path: '/api/training/teachers',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Teachers of the training partner',
  responses: { 200: jsonResponse(TeacherListSchema, 'Teachers.'), ...errorResponses(401, 403) },
});

const inviteTeacherRoute = defineRoute({
  method: 'post',
  path: '/api/training/teachers',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Invite a teacher: an account and its invitation link, shown once',
  description:
    'The teacher opens the link (or its QR code) and chooses their own password; it works once, for `INVITATION_LINK_DAYS` (7). An e-mail address already in use answers 409 `user.email_taken`.',
  request: { body: jsonBody(TeacherInviteSchema) },
  responses: {
    201: jsonResponse(TeacherInviteResponseSchema, 'The teacher and their invitation link.'),
    ...errorResponses(400, 401, 403, 409, 413, 415),
  },
});

const teacherLinkRoute = defineRoute({
  method: 'post',
  path: '/api/training/teachers/{id}/link',
  tag: 'training',
  access: COORDINATOR,
  summary: 'A new sign-in link for a teacher, shown once',
  description:
    'To invite again or to hand over in person when a teacher forgot their password: the earlier unused links stop working. A teacher of another organisation, or a deactivated one, answers 404 `teacher.not_found`.',
  request: { params: idParam },
  responses: {
    201: jsonResponse(SignInLinkSchema, 'The link, shown this once.'),
    ...errorResponses(401, 403, 404),
  },
});

const deactivateTeacherRoute = defineRoute({
  method: 'post',
  path: '/api/training/teachers/{id}/deactivate',
  tag: 'training',
  access: COORDINATOR,
  summary: "Deactivate a teacher; all of the teacher's sessions end at once",
  request: { params: idParam },
  responses: {
    200: jsonResponse(z.object({ teacher: TeacherSchema }), 'The deactivated teacher.'),
    ...errorResponses(401, 403, 404),
  },
});

const listProgrammesRoute = defineRoute({
  method: 'get',
  path: '/api/training/programmes',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Programmes of the welfare centres this partner trains for, with their course rules',
  responses: { 200: jsonResponse(TrainingProgrammeListSchema, 'Programmes.'), ...errorResponses(401, 403) },
});

const listGroupsRoute = defineRoute({
  method: 'get',
  path: '/api/training/groups',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Course groups of the training partner, newest first',
  responses: { 200: jsonResponse(GroupListSchema, 'Groups.'), ...errorResponses(401, 403) },
});

const createGroupRoute = defineRoute({
  method: 'post',
  path: '/api/training/groups',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Create a course group',
  request: { body: jsonBody(GroupInputSchema) },
  responses: {
    201: jsonResponse(z.object({ group: GroupSummarySchema }), 'The new group.'),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const updateGroupRoute = defineRoute({
  method: 'patch',
  path: '/api/training/groups/{id}',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Change a group (more seats move waitlisted learners up)',
  description: 'Fewer seats than enrolled learners answers 409 `enrolment.capacity_below_enrolled`.',
  request: { params: idParam, body: jsonBody(GroupPatchSchema) },
  responses: {
    200: jsonResponse(z.object({ group: GroupSummarySchema }), 'The group.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const groupDetailRoute = defineRoute({
  method: 'get',
  path: '/api/training/groups/{id}',
  tag: 'training',
  access: COORDINATOR,
  summary: 'A group with its sessions, roster, waitlist, completion and referrals',
  request: { params: idParam },
  responses: { 200: jsonResponse(GroupDetailSchema, 'The group.'), ...errorResponses(401, 403, 404) },
});

const generateSessionsRoute = defineRoute({
  method: 'post',
  path: '/api/training/groups/{id}/sessions',
  tag: 'training',
  access: COORDINATOR,
  summary: "Plan the programme's half-day sessions from a start date on chosen weekdays",
  description: 'A group that already has sessions answers 409 `course_group.sessions_exist`.',
  request: { params: idParam, body: jsonBody(GenerateSessionsSchema) },
  responses: {
    201: jsonResponse(z.object({ sessions: z.array(GroupSessionSchema) }), 'The planned sessions.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const updateSessionRoute = defineRoute({
  method: 'patch',
  path: '/api/training/sessions/{id}',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Move or cancel one session',
  description:
    "Records the change; the welfare centres of the learners on the roster see it on their client's page, and a change at short notice raises a follow-up signal for them. A new date or time that has already passed answers 409 `course_session.in_past`; one that overlaps another session of the group's teacher answers 409 `course_session.teacher_busy` (with that group's name and hours).",
  request: { params: idParam, body: jsonBody(SessionPatchSchema) },
  responses: {
    200: jsonResponse(z.object({ session: GroupSessionSchema }), 'The session.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const referralRoute = defineRoute({
  method: 'put',
  path: '/api/training/enrolments/{id}/referral',
  tag: 'training',
  access: COORDINATOR,
  summary: 'Record the referral decision after the basic course',
  description:
    'Referred to a regular course (which) or not (why). Only for an enrolled learner (409 `referral.not_enrolled`).',
  request: { params: idParam, body: jsonBody(ReferralInputSchema) },
  responses: {
    200: jsonResponse(z.object({ referral: ReferralSchema }), 'The decision.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const clientEnrolmentsRoute = defineRoute({
  method: 'get',
  path: '/api/training/clients/{id}/enrolments',
  tag: 'training',
  access: ACCESS.caseworkers,
  summary: "A client's enrolments with attendance, completion, referral and progress note",
  request: { params: idParam },
  responses: {
    200: jsonResponse(ClientEnrolmentListSchema, 'Enrolments, oldest first.'),
    ...errorResponses(401, 403, 404),
  },
});

export function registerCoursesRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(app, listLocationsRoute, 200, ({ ctx }) => listLocations({ ctx }));
  serveJson(app, createLocationRoute, 201, ({ ctx, body }) =>
    saveLocation({ ctx, locationId: undefined, input: body }),
  );
  serveJson(app, updateLocationRoute, 200, ({ ctx, param, body }) =>
    saveLocation({ ctx, locationId: param.id, input: body }),
  );

  serveJson(app, listTeachersRoute, 200, ({ ctx }) => listTeachers({ ctx }));
  serveJson(app, inviteTeacherRoute, 201, ({ ctx, body: { email, displayName, sendEmail } }) =>
    inviteTeacher({ ctx, config: deps.config, email, displayName, sendEmail }),
  );
  serveJson(app, teacherLinkRoute, 201, ({ ctx, param }) =>
    issueTeacherLink({ ctx, config: deps.config, userId: param.id }),
  );
  serveJson(app, deactivateTeacherRoute, 200, ({ ctx, param }) =>
    deactivateTeacher({ ctx, userId: param.id }),
  );

  serveJson(app, listProgrammesRoute, 200, ({ ctx }) => listTrainingProgrammes({ ctx }));
  serveJson(app, listGroupsRoute, 200, ({ ctx }) => listGroups({ ctx }));
  serveJson(app, createGroupRoute, 201, ({ ctx, body }) => createGroup({ ctx, input: body }));
  serveJson(app, updateGroupRoute, 200, ({ ctx, param, body }) =>
    updateGroup({ ctx, groupId: param.id, input: body }),
  );
  serveJson(app, groupDetailRoute, 200, ({ ctx, param }) => getGroupDetail({ ctx, groupId: param.id }));
  serveJson(app, generateSessionsRoute, 201, ({ ctx, param, body }) =>
    generateSessions({ timeZone: deps.config.timeZone, ctx, groupId: param.id, input: body }),
  );
  serveJson(app, updateSessionRoute, 200, ({ ctx, param, body }) =>
    updateSession({ ctx, timeZone: deps.config.timeZone, sessionId: param.id, input: body }),
  );
  serveJson(app, referralRoute, 200, ({ ctx, param, body }) =>
    decideReferral({ ctx, enrolmentId: param.id, input: body }),
  );
  serveJson(app, clientEnrolmentsRoute, 200, ({ tenant, param }) =>
    listClientEnrolments({ ctx: tenant, clientId: param.id }),
  );
}

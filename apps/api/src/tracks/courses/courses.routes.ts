import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS, type RoleKey } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson, withCaller, withCallerId, withClient } from '../../ground/http/serve';
import { newSignInLinkRoute } from '../../records/users/users.routes';
import { TRAINING_ROUTES } from '../training/training.contract';
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

const define = routesOf({ tag: 'training', access: COORDINATOR });

type Registration = { app: OpenAPIHono<AppEnv>; deps: AppDeps };

export function registerCoursesRoutes({ app, deps }: Registration) {
  registerLocationRoutes({ app });
  registerTeacherRoutes({ app, deps });
  registerGroupRoutes({ app, deps });
}

/** The training locations. */
function registerLocationRoutes({ app }: Pick<Registration, 'app'>) {
  serveJson(
    app,
    define(TRAINING_ROUTES.locations, {
      summary: 'Locations of the training partner',
      answer: [200, LocationListSchema, 'Locations.'],
    }),
    withCaller(listLocations),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.createLocation, {
      summary: 'Add a location (address, accessibility, directions)',
      body: LocationInputSchema,
      answer: [201, z.object({ location: LocationSchema }), 'The new location.'],
    }),
    ({ ctx, body }) => saveLocation({ ctx, locationId: undefined, input: body }),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.updateLocation, {
      summary: 'Change a location',
      body: LocationInputSchema,
      answer: [200, z.object({ location: LocationSchema }), 'The location.'],
      errors: [404],
    }),
    ({ ctx, param, body }) => saveLocation({ ctx, locationId: param.id, input: body }),
  );
}

/** The training partner's teachers: invite, new link, deactivate. */
function registerTeacherRoutes({ app, deps }: Registration) {
  serveJson(
    app,
    define(TRAINING_ROUTES.teachers, {
      summary: 'Teachers of the training partner',
      answer: [200, TeacherListSchema, 'Teachers.'],
    }),
    withCaller(listTeachers),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.inviteTeacher, {
      summary: 'Invite a teacher: an account and its invitation link, shown once',
      description:
        'The teacher opens the link (or its QR code) and chooses their own password; it works once, for `INVITATION_LINK_DAYS` (7). An e-mail address already in use answers 409 `user.email_taken`.',
      body: TeacherInviteSchema,
      answer: [201, TeacherInviteResponseSchema, 'The teacher and their invitation link.'],
      errors: [409],
    }),
    ({ ctx, body: { email, displayName, sendEmail } }) =>
      inviteTeacher({ ctx, config: deps.config, email, displayName, sendEmail }),
  );
  serveJson(
    app,
    define(
      TRAINING_ROUTES.teacherLink,
      newSignInLinkRoute({
        who: 'teacher',
        notFound: 'A teacher of another organisation, or a deactivated one, answers 404 `teacher.not_found`.',
      }),
    ),
    ({ ctx, param }) => issueTeacherLink({ ctx, config: deps.config, userId: param.id }),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.deactivateTeacher, {
      summary: "Deactivate a teacher; all of the teacher's sessions end at once",
      answer: [200, z.object({ teacher: TeacherSchema }), 'The deactivated teacher.'],
      errors: [404],
    }),
    withCallerId('userId', deactivateTeacher),
  );
}

/** Course groups, their sessions, referrals and enrolments. */
function registerGroupRoutes({ app, deps }: Registration) {
  const timeZone = deps.config.timeZone;

  serveJson(
    app,
    define(TRAINING_ROUTES.programmes, {
      summary: 'Programmes of the welfare centres this partner trains for, with their course rules',
      answer: [200, TrainingProgrammeListSchema, 'Programmes.'],
    }),
    withCaller(listTrainingProgrammes),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.groups, {
      summary: 'Course groups of the training partner, newest first',
      answer: [200, GroupListSchema, 'Groups.'],
    }),
    withCaller(listGroups),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.createGroup, {
      summary: 'Create a course group',
      body: GroupInputSchema,
      answer: [201, z.object({ group: GroupSummarySchema }), 'The new group.'],
      errors: [404],
    }),
    ({ ctx, body }) => createGroup({ ctx, input: body }),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.updateGroup, {
      summary: 'Change a group (more seats move waitlisted learners up)',
      description: 'Fewer seats than enrolled learners answers 409 `enrolment.capacity_below_enrolled`.',
      body: GroupPatchSchema,
      answer: [200, z.object({ group: GroupSummarySchema }), 'The group.'],
      errors: [404, 409],
    }),
    ({ ctx, param, body }) => updateGroup({ ctx, groupId: param.id, input: body }),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.group, {
      summary: 'A group with its sessions, roster, waitlist, completion and referrals',
      answer: [200, GroupDetailSchema, 'The group.'],
      errors: [404],
    }),
    withCallerId('groupId', getGroupDetail),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.generateSessions, {
      summary: "Plan the programme's half-day sessions from a start date on chosen weekdays",
      description: 'A group that already has sessions answers 409 `course_group.sessions_exist`.',
      body: GenerateSessionsSchema,
      answer: [201, z.object({ sessions: z.array(GroupSessionSchema) }), 'The planned sessions.'],
      errors: [404, 409],
    }),
    ({ ctx, param, body }) => generateSessions({ timeZone, ctx, groupId: param.id, input: body }),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.updateSession, {
      summary: 'Move or cancel one session',
      description:
        "Records the change; the welfare centres of the learners on the roster see it on their client's page, and a change at short notice raises a follow-up signal for them. A new date or time that has already passed answers 409 `course_session.in_past`; one that overlaps another session of the group's teacher answers 409 `course_session.teacher_busy` (with that group's name and hours).",
      body: SessionPatchSchema,
      answer: [200, z.object({ session: GroupSessionSchema }), 'The session.'],
      errors: [404, 409],
    }),
    ({ ctx, param, body }) => updateSession({ ctx, timeZone, sessionId: param.id, input: body }),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.decideReferral, {
      summary: 'Record the referral decision after the basic course',
      description:
        'Referred to a regular course (which) or not (why). Only for an enrolled learner (409 `referral.not_enrolled`).',
      body: ReferralInputSchema,
      answer: [200, z.object({ referral: ReferralSchema }), 'The decision.'],
      errors: [404, 409],
    }),
    ({ ctx, param, body }) => decideReferral({ ctx, enrolmentId: param.id, input: body }),
  );
  serveJson(
    app,
    define(TRAINING_ROUTES.clientEnrolments, {
      access: ACCESS.caseworkers,
      summary: "A client's enrolments with attendance, completion, referral and progress note",
      answer: [200, ClientEnrolmentListSchema, 'Enrolments, oldest first.'],
      errors: [404],
    }),
    withClient(listClientEnrolments),
  );
}

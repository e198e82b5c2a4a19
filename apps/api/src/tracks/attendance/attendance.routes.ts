import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { toLocalDate } from '../../ground/shared/clock';
import {
  AttendanceListSchema,
  AttendanceMarkResponseSchema,
  AttendanceMarkSchema,
  ProgressNoteSchema,
} from '../training/training.schemas';
import { getAttendanceList, markAttendance, saveProgressNote } from './attendance.usecases';

const attendanceListRoute = defineRoute({
  method: 'get',
  path: '/api/training/sessions/{id}/attendance',
  tag: 'training',
  access: ACCESS.training,
  summary: 'The attendance list of a session',
  description:
    "The enrolled learners with their mark. A teacher sees only their own groups' sessions (others answer 404); only the coordinator gets phone numbers. Each learner shown is audited.",
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: jsonResponse(AttendanceListSchema, 'The session and its learners.'),
    ...errorResponses(401, 403, 404),
  },
});

const markRoute = defineRoute({
  method: 'put',
  path: '/api/training/sessions/{id}/attendance/{enrolmentId}',
  tag: 'training',
  access: ACCESS.training,
  summary: "Mark, correct or clear a learner's attendance",
  description:
    "From the session day until the programme's correction window closes (7 days after it by default); later answers 409 `attendance.correction_window_closed`, before 409 `attendance.session_not_started`, a cancelled session 409 `attendance.session_cancelled`. `status: null` clears a wrong mark in the same window. Each mark, correction and clearing is audited.",
  request: {
    params: z.object({ id: z.string().max(64), enrolmentId: z.string().max(64) }),
    body: jsonBody(AttendanceMarkSchema),
  },
  responses: {
    200: jsonResponse(AttendanceMarkResponseSchema, 'The saved mark.'),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

const progressNoteRoute = defineRoute({
  method: 'put',
  path: '/api/training/enrolments/{id}/progress-note',
  tag: 'training',
  access: ACCESS.training,
  summary: "Write a learner's progress note at the end of the course",
  description: 'The welfare centre reads it with the enrolment. A teacher only for their own groups.',
  request: { params: z.object({ id: z.string().max(64) }), body: jsonBody(ProgressNoteSchema) },
  responses: {
    200: jsonResponse(
      z.object({ enrolmentId: z.string(), progressNote: z.string() }).meta({ id: 'ProgressNoteResponse' }),
      'The saved note.',
    ),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

export function registerAttendanceRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const today = () => toLocalDate({ instant: deps.clock.now(), timeZone: deps.config.timeZone });

  serveJson(app, attendanceListRoute, 200, ({ ctx, param }) =>
    getAttendanceList({ ctx, today: today(), sessionId: param.id }),
  );

  serveJson(app, markRoute, 200, ({ ctx, param: { id, enrolmentId }, body }) =>
    markAttendance({ ctx, today: today(), sessionId: id, enrolmentId, input: body }),
  );

  serveJson(app, progressNoteRoute, 200, ({ ctx, param, body }) =>
    saveProgressNote({ ctx, enrolmentId: param.id, note: body.note }),
  );
}

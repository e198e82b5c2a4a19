import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { toLocalDate } from '../../ground/shared/clock';
import { TRAINING_ROUTES } from '../training/training.contract';
import {
  AttendanceListSchema,
  AttendanceMarkResponseSchema,
  AttendanceMarkSchema,
  ProgressNoteSchema,
} from '../training/training.schemas';
import { getAttendanceList, markAttendance, saveProgressNote } from './attendance.usecases';

const define = routesOf({ tag: 'training', access: ACCESS.training });

export function registerAttendanceRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const today = () => toLocalDate({ instant: deps.clock.now(), timeZone: deps.config.timeZone });

  serveJson(
    app,
    define(TRAINING_ROUTES.attendance, {
      summary: 'The attendance list of a session',
      description:
        "The enrolled learners with their mark. A teacher sees only their own groups' sessions (others answer 404); only the coordinator gets phone numbers. Each learner shown is audited.",
      answer: [200, AttendanceListSchema, 'The session and its learners.'],
      errors: [404],
    }),
    ({ ctx, param }) => getAttendanceList({ ctx, today: today(), sessionId: param.id }),
  );

  serveJson(
    app,
    define(TRAINING_ROUTES.markAttendance, {
      summary: "Mark, correct or clear a learner's attendance",
      description:
        "From the session day until the programme's correction window closes (7 days after it by default); later answers 409 `attendance.correction_window_closed`, before 409 `attendance.session_not_started`, a cancelled session 409 `attendance.session_cancelled`. `status: null` clears a wrong mark in the same window. Each mark, correction and clearing is audited.",
      body: AttendanceMarkSchema,
      answer: [200, AttendanceMarkResponseSchema, 'The saved mark.'],
      errors: [404, 409],
    }),
    ({ ctx, param: { id, enrolmentId }, body }) =>
      markAttendance({ ctx, today: today(), sessionId: id, enrolmentId, input: body }),
  );

  serveJson(
    app,
    define(TRAINING_ROUTES.progressNote, {
      summary: "Write a learner's progress note at the end of the course",
      description: 'The welfare centre reads it with the enrolment. A teacher only for their own groups.',
      body: ProgressNoteSchema,
      answer: [
        200,
        z.object({ enrolmentId: z.string(), progressNote: z.string() }).meta({ id: 'ProgressNoteResponse' }),
        'The saved note.',
      ],
      errors: [404],
    }),
    200,
    ({ ctx, param, body }) => saveProgressNote({ ctx, enrolmentId: param.id, note: body.note }),
  );
}

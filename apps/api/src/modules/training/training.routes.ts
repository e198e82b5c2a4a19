import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../app/app.types';
import { defineRoute, errorResponses, jsonResponse } from '../app/routes';
import { ACCESS, getAuth } from '../auth/auth.policy';
import { toLocalDate } from '../shared/clock';
import { createTrainingRepository } from './training.repository';
import { SessionListSchema, type SessionSummary } from './training.schemas';

const mySessionsRoute = defineRoute({
  method: 'get',
  path: '/api/training/sessions/mine',
  tag: 'training',
  access: ACCESS.training,
  summary: 'My sessions from today on',
  description: "A teacher gets the sessions of their groups; a coordinator gets all of the organisation's.",
  responses: {
    200: jsonResponse(SessionListSchema, 'Upcoming sessions, soonest first.'),
    ...errorResponses(401, 403),
  },
});

export function registerTrainingRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(mySessionsRoute, async (c) => {
    const auth = getAuth(c);
    const { rows } = await createTrainingRepository({ db: deps.db }).listUpcomingSessions({
      trainingOrgId: auth.organisation.id,
      teacherUserId: auth.user.role === 'coordinator' ? undefined : auth.user.id,
      fromDate: toLocalDate({ instant: deps.clock.now(), timeZone: deps.config.timeZone }),
    });
    const items: SessionSummary[] = rows.map((row) => ({
      ...row,
      startTime: row.startTime.slice(0, 5),
      endTime: row.endTime.slice(0, 5),
      enrolledCount: Number(row.enrolledCount),
    }));
    return c.json({ items }, 200);
  });
}

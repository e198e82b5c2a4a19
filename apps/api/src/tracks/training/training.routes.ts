import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveJson } from '../../ground/http/serve';
import { shiftDate, toLocalDate } from '../../ground/shared/clock';
import { TRAINING_ROUTES } from './training.contract';
import { createTrainingRepository } from './training.repository';
import { SessionListSchema, SessionRangeQuerySchema, type SessionSummary } from './training.schemas';

const define = routesOf({ tag: 'training', access: ACCESS.training });

function fromDate({ today, from }: { today: string; from: string | undefined }) {
  if (!from || from > today) return today;
  const earliest = shiftDate({ date: today, days: -31 });
  return from < earliest ? earliest : from;
}

export function registerTrainingRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(TRAINING_ROUTES.mySessions, {
      summary: 'My sessions from today (or `from`) on',
      description:
        "A teacher gets the sessions of their groups; a coordinator gets all of the organisation's. `from` (at most 31 days back) shows recent sessions whose attendance can still be corrected.",
      query: SessionRangeQuerySchema,
      answer: [200, SessionListSchema, 'Upcoming sessions, soonest first.'],
    }),
    async ({ ctx: { db, clock, actor }, query }) => {
      const { rows } = await createTrainingRepository({ db }).listUpcomingSessions({
        trainingOrgId: actor.organisation.id,
        teacherUserId: actor.user.role === 'coordinator' ? undefined : actor.user.id,
        fromDate: fromDate({
          today: toLocalDate({ instant: clock.now(), timeZone: deps.config.timeZone }),
          from: query.from,
        }),
      });
      const items: SessionSummary[] = rows.map((row) => ({
        ...row,
        startTime: row.startTime.slice(0, 5),
        endTime: row.endTime.slice(0, 5),
        enrolledCount: Number(row.enrolledCount),
      }));
      return { items };
    },
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveEmpty, serveJson, withCaller, withCallerId } from '../../ground/http/serve';
import { AUTH_ROUTES } from './auth.contract';
import { ActiveSessionListSchema, EndedSessionsSchema } from './auth.schemas';
import { endOtherOwnSessions, endOwnSession, listOwnSessions } from './auth.sessions.usecases';

const define = routesOf({ tag: 'auth', access: ACCESS.authenticated });

/** A signed-in user sees their sessions and ends the ones they do not recognise. */
export function registerOwnSessionRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(AUTH_ROUTES.sessions, {
      summary: 'One’s own active sessions',
      description:
        'Each signed-in browser of the user: its user agent, when it signed in and was last seen; `current` marks this one.',
      answer: [200, ActiveSessionListSchema, 'The sessions.'],
    }),
    withCaller(listOwnSessions),
  );

  serveEmpty(
    app,
    define(AUTH_ROUTES.endSession, {
      summary: 'End one of one’s own sessions',
      description: 'A session of someone else, or none, answers 404 `auth.session_not_found`.',
      answer: [204, 'Ended.'],
      errors: [404],
    }),
    withCallerId('sessionId', endOwnSession),
  );

  serveJson(
    app,
    define(AUTH_ROUTES.endOtherSessions, {
      summary: 'End every other session of one’s own',
      answer: [200, EndedSessionsSchema, 'How many ended.'],
    }),
    withCaller(endOtherOwnSessions),
  );
}

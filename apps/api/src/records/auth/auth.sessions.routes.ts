import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveEmpty, serveJson, withCaller, withCallerId } from '../../ground/http/serve';
import { AUTH_ROUTES } from './auth.contract';
import { writeSessionCookie } from './auth.cookies';
import { getClientIp } from './auth.middleware';
import { ActiveSessionListSchema, EndedSessionsSchema } from './auth.schemas';
import { endOtherOwnSessions, endOwnSession, listOwnSessions } from './auth.sessions.usecases';

const define = routesOf({ tag: 'auth', access: ACCESS.authenticated });

/** The browser a session is opened for: its address (through the trusted proxies) and user agent. */
export function sessionClientOf(c: Context<AppEnv>, deps: AppDeps) {
  return {
    ip: getClientIp({ c, trustProxy: deps.config.server.trustProxy }),
    userAgent: c.req.header('user-agent') ?? null,
  };
}

/** What a step that may open a session comes back with: the user, and the session's token if it opened one. */
export type OpenedSession<Me> = { me: Me; token?: string | undefined; expiresAt?: Date | undefined };

/**
 * What a step that may open a session answers (logging in, a second step, a new password, a first
 * factor): the user, with the new session's cookie set when it opened one.
 */
export function signedIn<Me>(c: Context<AppEnv>, deps: AppDeps, opened: OpenedSession<Me>): Me {
  if (opened.token && opened.expiresAt)
    writeSessionCookie({
      c,
      config: deps.config,
      token: opened.token,
      expiresAt: opened.expiresAt,
      now: deps.clock.now(),
    });
  return opened.me;
}

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

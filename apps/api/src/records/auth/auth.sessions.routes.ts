import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { requestContext } from '../../ground/http/request-context';
import { defineRoute, errorResponses, jsonResponse } from '../../ground/http/routes';
import { ActiveSessionListSchema, EndedSessionsSchema } from './auth.schemas';
import { endOtherOwnSessions, endOwnSession, listOwnSessions } from './auth.sessions.usecases';

const listRoute = defineRoute({
  method: 'get',
  path: '/api/auth/sessions',
  tag: 'auth',
  access: ACCESS.authenticated,
  summary: 'One’s own active sessions',
  description:
    'Each signed-in browser of the user: its user agent, when it signed in and was last seen; `current` marks this one.',
  responses: { 200: jsonResponse(ActiveSessionListSchema, 'The sessions.'), ...errorResponses(401, 403) },
});

const endRoute = defineRoute({
  method: 'delete',
  path: '/api/auth/sessions/{id}',
  tag: 'auth',
  access: ACCESS.authenticated,
  summary: 'End one of one’s own sessions',
  description: 'A session of someone else, or none, answers 404 `auth.session_not_found`.',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: { 204: { description: 'Ended.' }, ...errorResponses(401, 403, 404) },
});

const endOthersRoute = defineRoute({
  method: 'post',
  path: '/api/auth/sessions/end-others',
  tag: 'auth',
  access: ACCESS.authenticated,
  summary: 'End every other session of one’s own',
  responses: { 200: jsonResponse(EndedSessionsSchema, 'How many ended.'), ...errorResponses(401, 403) },
});

/** A signed-in user sees their sessions and ends the ones they do not recognise. */
export function registerOwnSessionRoutes({ app }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(listRoute, async (c) => c.json(await listOwnSessions({ ctx: requestContext(c) }), 200));

  app.openapi(endRoute, async (c) => {
    await endOwnSession({ ctx: requestContext(c), sessionId: c.req.valid('param').id });
    return c.body(null, 204);
  });

  app.openapi(endOthersRoute, async (c) =>
    c.json(await endOtherOwnSessions({ ctx: requestContext(c) }), 200),
  );
}

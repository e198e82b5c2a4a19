import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { tenantContext } from '../../ground/http/request-context';
import { defineRoute, errorResponses, jsonBody, jsonResponse } from '../../ground/http/routes';
import {
  SignInLinkSchema,
  WelfareUserInvitedSchema,
  WelfareUserInviteSchema,
  WelfareUserListSchema,
} from '../../records/users/users.schemas';
import {
  disableWelfareUser,
  inviteWelfareUser,
  issueWelfareUserLink,
  listWelfareUsers,
} from './accounts.admin.usecases';

/** The welfare centre's admin manages its accounts. */
const USERS_ACCESS = ['welfare:admin'] as const;

const listRoute = defineRoute({
  method: 'get',
  path: '/api/users',
  tag: 'users',
  access: USERS_ACCESS,
  summary: "The welfare centre's accounts",
  responses: { 200: jsonResponse(WelfareUserListSchema, 'The accounts.'), ...errorResponses(401, 403) },
});

const inviteRoute = defineRoute({
  method: 'post',
  path: '/api/users',
  tag: 'users',
  access: USERS_ACCESS,
  summary: 'Invite a colleague: an account and its invitation link, shown once',
  description:
    'The colleague opens the link (or its QR code) and chooses their own password; it works once, for `INVITATION_LINK_DAYS` (7). An e-mail address already in use answers 409 `user.email_taken`.',
  request: { body: jsonBody(WelfareUserInviteSchema) },
  responses: {
    201: jsonResponse(WelfareUserInvitedSchema, 'The account and its invitation link.'),
    ...errorResponses(400, 401, 403, 409, 413, 415),
  },
});

const disableRoute = defineRoute({
  method: 'post',
  path: '/api/users/{id}/disable',
  tag: 'users',
  access: USERS_ACCESS,
  summary: 'Disable an account and end its sessions',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    204: { description: 'Disabled.' },
    ...errorResponses(401, 403, 404, 409),
  },
});

const linkRoute = defineRoute({
  method: 'post',
  path: '/api/users/{id}/link',
  tag: 'users',
  access: USERS_ACCESS,
  summary: 'A new sign-in link for a colleague, shown once',
  description:
    'To invite again or to hand over in person when a colleague forgot their password: the earlier unused links stop working; the colleague opens this one and chooses a password, which ends their sessions. An account of another organisation, or a disabled one, answers 404 `user.not_found`.',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    201: jsonResponse(SignInLinkSchema, 'The link, shown this once.'),
    ...errorResponses(401, 403, 404),
  },
});

export function registerUsersRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  app.openapi(listRoute, async (c) => c.json(await listWelfareUsers({ ctx: tenantContext(c) }), 200));

  app.openapi(inviteRoute, async (c) => {
    const result = await inviteWelfareUser({
      ctx: tenantContext(c),
      config: deps.config,
      input: c.req.valid('json'),
    });
    return c.json(result, 201);
  });

  app.openapi(linkRoute, async (c) => {
    const link = await issueWelfareUserLink({
      ctx: tenantContext(c),
      config: deps.config,
      userId: c.req.valid('param').id,
    });
    return c.json(link, 201);
  });

  app.openapi(disableRoute, async (c) => {
    await disableWelfareUser({
      ctx: tenantContext(c),
      userId: c.req.valid('param').id,
    });
    return c.body(null, 204);
  });
}

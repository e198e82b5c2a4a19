import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveEmpty, serveJson, withTenant, withTenantId } from '../../ground/http/serve';
import { newSignInLinkRoute } from '../../records/users/users.routes';
import {
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
import { ACCOUNT_ROUTES } from './accounts.contract';

/** The welfare centre's admin manages its accounts. */
const USERS_ACCESS = ['welfare:admin'] as const;

const define = routesOf({ tag: 'users', access: USERS_ACCESS });

export function registerUsersRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  serveJson(
    app,
    define(ACCOUNT_ROUTES.list, {
      summary: "The welfare centre's accounts",
      answer: [200, WelfareUserListSchema, 'The accounts.'],
    }),
    withTenant(listWelfareUsers),
  );

  serveJson(
    app,
    define(ACCOUNT_ROUTES.invite, {
      summary: 'Invite a colleague: an account and its invitation link, shown once',
      description:
        'The colleague opens the link (or its QR code) and chooses their own password; it works once, for `INVITATION_LINK_DAYS` (7). An e-mail address already in use answers 409 `user.email_taken`.',
      body: WelfareUserInviteSchema,
      answer: [201, WelfareUserInvitedSchema, 'The account and its invitation link.'],
      errors: [409],
    }),
    ({ tenant, body }) => inviteWelfareUser({ ctx: tenant, config: deps.config, input: body }),
  );

  serveJson(
    app,
    define(
      ACCOUNT_ROUTES.link,
      newSignInLinkRoute({
        who: 'colleague',
        after: '; the colleague opens this one and chooses a password, which ends their sessions',
        notFound: 'An account of another organisation, or a disabled one, answers 404 `user.not_found`.',
      }),
    ),
    ({ tenant, param }) => issueWelfareUserLink({ ctx: tenant, config: deps.config, userId: param.id }),
  );

  serveEmpty(
    app,
    define(ACCOUNT_ROUTES.disable, {
      summary: 'Disable an account and end its sessions',
      answer: [204, 'Disabled.'],
      errors: [404, 409],
    }),
    withTenantId('userId', disableWelfareUser),
  );
}

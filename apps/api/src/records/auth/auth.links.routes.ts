import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveEmpty, serveJson } from '../../ground/http/serve';
import { AUTH_ROUTES } from './auth.contract';
import { sendResetMail } from './auth.links.mail';
import { inspectSignInLink, requestPasswordReset, useSignInLink } from './auth.links.usecases';
import { getClientIp } from './auth.middleware';
import {
  PasswordResetRequestSchema,
  SignInLinkInfoSchema,
  SignInLinkTokenSchema,
  UsedSignInLinkSchema,
  UseSignInLinkRequestSchema,
} from './auth.schemas';

const LINK_REFUSALS =
  'An unknown link (or one of a disabled account) answers 404 `auth.link_unknown`, a used one 410 `auth.link_used`, an expired one 410 `auth.link_expired`. Attempts with unknown links slow down the next ones from the address like failed logins (429 `auth.rate_limited`).';

const define = routesOf({ tag: 'auth', access: ACCESS.public });

/** Invitation and reset links: checking one, using one, and asking for a reset by e-mail. */
export function registerSignInLinkRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const ipOf = (c: Parameters<typeof getClientIp>[0]['c']) =>
    getClientIp({ c, trustProxy: deps.config.server.trustProxy });

  serveJson(
    app,
    define(AUTH_ROUTES.checkLink, {
      summary: 'Whom a sign-in link is for, while it works',
      description: `The token is the part of the link after \`#\`, sent in the body so it stays out of addresses and logs. ${LINK_REFUSALS}`,
      body: SignInLinkTokenSchema,
      answer: [200, SignInLinkInfoSchema, 'The link works; for this account.'],
      errors: [404, 410, 429],
    }),
    ({ body, c }) => inspectSignInLink({ db: deps.db, clock: deps.clock, token: body.token, ip: ipOf(c) }),
  );

  serveJson(
    app,
    define(AUTH_ROUTES.useLink, {
      summary: 'Set one’s own password with an invitation or reset link',
      description: `The link works once. The new password has 8 to 128 characters and is not a common one or the own e-mail address (400 \`auth.password_too_common\`). Every session of the account ends; the person then signs in with the new password. ${LINK_REFUSALS}`,
      body: UseSignInLinkRequestSchema,
      answer: [200, UsedSignInLinkSchema, 'The password is set; sign in on this portal.'],
      errors: [404, 410, 429],
    }),
    ({ body: { token, newPassword }, c }) =>
      useSignInLink({
        db: deps.db,
        clock: deps.clock,
        token,
        newPassword,
        ip: ipOf(c),
        requestId: c.get('requestId'),
      }),
  );

  serveEmpty(
    app,
    define(AUTH_ROUTES.requestPasswordReset, {
      summary: 'Ask for a link to reset a forgotten password',
      description:
        'Answers 204 whatever the address: for an active account, a reset link that works once for `RESET_LINK_MINUTES` (30) is recorded and, when SMTP is configured, e-mailed; the earlier unused links of the account stop working. Without SMTP the admin or coordinator hands a new link over in person. Requests for one address slow down like failed logins of an account, and those from one address like failed logins from it (429 `auth.rate_limited`).',
      body: PasswordResetRequestSchema,
      answer: [204, 'Received; if the address has an account, a link is on its way.'],
      errors: [429],
    }),
    ({ body, c }) =>
      requestPasswordReset({
        db: deps.db,
        config: deps.config,
        clock: deps.clock,
        email: body.email,
        ip: ipOf(c),
        requestId: c.get('requestId'),
        // Sent after the answer, so its time tells nothing about whether the address has an account.
        deliver: (mail) => {
          sendResetMail({ config: deps.config, ...mail })
            .then((result) => {
              if (result && !result.ok) deps.logger.warn('reset link not sent', { reason: result.reason });
            })
            .catch((error: unknown) => deps.logger.warn('reset link not sent', { error: String(error) }));
        },
      }),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveEmpty, serveJson } from '../../ground/http/serve';
import { AUTH_ROUTES } from './auth.contract';
import { clearSessionCookie } from './auth.cookies';
import { registerSignInLinkRoutes } from './auth.links.routes';
import { createAuthRepository } from './auth.repository';
import { ChangePasswordRequestSchema, LoginRequestSchema, MeSchema } from './auth.schemas';
import { registerSecondFactorRoutes } from './auth.second-factor.routes';
import { registerOwnSessionRoutes, sessionClientOf, signedIn } from './auth.sessions.routes';
import { changePassword, getMe, login, logout } from './auth.usecases';

const define = routesOf({ tag: 'auth', access: ACCESS.authenticated });

export function registerAuthRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const { config, clock } = deps;

  serveJson(
    app,
    define(AUTH_ROUTES.login, {
      access: ACCESS.public,
      summary: 'Log in and receive a session cookie',
      description:
        'Unknown e-mail, wrong password and disabled account all answer 401 `auth.invalid_credentials`. With `portal`, an account of another portal gets 403 `auth.wrong_portal` with `details.portal` naming its own portal. Failed logins slow down the next attempts: after 5 failures of one account each further attempt on it waits 1 s, 2 s, 4 s … up to 15 minutes, until it logs in; after 30 failures from one address in 15 minutes each attempt from there waits up to 5 s. Too early answers 429 `auth.rate_limited` with `Retry-After` and `details.retryAfterSeconds`. When the account has a second factor, or must enrol one, the session opened is short-lived and waits for the second step (`secondFactor` in the answer); until then other routes answer 403 `auth.second_factor_required`.',
      body: LoginRequestSchema,
      answer: [200, MeSchema, 'Logged in; the session cookie is set.'],
      errors: [401, 403, 429],
    }),
    async ({ body: { email, password, portal }, c }) => {
      const opened = await login({
        db: deps.db,
        config,
        clock,
        email,
        password,
        portal,
        ...sessionClientOf(c, deps),
        requestId: c.get('requestId'),
      });
      return signedIn(c, deps, opened);
    },
  );

  serveEmpty(
    app,
    define(AUTH_ROUTES.logout, {
      beforePasswordChange: true,
      secondFactorStep: 'any',
      summary: 'End the current session',
      answer: [204, 'Logged out; the session is deleted and the cookie cleared.'],
    }),
    async ({ ctx, c }) => {
      await logout({ ctx });
      clearSessionCookie({ c, config });
    },
  );

  serveJson(
    app,
    define(AUTH_ROUTES.changePassword, {
      beforePasswordChange: true,
      summary: 'Change one’s own password',
      description:
        'Takes the current password and a new one of 8 to 128 characters. A wrong current password answers 400 `auth.current_password_wrong` and counts towards the login limit of the account (then 429 `auth.rate_limited`); a new password equal to the current one 400 `auth.password_unchanged`; a common password, or the own e-mail address, 400 `auth.password_too_common`. On success every session of the user ends and a new session cookie replaces this one.',
      body: ChangePasswordRequestSchema,
      answer: [200, MeSchema, 'Changed; the new session cookie is set.'],
      errors: [429],
    }),
    async ({ ctx, body: { currentPassword, newPassword }, c }) => {
      const opened = await changePassword({
        ctx,
        config,
        currentPassword,
        newPassword,
        ...sessionClientOf(c, deps),
      });
      return signedIn(c, deps, opened);
    },
  );

  serveJson(
    app,
    define(AUTH_ROUTES.me, {
      beforePasswordChange: true,
      secondFactorStep: 'any',
      summary: 'Who is logged in',
      answer: [200, MeSchema, 'The logged-in user.'],
    }),
    ({ ctx: { db, actor } }) =>
      getMe({ repository: createAuthRepository({ db }), auth: actor }).then(({ me }) => me),
  );

  registerSignInLinkRoutes({ app, deps });
  registerOwnSessionRoutes({ app, deps });
  registerSecondFactorRoutes({ app, deps });
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { Config } from '../../ground/config/config';
import { withTransaction } from '../../ground/database/database';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { defineRoute, routesOf } from '../../ground/http/routes';
import { serveEmpty, serveJson, serveRedirect } from '../../ground/http/serve';
import { route } from '../../ground/shared/route-contract';
import { ErrorBodySchema } from '../../ground/shared/shared.schemas';
import { writeSessionCookie } from './auth.cookies';
import { getClientIp } from './auth.middleware';
import { sessionClientOf } from './auth.sessions.routes';
import { SSO_ROUTES } from './auth.sso.contract';
import {
  SignInDiscoveryRequestSchema,
  SignInDiscoverySchema,
  SignInSettingsSchema,
  SignInSettingsUpdateSchema,
} from './auth.sso.schemas';
import {
  configureSignIn,
  discoverSignIn,
  finishSso,
  readSignIn,
  removeSignIn,
  SSO_ATTEMPT_MINUTES,
  SSO_CALLBACK_PATH,
  SsoRefusal,
  startSso,
} from './auth.sso.usecases';

/** The welfare centre's admin sets up its sign-in; the operator does it for any organisation (CLI). */
const SIGN_IN_ACCESS = ['welfare:admin'] as const;

/** The browser's half of a sign-in on its way: the state, for the callback only, ten minutes. */
function attemptCookieName({ config }: { config: Config }) {
  return config.env === 'production' ? '__Secure-dp_sso' : 'dp_sso';
}
const ATTEMPT_COOKIE_OPTIONS = ({ config }: { config: Config }) =>
  ({
    httpOnly: true,
    secure: config.env === 'production',
    sameSite: 'Lax',
    path: SSO_CALLBACK_PATH,
  }) as const;

const define = routesOf({ tag: 'auth', access: ACCESS.public });

const callbackRoute = defineRoute({
  method: 'get',
  path: SSO_CALLBACK_PATH,
  tag: 'auth',
  access: ACCESS.public,
  summary: 'The provider’s answer: sign in and go to the portal',
  description:
    'Register this address at the provider as the redirect URI. The state must match the cookie and an attempt not used or expired; the code is exchanged with the PKCE verifier and the ID token’s nonce checked. The account is the one linked to the provider’s subject, or at the first sign-in the one of the organisation with the e-mail address of the configured claim (then linked). No account is created. On success the session cookie is set and the browser goes to its portal; on a refusal it goes to the portal’s login page with `?sso_error=` and the code: `sso.attempt_invalid`, `sso.provider_failed`, `sso.account_unknown`, `sso.account_disabled`, `auth.rate_limited`.',
  request: {
    query: z.object({
      code: z.string().max(2000).optional(),
      state: z.string().max(200).optional(),
      iss: z.string().max(500).optional(),
      error: z.string().max(200).optional(),
      error_description: z.string().max(2000).optional(),
      session_state: z.string().max(500).optional(),
    }),
  },
  responses: { 302: { description: 'To the portal, signed in, or to its login page with the reason.' } },
});

export function registerSsoRoutes({ app, deps }: { app: OpenAPIHono<AppEnv>; deps: AppDeps }) {
  const { config, clock } = deps;
  const ipOf = (c: Context) => getClientIp({ c, trustProxy: config.server.trustProxy });

  serveJson(
    app,
    define(SSO_ROUTES.discover, {
      summary: 'How the owner of an e-mail address signs in (by its domain)',
      description:
        'Home-realm discovery: the login page asks, once the address is typed, whether its domain belongs to an organisation with its own OpenID provider, and whether local passwords still work there. The answer depends on the domain only, never on whether an account exists.',
      body: SignInDiscoveryRequestSchema,
      answer: [200, SignInDiscoverySchema, 'The sign-in to offer.'],
    }),
    ({ body }) => discoverSignIn({ db: deps.db, email: body.email }),
  );

  serveRedirect(
    app,
    define(route('GET', '/auth/sso/start'), {
      summary: 'Start signing in with the organisation’s OpenID provider',
      description: `Redirects the browser to the provider (authorization code with PKCE, a state and a nonce kept server-side for ${SSO_ATTEMPT_MINUTES} minutes; the state also in a short-lived cookie). An organisation without a provider answers 404 \`sso.not_configured\`; an address whose sign-ins failed too often 429 \`auth.rate_limited\`; an unreachable provider 502 \`sso.provider_failed\`.`,
      query: z.object({ organisation: z.string().min(1).max(64) }),
      responses: {
        302: { description: 'To the provider’s sign-in page.' },
        502: {
          description: 'The provider did not answer (`sso.provider_failed`).',
          content: { 'application/json': { schema: ErrorBodySchema } },
        },
      },
      errors: [404, 429],
    }),
    async ({ query, c }) => {
      const { url, state } = await startSso({
        db: deps.db,
        config,
        clock,
        organisationId: query.organisation,
        ip: ipOf(c),
      });
      setCookie(c, attemptCookieName({ config }), state, {
        ...ATTEMPT_COOKIE_OPTIONS({ config }),
        maxAge: SSO_ATTEMPT_MINUTES * 60,
      });
      return url;
    },
  );

  serveRedirect(app, callbackRoute, async ({ c }) => {
    const cookieName = attemptCookieName({ config });
    const cookieState = getCookie(c, cookieName);
    deleteCookie(c, cookieName, ATTEMPT_COOKIE_OPTIONS({ config }));
    try {
      const { portal, token, expiresAt } = await finishSso({
        db: deps.db,
        config,
        clock,
        query: new URL(c.req.url).search,
        cookieState,
        ...sessionClientOf(c, deps),
        requestId: c.get('requestId'),
      });
      writeSessionCookie({ c, config, token, expiresAt, now: clock.now() });
      return `/${portal}/`;
    } catch (error) {
      if (!(error instanceof SsoRefusal)) throw error;
      const target = error.portal ? `/${error.portal}/` : '/';
      return `${target}?sso_error=${encodeURIComponent(error.code)}`;
    }
  });

  serveJson(
    app,
    define(SSO_ROUTES.settings, {
      tag: 'users',
      access: SIGN_IN_ACCESS,
      summary: 'How the welfare centre’s people sign in (single sign-on)',
      description: 'The client secret is never answered, only whether one is stored.',
      answer: [200, SignInSettingsSchema, 'The settings.'],
    }),
    ({ ctx: { db, actor } }) => readSignIn({ db, config, organisationId: actor.organisation.id }),
  );

  serveJson(
    app,
    define(SSO_ROUTES.updateSettings, {
      tag: 'users',
      access: SIGN_IN_ACCESS,
      summary: 'Set the welfare centre’s OpenID provider and whether local passwords still work',
      description:
        'The issuer is reached over HTTPS. A client secret is stored encrypted with the server’s `SECRETS_KEY` (409 `sso.secrets_key_missing` without it); omit it to keep the stored one, send null for a public client. An e-mail domain of another organisation answers 409 `sso.domain_taken`. With `localPasswords: false`, password login, password links and resets are refused for the organisation’s accounts. Audited as `organisation.sign_in_configure`.',
      body: SignInSettingsUpdateSchema,
      answer: [200, SignInSettingsSchema, 'The settings now.'],
      errors: [409],
    }),
    ({ ctx, body }) =>
      withTransaction({
        db: ctx.db,
        work: async (tx) => {
          const updated = await configureSignIn({
            db: tx,
            config,
            organisationId: ctx.actor.organisation.id,
            update: body,
          });
          await ctx.audit({
            db: tx,
            action: 'organisation.sign_in_configure',
            resource: `organisation:${ctx.actor.organisation.id}`,
          });
          return updated;
        },
      }),
  );

  serveEmpty(
    app,
    define(SSO_ROUTES.removeSettings, {
      tag: 'users',
      access: SIGN_IN_ACCESS,
      summary: 'Remove the welfare centre’s OpenID provider: passwords only again',
      description: 'Audited as `organisation.sign_in_remove`.',
      answer: [204, 'Removed (or there was none).'],
    }),
    ({ ctx }) =>
      withTransaction({
        db: ctx.db,
        work: async (tx) => {
          const { deleted } = await removeSignIn({ db: tx, organisationId: ctx.actor.organisation.id });
          if (deleted) {
            await ctx.audit({
              db: tx,
              action: 'organisation.sign_in_remove',
              resource: `organisation:${ctx.actor.organisation.id}`,
            });
          }
        },
      }),
  );
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Context } from 'hono';
import { ACCESS } from '../../ground/http/access.policy';
import type { AppDeps, AppEnv } from '../../ground/http/app.types';
import { routesOf } from '../../ground/http/routes';
import { serveEmpty, serveJson, withCaller } from '../../ground/http/serve';
import { isIdOf } from '../../ground/shared/ids';
import { createUserNotFoundError } from '../users/users.errors';
import { createUsersRepository } from '../users/users.repository';
import { AUTH_ROUTES } from './auth.contract';
import {
  FactorEnrolledSchema,
  MeSchema,
  OwnFactorsSchema,
  PasskeyAssertionSchema,
  PasskeyOptionsSchema,
  PasskeyRegistrationSchema,
  RecoveryCodesSchema,
  SecondFactorCodeSchema,
  SecondFactorPolicySchema,
  SecondFactorPolicyUpdateSchema,
  TotpSetupSchema,
} from './auth.schemas';
import {
  finishPasskeyEnrolment,
  finishTotpEnrolment,
  getOwnFactors,
  removePasskey,
  removeTotp,
  renewRecoveryCodes,
  resetFactorsOf,
  secondFactorPolicyOf,
  setSecondFactorPolicy,
  startPasskeyEnrolment,
  startPasskeyVerification,
  startTotpEnrolment,
  verifyCode,
  verifyPasskey,
} from './auth.second-factor.usecases';
import { type OpenedSession, sessionClientOf, signedIn } from './auth.sessions.routes';

const THROTTLED =
  'Wrong answers are audited and slow down the next attempts like failed logins (429 `auth.rate_limited` with `Retry-After`).';

const define = routesOf({ tag: 'auth', access: ACCESS.authenticated });

/** Who may reset whose factors: the welfare admin their colleagues, a coordinator their students or teachers. */
const RESET_ACCESS = ['welfare:admin', 'home_help:coordinator', 'training:coordinator'] as const;
const ROLE_RESET_BY = { welfare: undefined, home_help: 'student', training: 'teacher' } as const;

/** What adding a factor answers: the user and the recovery codes it brought (its session renewed). */
function enrolledAnswer<Me>(
  c: Context<AppEnv>,
  deps: AppDeps,
  enrolled: OpenedSession<Me> & { recoveryCodes: string[] },
) {
  return { me: signedIn(c, deps, enrolled), recoveryCodes: enrolled.recoveryCodes };
}

type Registration = { app: OpenAPIHono<AppEnv>; deps: AppDeps };

export function registerSecondFactorRoutes({ app, deps }: Registration) {
  registerSecondStepRoutes({ app, deps });
  registerOwnFactorRoutes({ app, deps });
  registerFactorPolicyRoutes({ app, deps });
}

/** The factors one has and the second step of signing in. */
function registerSecondStepRoutes({ app, deps }: Registration) {
  const { config } = deps;

  serveJson(
    app,
    define(AUTH_ROUTES.ownFactors, {
      secondFactorStep: 'any',
      summary: 'One’s own second factors',
      description:
        'Passkeys, whether an authenticator app is set up, the recovery codes left, and whether the organisation requires a second factor.',
      answer: [200, OwnFactorsSchema, 'The factors.'],
    }),
    ({ ctx }) => getOwnFactors({ ctx, config }),
  );

  // The WebAuthn library's option types are interfaces; as plain objects they meet the open schema.
  serveJson(
    app,
    define(AUTH_ROUTES.verifyPasskeyOptions, {
      secondFactorStep: 'verify',
      summary: 'Second step: the WebAuthn request for one of one’s passkeys',
      description:
        'Only for a session waiting for its second factor (else 409 `auth.second_factor_not_pending`).',
      answer: [200, PasskeyOptionsSchema, 'WebAuthn get options.'],
      errors: [409],
    }),
    ({ ctx }) => startPasskeyVerification({ ctx, config }).then((options) => ({ ...options })),
  );

  serveJson(
    app,
    define(AUTH_ROUTES.verifyPasskey, {
      secondFactorStep: 'verify',
      summary: 'Second step: sign in with a passkey',
      description: `The passkey's answer to the last request of this session (used once, for 5 minutes). Accepted: the waiting session is replaced by a full one (new cookie). Refused: 400 \`auth.second_factor_invalid\`. ${THROTTLED}`,
      body: PasskeyAssertionSchema,
      answer: [200, MeSchema, 'Signed in; the new session cookie is set.'],
      errors: [409, 429],
    }),
    async ({ ctx, body, c }) => {
      const opened = await verifyPasskey({
        ctx,
        config,
        response: body.response as unknown as AuthenticationResponseJSON,
        ...sessionClientOf(c, deps),
      });
      return signedIn(c, deps, opened);
    },
  );

  serveJson(
    app,
    define(AUTH_ROUTES.verifyCode, {
      secondFactorStep: 'verify',
      summary: 'Second step: sign in with an authenticator-app code or a recovery code',
      description: `6 digits from the authenticator app (each code works once) or one of the recovery codes (used up). Accepted: the waiting session is replaced by a full one (new cookie). Refused: 400 \`auth.second_factor_invalid\`. ${THROTTLED}`,
      body: SecondFactorCodeSchema,
      answer: [200, MeSchema, 'Signed in; the new session cookie is set.'],
      errors: [409, 429],
    }),
    async ({ ctx, body, c }) => {
      const opened = await verifyCode({ ctx, config, code: body.code, ...sessionClientOf(c, deps) });
      return signedIn(c, deps, opened);
    },
  );
}

/** Adding and removing one’s own passkeys, authenticator app and recovery codes. */
function registerOwnFactorRoutes({ app, deps }: Registration) {
  const { config } = deps;

  serveJson(
    app,
    define(AUTH_ROUTES.passkeyOptions, {
      secondFactorStep: 'enrol',
      summary: 'The WebAuthn request to create a passkey',
      description: 'In a full session, or in one waiting for its first factor to be enrolled.',
      answer: [200, PasskeyOptionsSchema, 'WebAuthn creation options.'],
    }),
    ({ ctx }) => startPasskeyEnrolment({ ctx, config }).then((options) => ({ ...options })),
  );

  serveJson(
    app,
    define(AUTH_ROUTES.addPasskey, {
      secondFactorStep: 'enrol',
      summary: 'Add a passkey',
      description:
        'The browser’s answer to the last creation request of this session. The first factor also brings 10 recovery codes, shown this once; in a session waiting for its first factor, the session is replaced by a full one (new cookie). A refused answer: 400 `auth.second_factor_invalid`.',
      body: PasskeyRegistrationSchema,
      answer: [201, FactorEnrolledSchema, 'Added.'],
    }),
    async ({ ctx, body, c }) => {
      const enrolled = await finishPasskeyEnrolment({
        ctx,
        config,
        name: body.name,
        response: body.response as unknown as RegistrationResponseJSON,
        ...sessionClientOf(c, deps),
      });
      return enrolledAnswer(c, deps, enrolled);
    },
  );

  serveEmpty(
    app,
    define(AUTH_ROUTES.removePasskey, {
      summary: 'Remove one of one’s passkeys',
      description:
        'Someone else’s passkey, or none, answers 404 `auth.second_factor_not_found`; the last factor of a user who must have one 409 `auth.second_factor_last`.',
      answer: [204, 'Removed.'],
      errors: [404, 409],
    }),
    ({ ctx, param }) => removePasskey({ ctx, config, id: param.id }),
  );

  serveJson(
    app,
    define(AUTH_ROUTES.startTotp, {
      secondFactorStep: 'enrol',
      summary: 'Start setting up an authenticator app',
      description:
        'A new secret as a QR code and as text; it works once confirmed with a code. With an app already set up: 409 `auth.second_factor_last` (remove it first).',
      answer: [200, TotpSetupSchema, 'The secret.'],
      errors: [409],
    }),
    ({ ctx }) => startTotpEnrolment({ ctx, config }),
  );

  serveJson(
    app,
    define(AUTH_ROUTES.confirmTotp, {
      secondFactorStep: 'enrol',
      summary: 'Confirm the authenticator app with its first code',
      description: `As with a passkey, the first factor brings recovery codes and a waiting session becomes a full one. Without a setup started: 409 \`auth.totp_not_started\`; a wrong code 400 \`auth.second_factor_invalid\`. ${THROTTLED}`,
      body: SecondFactorCodeSchema,
      answer: [201, FactorEnrolledSchema, 'Set up.'],
      errors: [409, 429],
    }),
    async ({ ctx, body, c }) =>
      enrolledAnswer(
        c,
        deps,
        await finishTotpEnrolment({ ctx, config, code: body.code, ...sessionClientOf(c, deps) }),
      ),
  );

  serveEmpty(
    app,
    define(AUTH_ROUTES.removeTotp, {
      summary: 'Remove one’s authenticator app',
      description:
        'None set up: 404 `auth.second_factor_not_found`; the last factor of a user who must have one: 409 `auth.second_factor_last`.',
      answer: [204, 'Removed.'],
      errors: [404, 409],
    }),
    ({ ctx }) => removeTotp({ ctx, config }),
  );

  serveJson(
    app,
    define(AUTH_ROUTES.renewRecoveryCodes, {
      summary: 'New recovery codes',
      description:
        '10 new single-use codes, shown this once; the earlier ones stop working. Without any factor: 404 `auth.second_factor_not_found`.',
      answer: [201, RecoveryCodesSchema, 'The codes.'],
      errors: [404],
    }),
    withCaller(renewRecoveryCodes),
  );
}

/** Whether a second factor is required, and resetting another user’s factors. */
function registerFactorPolicyRoutes({ app, deps }: Registration) {
  const { config } = deps;

  serveJson(
    app,
    define(AUTH_ROUTES.secondFactorPolicy, {
      access: ['welfare:admin'],
      summary: 'Whether the welfare roles must sign in with a second factor',
      answer: [200, SecondFactorPolicySchema, 'The setting.'],
    }),
    ({ tenant }) => secondFactorPolicyOf({ db: tenant.db, config, tenantId: tenant.tenantId }),
  );

  serveJson(
    app,
    define(AUTH_ROUTES.setSecondFactorPolicy, {
      access: ['welfare:admin'],
      summary: 'Require a second factor of the welfare roles, or not',
      description:
        'Social workers, project leads and admins without a factor enrol one at their next sign-in. Audited.',
      body: SecondFactorPolicyUpdateSchema,
      answer: [200, SecondFactorPolicySchema, 'The setting.'],
    }),
    ({ tenant, body }) => setSecondFactorPolicy({ ctx: tenant, config, required: body.required }),
  );

  serveEmpty(
    app,
    define(AUTH_ROUTES.resetFactors, {
      tag: 'users',
      access: RESET_ACCESS,
      summary: 'Remove every second factor of a user and end their sessions',
      description:
        'For a user who lost their passkey, phone and recovery codes: the welfare admin for a colleague, a coordinator for a student or teacher of their organisation; at the next sign-in they enrol again if a factor is required. Audited. Another organisation’s user: 404 `user.not_found`.',
      answer: [204, 'Reset.'],
      errors: [404],
    }),
    async ({ ctx, param }) => {
      const userId = param.id;
      const { organisation } = ctx.actor;
      if (!isIdOf({ kind: 'user', value: userId })) throw createUserNotFoundError();
      await resetFactorsOf({
        ctx,
        userId,
        notFound: () => createUserNotFoundError(),
        findUser: async (db) =>
          (
            await createUsersRepository({ db }).findActiveUserOfOrganisation({
              organisationId: organisation.id,
              userId,
              role: ROLE_RESET_BY[organisation.kind],
            })
          ).user,
      });
    },
  );
}

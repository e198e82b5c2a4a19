import { createHash, randomInt } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { writeAudit } from '../../ground/audit/audit.usecases';
import type { Config } from '../../ground/config/config';
import { type Database, withTransaction } from '../../ground/database/database';
import { ACCESS, roleKeyOf } from '../../ground/http/access.policy';
import type { AuthContext } from '../../ground/http/app.types';
import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import type { Clock } from '../../ground/shared/clock';
import {
  createSecondFactorInvalidError,
  createSecondFactorLastError,
  createSecondFactorNotFoundError,
  createSecondFactorNotPendingError,
  createTotpNotStartedError,
} from './auth.errors';
import { createFactorsRepository, type FactorsRepository } from './auth.factors.repository';
import { createAuthRepository, type SessionUser } from './auth.repository';
import { decryptSecret, encryptSecret } from './auth.sso.secrets';
import type { SecondFactorStep } from './auth.tables';
import { createLoginThrottle } from './auth.throttle';
import { generateSessionToken, hashSessionToken } from './auth.tokens';
import { getMe, toAuthContext } from './auth.usecases';

/** How long a session waiting for its second factor lives, and a WebAuthn challenge with it. */
export const SECOND_FACTOR_PENDING_MINUTES = 10;
const CHALLENGE_MINUTES = 5;
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Digipakket';

/** Whether an account's role is one the tenant setting can oblige to use a second factor. */
function isWelfareRole(user: SessionUser): boolean {
  return (ACCESS.welfareStaff as readonly string[]).includes(`${user.organisation.kind}:${user.role}`);
}

/**
 * The tenant's setting "second factor required for the welfare roles": its own choice, or, when it
 * made none, on in production and off elsewhere (demo, development, tests).
 */
export async function secondFactorPolicyOf({
  db,
  config,
  tenantId,
}: {
  db: Database;
  config: Config;
  tenantId: string;
}): Promise<{ required: boolean; setting: boolean | null; deploymentDefault: boolean }> {
  const { setting } = await createFactorsRepository({ db }).readTenantRequirement({ tenantId });
  const deploymentDefault = config.env === 'production';
  return { required: setting ?? deploymentDefault, setting, deploymentDefault };
}

async function isRequiredFor({ db, config, user }: { db: Database; config: Config; user: SessionUser }) {
  if (!isWelfareRole(user) || !user.organisation.tenantId) return false;
  return (await secondFactorPolicyOf({ db, config, tenantId: user.organisation.tenantId })).required;
}

/** Whether the user has a factor that can be proved: a passkey or a confirmed authenticator app. */
async function hasFactor({ repository, userId }: { repository: FactorsRepository; userId: string }) {
  const [{ passkeys }, { totp }] = await Promise.all([
    repository.listPasskeys({ userId }),
    repository.findTotp({ userId }),
  ]);
  return passkeys.length > 0 || Boolean(totp?.confirmedAt);
}

async function openSession({
  db,
  config,
  now,
  userId,
  ip,
  userAgent,
  secondFactor,
}: {
  db: Database;
  config: Config;
  now: Date;
  userId: string;
  ip: string;
  userAgent: string | null;
  secondFactor: SecondFactorStep | null;
}) {
  const token = generateSessionToken();
  const lifetimeMs = secondFactor
    ? SECOND_FACTOR_PENDING_MINUTES * 60_000
    : config.sessions.absoluteHours * 3_600_000;
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  const { session } = await createAuthRepository({ db }).createSession({
    tokenHash: hashSessionToken({ token }),
    userId,
    createdAt: now,
    expiresAt,
    ip,
    userAgent: userAgent?.slice(0, 300) ?? null,
    secondFactor,
  });
  return { session, token, expiresAt };
}

/** A sign-in's first step as the request brought it: the database, settings, clock and where it came from. */
export type SignInRequest = {
  db: Database;
  config: Config;
  clock: Clock;
  ip: string;
  userAgent: string | null;
  requestId: string;
};

/**
 * What follows the first step of signing in, whichever it was. Every first step calls this once it
 * has established who the user is: a correct password (`login`) or a single sign-on provider's answer
 * mapped to an account. It opens a session for `user` (an active account, loaded with
 * `createAuthRepository().findUserByEmail`) and decides how far it opens:
 *
 * - the account has a second factor: the session waits for it (`secondFactor: 'verify'`);
 * - it has none but must have one (a welfare role, the tenant's setting on): the session waits for
 *   the first factor to be enrolled (`'enrol'`);
 * - otherwise a full session.
 *
 * A waiting session lives `SECOND_FACTOR_PENDING_MINUTES` and reaches only the routes of its step;
 * the second step replaces it with a full session. The sign-in is audited (`auth.login`, the first
 * step in `purpose`). Answer: the `me` to send and the cookie's token and expiry
 * (`writeSessionCookie`).
 */
export async function completeFirstStep({
  db,
  config,
  clock,
  user,
  firstStep,
  ip,
  userAgent,
  requestId,
}: SignInRequest & {
  user: SessionUser;
  firstStep: 'password' | 'single_sign_on';
}) {
  const now = clock.now();
  const factors = createFactorsRepository({ db });
  const secondFactor: SecondFactorStep | null = (await hasFactor({ repository: factors, userId: user.id }))
    ? 'verify'
    : (await isRequiredFor({ db, config, user }))
      ? 'enrol'
      : null;
  const { session, token, expiresAt } = await openSession({
    db,
    config,
    now,
    userId: user.id,
    ip,
    userAgent,
    secondFactor,
  });
  const auth = toAuthContext({ user, sessionId: session.id, secondFactorPending: secondFactor });
  await writeAudit({
    db,
    entry: {
      actor: auth,
      tenantId: user.organisation.tenantId,
      action: 'auth.login',
      resource: `user:${user.id}`,
      purpose:
        [firstStep === 'password' ? null : firstStep, secondFactor ? `second factor: ${secondFactor}` : null]
          .filter(Boolean)
          .join('; ') || null,
      requestId,
      at: now,
    },
  });
  const { me } = await getMe({ repository: createAuthRepository({ db }), auth });
  return { me, token, expiresAt };
}

/**
 * A second-factor request as its route hands it over: the context, the settings, and where the
 * request came from, which a session opened by it records.
 */
type SecondFactorRequest = { ctx: RequestContext; config: Config; ip: string; userAgent: string | null };

/** The waiting session gives way to a full one, with a new token, so the old cookie opens nothing. */
async function finishSecondStep({ ctx, config, ip, userAgent }: SecondFactorRequest) {
  const now = ctx.clock.now();
  const opened = await ctx.transaction(async ({ tx }) => {
    await createAuthRepository({ db: tx }).deleteSession({ sessionId: ctx.actor.sessionId });
    return openSession({
      db: tx,
      config,
      now,
      userId: ctx.actor.user.id,
      ip,
      userAgent,
      secondFactor: null,
    });
  });
  const auth: AuthContext = { ...ctx.actor, sessionId: opened.session.id, secondFactorPending: null };
  const { me } = await getMe({ repository: createAuthRepository({ db: ctx.db }), auth });
  return { me, token: opened.token, expiresAt: opened.expiresAt };
}

/** Where the passkeys are valid: the host of `PUBLIC_URL`, from its origin (and `ALLOWED_ORIGINS`). */
function relyingParty(config: Config) {
  return { rpID: new URL(config.server.publicUrl).hostname, origins: config.server.allowedOrigins };
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(code.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .digest('hex');
}

function generateRecoveryCode(): string {
  const pick = () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  const half = () => Array.from({ length: 5 }, pick).join('');
  return `${half()}-${half()}`;
}

/**
 * The authenticator-app secret as it is stored: encrypted under `SECRETS_KEY` when the deployment
 * has one (a copy of the database then reveals no secret), as it is otherwise.
 */
function sealTotpSecret({ config, secret }: { config: Config; secret: string }): string {
  return config.sessions.secretsKey
    ? encryptSecret({ secretsKey: config.sessions.secretsKey, plaintext: secret })
    : secret;
}

/** The stored secret back; one stored before `SECRETS_KEY` was set is read as it is. */
function openTotpSecret({ config, stored }: { config: Config; stored: string }): string {
  if (!stored.startsWith('v1.')) return stored;
  if (!config.sessions.secretsKey)
    throw new Error('An authenticator-app secret is encrypted but SECRETS_KEY is not set');
  return decryptSecret({ secretsKey: config.sessions.secretsKey, stored });
}

/** The user's passkeys as WebAuthn options name them (to allow, or to exclude from a new one). */
function credentialsOf(passkeys: readonly { credentialId: string; transports: unknown }[]) {
  return passkeys.map((passkey) => ({
    id: passkey.credentialId,
    transports: passkey.transports as AuthenticatorTransportFuture[],
  }));
}

/**
 * Starts a WebAuthn ceremony: `options` makes the browser's request from the site and the user's
 * passkeys, and its challenge is kept for the session's answer, for a few minutes and one use.
 */
async function startPasskeyCeremony<Options extends { challenge: string }>({
  ctx,
  config,
  options,
}: RequestArgs<{
  config: Config;
  options: (site: { rpID: string; credentials: ReturnType<typeof credentialsOf> }) => Promise<Options>;
}>): Promise<Options> {
  const repository = createFactorsRepository({ db: ctx.db });
  const { passkeys } = await repository.listPasskeys({ userId: ctx.actor.user.id });
  const made = await options({ rpID: relyingParty(config).rpID, credentials: credentialsOf(passkeys) });
  await repository.setChallenge({
    sessionId: ctx.actor.sessionId,
    challenge: made.challenge,
    expiresAt: new Date(ctx.clock.now().getTime() + CHALLENGE_MINUTES * 60_000),
  });
  return made;
}

/** What the browser's answer to the kept challenge must match; user verification is not required. */
function expectedAnswer({ config, challenge }: { config: Config; challenge: string }) {
  const { rpID, origins } = relyingParty(config);
  return {
    expectedChallenge: challenge,
    expectedOrigin: origins,
    expectedRPID: rpID,
    requireUserVerification: false,
  };
}

/** Takes the session's kept challenge (it answers once); undefined when none is kept or it expired. */
async function takeChallenge({ ctx, now }: { ctx: RequestContext; now: Date }): Promise<string | undefined> {
  const { challenge, expiresAt } = await withTransaction({
    db: ctx.db,
    work: (tx) => createFactorsRepository({ db: tx }).takeChallenge({ sessionId: ctx.actor.sessionId }),
  });
  return challenge && expiresAt && expiresAt > now ? challenge : undefined;
}

function totpOf({ secret, email }: { secret: string; email: string }) {
  return new TOTP({
    issuer: ISSUER,
    label: email,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** The time step of a valid code (one step of clock drift either way), or undefined. */
function acceptedStep({
  secret,
  email,
  code,
  now,
}: {
  secret: string;
  email: string;
  code: string;
  now: Date;
}) {
  const delta = totpOf({ secret, email }).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now.getTime() }) + delta;
}

/** The second-factor throttle: the login throttle's rules, on keys of its own. */
function secondFactorThrottle({ ctx, ip }: { ctx: RequestContext; ip: string }) {
  const throttle = createLoginThrottle({ db: ctx.db, now: ctx.clock.now() });
  const keys = { email: `second-factor:${ctx.actor.user.email}`, ip: `second-factor@${ip}` };
  return {
    begin: () => throttle.begin(keys),
    accepted: () => throttle.passwordAccepted({ email: keys.email }),
  };
}

async function refuse({ ctx, factor }: { ctx: RequestContext; factor: string }): Promise<never> {
  await ctx.audit({
    action: 'auth.second_factor',
    resource: `user:${ctx.actor.user.id}`,
    outcome: 'denied',
    purpose: factor,
  });
  throw createSecondFactorInvalidError();
}

/** The own factors, and whether the organisation requires one. */
export async function getOwnFactors({ ctx, config }: { ctx: RequestContext; config: Config }) {
  const repository = createFactorsRepository({ db: ctx.db });
  const userId = ctx.actor.user.id;
  const [{ passkeys }, { totp }, { count }, required] = await Promise.all([
    repository.listPasskeys({ userId }),
    repository.findTotp({ userId }),
    repository.countUnusedRecoveryCodes({ userId }),
    ownRequirement({ ctx, config }),
  ]);
  return {
    required,
    passkeys: passkeys.map((passkey) => ({
      id: passkey.id,
      name: passkey.name,
      createdAt: passkey.createdAt.toISOString(),
      lastUsedAt: passkey.lastUsedAt?.toISOString() ?? null,
    })),
    totp: Boolean(totp?.confirmedAt),
    recoveryCodesLeft: count,
  };
}

async function ownRequirement({ ctx, config }: { ctx: RequestContext; config: Config }) {
  const { organisation } = ctx.actor;
  if (!organisation.tenantId || !(ACCESS.welfareStaff as readonly string[]).includes(roleKeyOf(ctx.actor)))
    return false;
  return (await secondFactorPolicyOf({ db: ctx.db, config, tenantId: organisation.tenantId })).required;
}

// ---------------------------------------------------------------------------------------------
// The second step: proving a factor.

function assertVerifying(ctx: RequestContext) {
  if (ctx.actor.secondFactorPending !== 'verify') throw createSecondFactorNotPendingError();
}

/**
 * The frame of proving a factor: the attempt counts towards the second-factor throttle, `prove`
 * checks the factor (refusing a wrong one) and names it, and a right one is audited and opens the
 * full session.
 */
async function proveFactor(
  request: SecondFactorRequest,
  prove: (proof: SecondFactorRequest & { now: Date }) => Promise<string>,
) {
  const { ctx, config, ip, userAgent } = request;
  assertVerifying(ctx);
  const throttle = secondFactorThrottle({ ctx, ip });
  await throttle.begin();
  const factor = await prove({ ...request, now: ctx.clock.now() });
  await throttle.accepted();
  await ctx.audit({ action: 'auth.second_factor', resource: `user:${ctx.actor.user.id}`, purpose: factor });
  return finishSecondStep({ ctx, config, ip, userAgent });
}

/** The WebAuthn request for one of the user's passkeys; its challenge is kept with the session. */
export async function startPasskeyVerification({ ctx, config }: { ctx: RequestContext; config: Config }) {
  assertVerifying(ctx);
  return startPasskeyCeremony({
    ctx,
    config,
    options: ({ rpID, credentials }) =>
      generateAuthenticationOptions({ rpID, allowCredentials: credentials, userVerification: 'preferred' }),
  });
}

/**
 * Checks the passkey's answer to the session's challenge (used once) and opens the full session.
 * A wrong answer counts towards the second-factor throttle and is audited.
 */
export async function verifyPasskey({
  response,
  ...request
}: SecondFactorRequest & { response: AuthenticationResponseJSON }) {
  return proveFactor(request, async ({ ctx, config, now }) => {
    const repository = createFactorsRepository({ db: ctx.db });
    const challenge = await takeChallenge({ ctx, now });
    const { passkey } = await repository.findPasskeyByCredentialId({
      userId: ctx.actor.user.id,
      credentialId: response.id,
    });
    if (!challenge || !passkey) return refuse({ ctx, factor: 'passkey' });
    const verification = await verifyAuthenticationResponse({
      response,
      ...expectedAnswer({ config, challenge }),
      credential: {
        id: passkey.credentialId,
        publicKey: Buffer.from(passkey.publicKey, 'base64url'),
        counter: passkey.counter,
        transports: passkey.transports as AuthenticatorTransportFuture[],
      },
    }).catch(() => ({ verified: false, authenticationInfo: undefined }));
    if (!verification.verified || !verification.authenticationInfo) return refuse({ ctx, factor: 'passkey' });
    await repository.markPasskeyUsed({
      id: passkey.id,
      counter: verification.authenticationInfo.newCounter,
      at: now,
    });
    return 'passkey';
  });
}

/**
 * A code from the authenticator app (6 digits, each accepted once) or a recovery code (used up) opens
 * the full session. A wrong code counts towards the second-factor throttle and is audited.
 */
export async function verifyCode({ code, ...request }: SecondFactorRequest & { code: string }) {
  return proveFactor(request, async ({ ctx, config, now }) => {
    const userId = ctx.actor.user.id;
    const trimmed = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(trimmed)) {
      const { totp } = await createFactorsRepository({ db: ctx.db }).findTotp({ userId });
      const step = totp?.confirmedAt
        ? acceptedStep({
            secret: openTotpSecret({ config, stored: totp.secret }),
            email: ctx.actor.user.email,
            code: trimmed,
            now,
          })
        : undefined;
      const accepted =
        step !== undefined &&
        (
          await withTransaction({
            db: ctx.db,
            work: (tx) => createFactorsRepository({ db: tx }).useTotpStep({ userId, step }),
          })
        ).accepted;
      if (!accepted) return refuse({ ctx, factor: 'totp' });
      return 'totp';
    }
    const { used } = await createFactorsRepository({ db: ctx.db }).useRecoveryCode({
      userId,
      codeHash: hashRecoveryCode(trimmed),
      at: now,
    });
    if (!used) return refuse({ ctx, factor: 'recovery_code' });
    return 'recovery_code';
  });
}

// ---------------------------------------------------------------------------------------------
// Enrolment: in a session waiting for its first factor, or in a full session (managing factors).

/**
 * After a factor was added: the first one also brings recovery codes (shown this once), and in a
 * session that waited for it, the full session.
 */
async function afterEnrolment({
  ctx,
  config,
  ip,
  userAgent,
  factor,
}: RequestArgs<{ config: Config; ip: string; userAgent: string | null; factor: 'passkey' | 'totp' }>) {
  const userId = ctx.actor.user.id;
  await ctx.audit({ action: 'auth.second_factor_enrol', resource: `user:${userId}`, purpose: factor });
  const { count } = await createFactorsRepository({ db: ctx.db }).countUnusedRecoveryCodes({ userId });
  const recoveryCodes = count === 0 ? await issueRecoveryCodes({ ctx }) : [];
  if (ctx.actor.secondFactorPending === 'enrol') {
    const finished = await finishSecondStep({ ctx, config, ip, userAgent });
    return { ...finished, recoveryCodes };
  }
  const { me } = await getMe({ repository: createAuthRepository({ db: ctx.db }), auth: ctx.actor });
  return { me, token: undefined, expiresAt: undefined, recoveryCodes };
}

async function issueRecoveryCodes({ ctx }: { ctx: RequestContext }) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  await createFactorsRepository({ db: ctx.db }).replaceRecoveryCodes({
    userId: ctx.actor.user.id,
    codeHashes: codes.map(hashRecoveryCode),
    at: ctx.clock.now(),
  });
  return codes;
}

/** New recovery codes, shown this once; the earlier ones stop working. Only with a factor to recover. */
export async function renewRecoveryCodes({ ctx }: { ctx: RequestContext }) {
  if (!(await hasFactor({ repository: createFactorsRepository({ db: ctx.db }), userId: ctx.actor.user.id })))
    throw createSecondFactorNotFoundError();
  const codes = await issueRecoveryCodes({ ctx });
  await ctx.audit({ action: 'auth.recovery_codes_renew', resource: `user:${ctx.actor.user.id}` });
  return { recoveryCodes: codes };
}

/** The WebAuthn request to create a passkey for this user on this site. */
export async function startPasskeyEnrolment({ ctx, config }: { ctx: RequestContext; config: Config }) {
  return startPasskeyCeremony({
    ctx,
    config,
    options: ({ rpID, credentials }) =>
      generateRegistrationOptions({
        rpName: ISSUER,
        rpID,
        userName: ctx.actor.user.email,
        userDisplayName: ctx.actor.user.displayName,
        userID: new TextEncoder().encode(ctx.actor.user.id),
        attestationType: 'none',
        excludeCredentials: credentials,
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      }),
  });
}

/** Stores the new passkey after checking the browser's answer to the session's challenge. */
export async function finishPasskeyEnrolment({
  ctx,
  config,
  response,
  name,
  ip,
  userAgent,
}: SecondFactorRequest & { response: RegistrationResponseJSON; name: string }) {
  const now = ctx.clock.now();
  const challenge = await takeChallenge({ ctx, now });
  if (!challenge) return refuse({ ctx, factor: 'passkey_enrol' });
  const verification = await verifyRegistrationResponse({
    response,
    ...expectedAnswer({ config, challenge }),
  }).catch(() => ({ verified: false as const, registrationInfo: undefined }));
  if (!verification.verified || !verification.registrationInfo)
    return refuse({ ctx, factor: 'passkey_enrol' });
  const { credential } = verification.registrationInfo;
  await createFactorsRepository({ db: ctx.db }).insertPasskey({
    userId: ctx.actor.user.id,
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: credential.transports ?? [],
    name,
    createdAt: now,
  });
  return afterEnrolment({ ctx, config, ip, userAgent, factor: 'passkey' });
}

/** A new authenticator-app secret, as a QR code and as text; it works once confirmed with a code. */
export async function startTotpEnrolment({ ctx, config }: { ctx: RequestContext; config: Config }) {
  const repository = createFactorsRepository({ db: ctx.db });
  const { totp: existing } = await repository.findTotp({ userId: ctx.actor.user.id });
  if (existing?.confirmedAt) throw createSecondFactorLastError();
  const secret = new Secret({ size: 20 }).base32;
  await repository.startTotp({
    userId: ctx.actor.user.id,
    secret: sealTotpSecret({ config, secret }),
    at: ctx.clock.now(),
  });
  const uri = totpOf({ secret, email: ctx.actor.user.email }).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return { secret, uri, qrSvg };
}

/** The first code from the app proves it is set up; a wrong one counts towards the throttle. */
export async function finishTotpEnrolment({
  ctx,
  config,
  code,
  ip,
  userAgent,
}: SecondFactorRequest & { code: string }) {
  const throttle = secondFactorThrottle({ ctx, ip });
  await throttle.begin();
  const repository = createFactorsRepository({ db: ctx.db });
  const { totp } = await repository.findTotp({ userId: ctx.actor.user.id });
  if (!totp || totp.confirmedAt) throw createTotpNotStartedError();
  const now = ctx.clock.now();
  const step = acceptedStep({
    secret: openTotpSecret({ config, stored: totp.secret }),
    email: ctx.actor.user.email,
    code: code.trim(),
    now,
  });
  if (step === undefined) return refuse({ ctx, factor: 'totp_enrol' });
  await throttle.accepted();
  await repository.confirmTotp({ userId: ctx.actor.user.id, step, at: now });
  return afterEnrolment({ ctx, config, ip, userAgent, factor: 'totp' });
}

/** Whether removing one factor would leave a user who must have one without any. */
async function assertNotLast({ ctx, config, remaining }: RequestArgs<{ config: Config; remaining: number }>) {
  if (remaining === 0 && (await ownRequirement({ ctx, config }))) throw createSecondFactorLastError();
}

export async function removePasskey({ ctx, config, id }: RequestArgs<{ config: Config; id: string }>) {
  const userId = ctx.actor.user.id;
  const repository = createFactorsRepository({ db: ctx.db });
  const [{ passkeys }, { totp }] = await Promise.all([
    repository.listPasskeys({ userId }),
    repository.findTotp({ userId }),
  ]);
  if (!passkeys.some((passkey) => passkey.id === id)) throw createSecondFactorNotFoundError();
  await assertNotLast({ ctx, config, remaining: passkeys.length - 1 + (totp?.confirmedAt ? 1 : 0) });
  await repository.deletePasskey({ userId, id });
  await ctx.audit({ action: 'auth.second_factor_remove', resource: `user:${userId}`, purpose: 'passkey' });
}

export async function removeTotp({ ctx, config }: { ctx: RequestContext; config: Config }) {
  const userId = ctx.actor.user.id;
  const repository = createFactorsRepository({ db: ctx.db });
  const [{ passkeys }, { totp }] = await Promise.all([
    repository.listPasskeys({ userId }),
    repository.findTotp({ userId }),
  ]);
  if (!totp?.confirmedAt) throw createSecondFactorNotFoundError();
  await assertNotLast({ ctx, config, remaining: passkeys.length });
  await repository.deleteTotp({ userId });
  await ctx.audit({ action: 'auth.second_factor_remove', resource: `user:${userId}`, purpose: 'totp' });
}

/**
 * An admin removes every factor of a user of their organisation (the welfare admin any colleague,
 * a partner's coordinator their students or teachers) and ends that user's sessions; at the next
 * sign-in the user enrols again if a factor is required. Audited. Someone else's user answers
 * `notFound`.
 */
export async function resetFactorsOf({
  ctx,
  userId,
  findUser,
  notFound,
}: RequestArgs<{
  userId: string;
  findUser: (db: Database) => Promise<{ id: string } | undefined>;
  notFound: () => Error;
}>) {
  await ctx.transaction(async ({ tx, audit }) => {
    const user = await findUser(tx);
    if (!user) throw notFound();
    await createFactorsRepository({ db: tx }).deleteAllFactors({ userId: user.id });
    await createAuthRepository({ db: tx }).deleteSessionsOfUser({ userId: user.id });
    await audit({ action: 'auth.second_factor_reset', resource: `user:${userId}` });
  });
}

/** The welfare admin's setting for their tenant; audited. */
export async function setSecondFactorPolicy({
  ctx,
  config,
  required,
}: {
  ctx: RequestContext & { tenantId: string };
  config: Config;
  required: boolean;
}) {
  await createFactorsRepository({ db: ctx.db }).writeTenantRequirement({
    tenantId: ctx.tenantId,
    required,
    at: ctx.clock.now(),
  });
  await ctx.audit({
    action: 'tenant.second_factor_policy',
    resource: `tenant:${ctx.tenantId}`,
    purpose: `required=${required}`,
  });
  return secondFactorPolicyOf({ db: ctx.db, config, tenantId: ctx.tenantId });
}

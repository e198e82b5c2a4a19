import { PORTAL_BY_ORG_KIND, type PortalName } from '@digipakket/domain';
import * as oidc from 'openid-client';
import { writeAudit } from '../../ground/audit/audit.usecases';
import type { Config } from '../../ground/config/config';
import type { Database } from '../../ground/database/database';
import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import type { Clock } from '../../ground/shared/clock';
import { isAppError } from '../../ground/shared/errors';
import { createAuthRepository, type SessionUser } from './auth.repository';
import { completeFirstStep, type SignInRequest } from './auth.second-factor.usecases';
import {
  createLocalPasswordsOffError,
  createSecretsKeyMissingError,
  createSsoAccountDisabledError,
  createSsoAccountUnknownError,
  createSsoAttemptInvalidError,
  createSsoDomainTakenError,
  createSsoNotConfiguredError,
  createSsoProviderFailedError,
} from './auth.sso.errors';
import { createSsoRepository, type OrganisationSignIn } from './auth.sso.repository';
import type { SignInDiscovery, SignInSettings, SignInSettingsUpdate } from './auth.sso.schemas';
import { decryptSecret, encryptSecret } from './auth.sso.secrets';
import { createLoginThrottle } from './auth.throttle';
import { generateSessionToken, hashSessionToken } from './auth.tokens';

/** How long a sign-in may take at the provider before its state is forgotten. */
export const SSO_ATTEMPT_MINUTES = 10;
export const SSO_CALLBACK_PATH = '/api/auth/sso/callback';

/** The throttle's key for single sign-on callbacks from one address (they name no account up front). */
const ssoThrottleKey = (ip: string) => `sso@${ip}`;

export function ssoRedirectUri({ config }: { config: Config }): string {
  return `${config.server.publicUrl}${SSO_CALLBACK_PATH}`;
}

export function ssoStartPath({ organisationId }: { organisationId: string }): string {
  return `/api/auth/sso/start?organisation=${encodeURIComponent(organisationId)}`;
}

/** The settings as the admin and the operator see them: the client secret only as "set" or not. */
export function describeSignIn({
  config,
  signIn,
}: {
  config: Config;
  signIn: OrganisationSignIn | undefined;
}): SignInSettings {
  return {
    configured: signIn !== undefined,
    issuerUrl: signIn?.issuerUrl ?? null,
    clientId: signIn?.clientId ?? null,
    clientSecretSet: Boolean(signIn?.clientSecretEncrypted),
    emailClaim: signIn?.emailClaim ?? 'email',
    emailDomains: signIn?.emailDomains ?? [],
    localPasswords: signIn?.localPasswords ?? true,
    redirectUri: ssoRedirectUri({ config }),
  };
}

export async function readSignIn({
  db,
  config,
  organisationId,
}: {
  db: Database;
  config: Config;
  organisationId: string;
}): Promise<SignInSettings> {
  const { signIn } = await createSsoRepository({ db }).findSignIn({ organisationId });
  return describeSignIn({ config, signIn });
}

/**
 * Sets an organisation's OpenID provider, the e-mail domains that lead its people to it and whether
 * local passwords still work. The client secret is encrypted with `SECRETS_KEY` (refused without it);
 * an omitted one keeps the stored secret. `audit` writes the change in the same breath.
 */
export async function configureSignIn({
  db,
  config,
  organisationId,
  update,
}: {
  db: Database;
  config: Config;
  organisationId: string;
  update: SignInSettingsUpdate;
}): Promise<SignInSettings> {
  const repository = createSsoRepository({ db });
  const { signIn: current } = await repository.findSignIn({ organisationId });
  let clientSecretEncrypted: string | null;
  if (update.clientSecret === undefined) clientSecretEncrypted = current?.clientSecretEncrypted ?? null;
  else if (update.clientSecret === null) clientSecretEncrypted = null;
  else {
    if (!config.sessions.secretsKey) throw createSecretsKeyMissingError();
    clientSecretEncrypted = encryptSecret({
      secretsKey: config.sessions.secretsKey,
      plaintext: update.clientSecret,
    });
  }
  const emailDomains = [...new Set(update.emailDomains)];
  const { taken } = await repository.domainTakenElsewhere({ organisationId, domains: emailDomains });
  if (taken) throw createSsoDomainTakenError();
  await repository.upsertSignIn({
    organisationId,
    issuerUrl: update.issuerUrl.replace(/\/+$/, ''),
    clientId: update.clientId,
    clientSecretEncrypted,
    emailClaim: update.emailClaim,
    emailDomains,
    localPasswords: update.localPasswords,
  });
  providerCache.delete(organisationId);
  return readSignIn({ db, config, organisationId });
}

/** Removes the provider: the organisation's people sign in with passwords again. */
export async function removeSignIn({ db, organisationId }: { db: Database; organisationId: string }) {
  providerCache.delete(organisationId);
  return createSsoRepository({ db }).deleteSignIn({ organisationId });
}

/**
 * Home-realm discovery: which sign-in the login page offers for an e-mail address, by its domain. It
 * says nothing about whether the account exists.
 */
export async function discoverSignIn({
  db,
  email,
}: {
  db: Database;
  email: string;
}): Promise<SignInDiscovery> {
  const domain = email.split('@')[1]?.toLowerCase();
  if (!domain) return { provider: null, localPasswords: true };
  const { found } = await createSsoRepository({ db }).findSignInByDomain({ domain });
  if (!found) return { provider: null, localPasswords: true };
  return {
    provider: {
      organisation: found.organisationName,
      startUrl: ssoStartPath({ organisationId: found.signIn.organisationId }),
    },
    localPasswords: found.signIn.localPasswords,
  };
}

/** Discovered provider configurations, per organisation, until its settings change. */
const providerCache = new Map<string, { key: string; configuration: oidc.Configuration }>();

async function providerConfiguration({
  config,
  signIn,
}: {
  config: Config;
  signIn: OrganisationSignIn;
}): Promise<oidc.Configuration> {
  const key = `${signIn.issuerUrl}|${signIn.clientId}|${signIn.updatedAt.toISOString()}`;
  const cached = providerCache.get(signIn.organisationId);
  if (cached?.key === key) return cached.configuration;
  const secret =
    signIn.clientSecretEncrypted && config.sessions.secretsKey
      ? decryptSecret({ secretsKey: config.sessions.secretsKey, stored: signIn.clientSecretEncrypted })
      : undefined;
  if (signIn.clientSecretEncrypted && !secret) throw createSecretsKeyMissingError();
  const insecure = new URL(signIn.issuerUrl).protocol === 'http:';
  try {
    const configuration = await oidc.discovery(
      new URL(signIn.issuerUrl),
      signIn.clientId,
      secret ? { client_secret: secret } : undefined,
      secret ? oidc.ClientSecretPost(secret) : oidc.None(),
      { timeout: 10, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
    );
    providerCache.set(signIn.organisationId, { key, configuration });
    return configuration;
  } catch {
    throw createSsoProviderFailedError();
  }
}

/**
 * Starts a sign-in with the organisation's provider: records the state (whose SHA-256 only is kept;
 * the browser holds it in a short-lived cookie), the nonce and the PKCE verifier, and answers the
 * provider's address to send the browser to. Starts from an address that has to wait are refused.
 */
export async function startSso({
  db,
  config,
  clock,
  organisationId,
  ip,
}: {
  db: Database;
  config: Config;
  clock: Clock;
  organisationId: string;
  ip: string;
}): Promise<{ url: string; state: string; expiresAt: Date }> {
  const now = clock.now();
  const throttle = createLoginThrottle({ db, now });
  await throttle.begin({ email: ssoThrottleKey(ip), ip });
  await throttle.passwordAccepted({ email: ssoThrottleKey(ip) });
  const repository = createSsoRepository({ db });
  const { signIn } = await repository.findSignIn({ organisationId });
  if (!signIn) throw createSsoNotConfiguredError();
  const configuration = await providerConfiguration({ config, signIn });
  const state = generateSessionToken();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const expiresAt = new Date(now.getTime() + SSO_ATTEMPT_MINUTES * 60_000);
  await repository.insertAttempt({
    stateHash: hashSessionToken({ token: state }),
    organisationId,
    nonce,
    codeVerifier,
    createdAt: now,
    expiresAt,
    now,
  });
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: ssoRedirectUri({ config }),
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, expiresAt };
}

/** A refusal of a single sign-on, with the portal whose login page should say why. */
export class SsoRefusal extends Error {
  constructor(
    readonly code: string,
    readonly portal: PortalName | undefined,
  ) {
    super(code);
    this.name = 'SsoRefusal';
  }
}

/** The account the provider's answer names: by linked subject, else by e-mail address (then linked). */
async function resolveAccount({
  db,
  signIn,
  claims,
}: {
  db: Database;
  signIn: OrganisationSignIn;
  claims: Record<string, unknown>;
}): Promise<{ user: SessionUser | undefined }> {
  const repository = createSsoRepository({ db });
  const subject = typeof claims.sub === 'string' ? claims.sub : undefined;
  if (!subject) return { user: undefined };
  const auth = createAuthRepository({ db });
  const { email: linkedEmail } = await repository.findLinkedEmail({ issuerUrl: signIn.issuerUrl, subject });
  if (linkedEmail) {
    const { user } = await auth.findUserByEmail({ email: linkedEmail });
    return { user: user?.organisation.id === signIn.organisationId ? user : undefined };
  }
  const claimed = claims[signIn.emailClaim];
  if (typeof claimed !== 'string' || claims.email_verified === false) return { user: undefined };
  const { user } = await auth.findUserByEmail({ email: claimed.trim().toLowerCase() });
  if (!user || user.organisation.id !== signIn.organisationId) return { user: undefined };
  const { subject: other } = await repository.hasOtherSubject({
    issuerUrl: signIn.issuerUrl,
    userId: user.id,
  });
  if (other !== undefined && other !== subject) return { user: undefined };
  if (!user.disabledAt)
    await repository.linkSubject({ issuerUrl: signIn.issuerUrl, subject, userId: user.id });
  return { user };
}

/**
 * The provider's answer: checks the state against the browser's cookie and the stored attempt (used
 * once, for ten minutes), exchanges the code with the PKCE verifier, checks the ID token and its nonce,
 * and finds the account of the organisation it names. There is no self-registration: an unknown
 * account, one of another organisation and a disabled one are refused, each audited. On success the
 * first step is done and a session opens.
 */
export async function finishSso({
  db,
  config,
  clock,
  query,
  cookieState,
  ip,
  userAgent,
  requestId,
}: SignInRequest & {
  query: string;
  cookieState: string | undefined;
}): Promise<{ portal: PortalName; token: string; expiresAt: Date }> {
  const now = clock.now();
  const throttle = createLoginThrottle({ db, now });
  try {
    await throttle.begin({ email: ssoThrottleKey(ip), ip });
  } catch (error) {
    throw new SsoRefusal(isAppError(error) ? error.code : 'auth.rate_limited', undefined);
  }
  const params = new URLSearchParams(query);
  const state = params.get('state');
  const repository = createSsoRepository({ db });
  const refuse = async ({
    code,
    portal,
    tenantId = null,
    resource = 'user:unknown',
  }: {
    code: string;
    portal: PortalName | undefined;
    tenantId?: string | null;
    resource?: string;
  }): Promise<never> => {
    await writeAudit({
      db,
      entry: {
        actor: undefined,
        tenantId,
        action: 'auth.login',
        resource,
        outcome: 'denied',
        purpose: `single_sign_on: ${code}`,
        requestId,
        at: now,
      },
    });
    throw new SsoRefusal(code, portal);
  };

  if (!state || !cookieState || state !== cookieState) {
    return refuse({ code: createSsoAttemptInvalidError().code, portal: undefined });
  }
  const { attempt } = await repository.takeAttempt({ stateHash: hashSessionToken({ token: state }) });
  const { organisation } = attempt
    ? await createOrganisationsRepository({ db }).findOrganisation({ ref: attempt.organisationId })
    : { organisation: undefined };
  const portal = organisation ? PORTAL_BY_ORG_KIND[organisation.kind] : undefined;
  const tenantId = organisation?.tenantId ?? null;
  if (!attempt || attempt.expiresAt.getTime() <= now.getTime()) {
    return refuse({ code: createSsoAttemptInvalidError().code, portal, tenantId });
  }
  const { signIn } = await repository.findSignIn({ organisationId: attempt.organisationId });
  if (!signIn) return refuse({ code: createSsoNotConfiguredError().code, portal, tenantId });

  let claims: Record<string, unknown>;
  try {
    const configuration = await providerConfiguration({ config, signIn });
    const currentUrl = new URL(ssoRedirectUri({ config }));
    currentUrl.search = params.toString();
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    // Providers that keep the ID token short (as OpenID Connect allows) give the address at userinfo.
    if (claims[signIn.emailClaim] === undefined && typeof claims.sub === 'string') {
      const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      claims = { ...userInfo, ...claims, [signIn.emailClaim]: userInfo[signIn.emailClaim] };
      if (userInfo.email_verified !== undefined) claims.email_verified = userInfo.email_verified;
    }
  } catch {
    return refuse({ code: createSsoProviderFailedError().code, portal, tenantId });
  }

  const { user } = await resolveAccount({ db, signIn, claims });
  if (!user) return refuse({ code: createSsoAccountUnknownError().code, portal, tenantId });
  if (user.disabledAt) {
    return refuse({
      code: createSsoAccountDisabledError().code,
      portal,
      tenantId,
      resource: `user:${user.id}`,
    });
  }
  await throttle.passwordAccepted({ email: ssoThrottleKey(ip) });

  const { token, expiresAt } = await completeFirstStep({
    db,
    config,
    clock,
    user,
    firstStep: 'single_sign_on',
    ip,
    userAgent,
    requestId,
  });
  return { portal: PORTAL_BY_ORG_KIND[user.organisation.kind], token, expiresAt };
}

/**
 * Refuses a password (a login, a change, a link) of an account whose organisation switched local
 * passwords off: 403 `auth.local_passwords_off`, audited with the action it refused.
 */
export async function refuseWhenLocalPasswordsOff({
  db,
  user,
  requestId,
  at,
  action = 'auth.login',
}: {
  db: Database;
  user: { id: string; organisation: { id: string; tenantId: string | null } };
  requestId: string;
  at: Date;
  action?: string;
}) {
  const { off } = await createSsoRepository({ db }).localPasswordsOff({
    organisationId: user.organisation.id,
  });
  if (!off) return;
  await writeAudit({
    db,
    entry: {
      actor: undefined,
      tenantId: user.organisation.tenantId,
      action,
      resource: `user:${user.id}`,
      outcome: 'denied',
      purpose: 'local passwords off',
      requestId,
      at,
    },
  });
  throw createLocalPasswordsOffError();
}

import { PORTAL_BY_ORG_KIND, type PortalName } from '@digipakket/domain';
import { writeAudit } from '../../ground/audit/audit.usecases';
import type { Config } from '../../ground/config/config';
import type { Database } from '../../ground/database/database';
import { createUnauthenticatedError } from '../../ground/http/access.errors';
import type { AuthContext } from '../../ground/http/app.types';
import type { RequestArgs, RequestContext } from '../../ground/http/request-context';
import type { Clock } from '../../ground/shared/clock';
import {
  hashPassword,
  isCommonPassword,
  verifyDummyPassword,
  verifyPassword,
} from '../users/users.passwords';
import {
  createCurrentPasswordWrongError,
  createInvalidCredentialsError,
  createPasswordTooCommonError,
  createPasswordUnchangedError,
  createWrongPortalError,
} from './auth.errors';
import { type AuthRepository, createAuthRepository, type SessionUser } from './auth.repository';
import type { Me } from './auth.schemas';
import { completeFirstStep, type SignInRequest } from './auth.second-factor.usecases';
import { refuseWhenLocalPasswordsOff } from './auth.sso.usecases';
import type { SecondFactorStep } from './auth.tables';
import { createLoginThrottle } from './auth.throttle';
import { generateSessionToken, hashSessionToken } from './auth.tokens';

const TOUCH_INTERVAL_MS = 60_000;

export function toAuthContext({
  user,
  sessionId,
  secondFactorPending = null,
}: {
  user: SessionUser;
  sessionId: string;
  secondFactorPending?: SecondFactorStep | null;
}): AuthContext {
  return {
    sessionId,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      locale: user.locale,
    },
    organisation: user.organisation,
    portal: PORTAL_BY_ORG_KIND[user.organisation.kind],
    passwordChangeRequired: user.passwordChangeRequired,
    secondFactorPending,
  };
}

/**
 * Checks the credentials, then `completeFirstStep` opens the session (waiting for a second factor
 * when the account has or needs one). Unknown account, wrong password and disabled account
 * all answer the same 401 after the same amount of work; failures slow down the next attempts of the
 * account and of the address (`createLoginThrottle`), each on its own.
 */
export async function login({
  db,
  config,
  clock,
  email,
  password,
  portal,
  ip,
  userAgent,
  requestId,
}: SignInRequest & {
  email: string;
  password: string;
  portal: PortalName | undefined;
}) {
  const repository = createAuthRepository({ db });
  const now = clock.now();
  const throttle = createLoginThrottle({ db, now });
  await throttle.begin({ email, ip });

  const { user } = await repository.findUserByEmail({ email });
  let passwordOk = false;
  if (user) passwordOk = await verifyPassword({ hash: user.passwordHash, password });
  else await verifyDummyPassword({ password });

  if (!user || !passwordOk || user.disabledAt) {
    await writeAudit({
      db,
      entry: {
        actor: undefined,
        tenantId: user?.organisation.tenantId ?? null,
        action: 'auth.login',
        resource: user ? `user:${user.id}` : 'user:unknown',
        outcome: 'denied',
        requestId,
        at: now,
      },
    });
    throw createInvalidCredentialsError();
  }

  await throttle.passwordAccepted({ email });
  await refuseWhenLocalPasswordsOff({ db, user, requestId, at: now });

  const ownPortal = PORTAL_BY_ORG_KIND[user.organisation.kind];
  if (portal && portal !== ownPortal) {
    throw createWrongPortalError({ details: { portal: ownPortal } });
  }

  return completeFirstStep({ db, config, clock, user, firstStep: 'password', ip, userAgent, requestId });
}

/**
 * The session behind a cookie token, or undefined when it is unknown, expired (idle or absolute) or
 * its user is disabled. `last_seen_at` is written at most once a minute.
 */
export async function resolveSession({
  db,
  config,
  clock,
  token,
}: {
  db: Database;
  config: Config;
  clock: Clock;
  token: string;
}): Promise<{ auth: AuthContext | undefined }> {
  const repository = createAuthRepository({ db });
  const { session, user } = await repository.findSessionByTokenHash({
    tokenHash: hashSessionToken({ token }),
  });
  if (!session || !user) return { auth: undefined };

  const now = clock.now().getTime();
  const idleLimit = session.lastSeenAt.getTime() + config.sessions.idleMinutes * 60_000;
  if (now >= session.expiresAt.getTime() || now >= idleLimit || user.disabledAt) {
    await repository.deleteSession({ sessionId: session.id });
    return { auth: undefined };
  }
  if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await repository.touchSession({ sessionId: session.id, at: new Date(now) });
  }
  return {
    auth: toAuthContext({ user, sessionId: session.id, secondFactorPending: session.secondFactor }),
  };
}

export async function logout({ ctx }: { ctx: RequestContext }) {
  await createAuthRepository({ db: ctx.db }).deleteSession({ sessionId: ctx.actor.sessionId });
}

export async function getMe({
  repository,
  auth,
}: {
  repository: AuthRepository;
  auth: AuthContext | undefined;
}): Promise<{ me: Me }> {
  if (!auth) throw createUnauthenticatedError();
  const { tenants } = await repository.listTenantsOf({ organisation: auth.organisation });
  return {
    me: {
      user: auth.user,
      organisation: { id: auth.organisation.id, name: auth.organisation.name, kind: auth.organisation.kind },
      tenants,
      portal: auth.portal,
      passwordChangeRequired: auth.passwordChangeRequired,
      secondFactor: auth.secondFactorPending,
    },
  };
}

/**
 * The signed-in user replaces their password: the current one proves it is them (a wrong one counts
 * as a failed login of the account and of the address, `createLoginThrottle`), the new one is 8 to 128 characters, differs from the
 * current one and is not a common password. Every session of the user ends, this one included, and
 * a new session takes its place, so a password someone else saw opens nothing any more.
 */
export async function changePassword({
  ctx,
  config,
  currentPassword,
  newPassword,
  ip,
  userAgent,
}: RequestArgs<{
  config: Config;
  currentPassword: string;
  newPassword: string;
  ip: string;
  userAgent: string | null;
}>) {
  const { db, clock, actor: auth } = ctx;
  const repository = createAuthRepository({ db });
  const now = clock.now();
  const email = auth.user.email;
  const throttle = createLoginThrottle({ db, now });
  await throttle.begin({ email, ip });

  const { user } = await repository.findUserByEmail({ email });
  if (!user || user.id !== auth.user.id) throw createUnauthenticatedError();
  await refuseWhenLocalPasswordsOff({
    db,
    user,
    requestId: ctx.requestId,
    at: now,
    action: 'auth.password_change',
  });
  if (!(await verifyPassword({ hash: user.passwordHash, password: currentPassword }))) {
    await ctx.audit({
      action: 'auth.password_change',
      resource: `user:${auth.user.id}`,
      outcome: 'denied',
    });
    throw createCurrentPasswordWrongError();
  }
  await throttle.passwordAccepted({ email });
  if (newPassword === currentPassword) throw createPasswordUnchangedError();
  if (await isCommonPassword({ password: newPassword, email })) throw createPasswordTooCommonError();

  const passwordHash = await hashPassword({ password: newPassword });
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + config.sessions.absoluteHours * 3_600_000);
  const { session } = await ctx.transaction(async ({ tx, audit }) => {
    const inTx = createAuthRepository({ db: tx });
    await inTx.setOwnPassword({ userId: auth.user.id, passwordHash, at: now });
    await inTx.deleteSessionsOfUser({ userId: auth.user.id });
    const created = await inTx.createSession({
      tokenHash: hashSessionToken({ token }),
      userId: auth.user.id,
      createdAt: now,
      expiresAt,
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await audit({
      action: 'auth.password_change',
      resource: `user:${auth.user.id}`,
    });
    return created;
  });

  const renewed: AuthContext = { ...auth, sessionId: session.id, passwordChangeRequired: false };
  const { me } = await getMe({ repository, auth: renewed });
  return { me, token, expiresAt };
}

import { type OrgKind, PORTAL_BY_ORG_KIND } from '@digipakket/domain';
import QRCode from 'qrcode';
import { writeAudit } from '../../ground/audit/audit.usecases';
import type { Config } from '../../ground/config/config';
import { type Database, withTransaction } from '../../ground/database/database';
import type { Clock } from '../../ground/shared/clock';
import { generateId } from '../../ground/shared/ids';
import { hashPassword, isCommonPassword } from '../users/users.passwords';
import type { SignInLink } from '../users/users.schemas';
import {
  createLinkExpiredError,
  createLinkUnknownError,
  createLinkUsedError,
  createPasswordTooCommonError,
} from './auth.errors';
import { createSignInLinksRepository, type SignInLinkPurpose } from './auth.links.repository';
import { createAuthRepository } from './auth.repository';
import type { SignInLinkInfo } from './auth.schemas';
import { createLocalPasswordsOffError } from './auth.sso.errors';
import { createSsoRepository } from './auth.sso.repository';
import { createLoginThrottle } from './auth.throttle';
import { generateSessionToken, hashSessionToken } from './auth.tokens';

/** The throttle's key for attempts with links from one address (a link names no account). */
const linkThrottleKey = (ip: string) => `link@${ip}`;
/** The throttle's key for reset requests of one address, apart from the account's logins. */
const resetThrottleKey = (email: string) => `reset:${email}`;

/** How long a link of each purpose works, from the deployment's settings. */
function lifetimeMs({ config, purpose }: { config: Config; purpose: SignInLinkPurpose }): number {
  return purpose === 'invitation'
    ? config.sessions.invitationLinkDays * 86_400_000
    : config.sessions.resetLinkMinutes * 60_000;
}

/**
 * Issues a link with which the user sets their own password, on their own portal's page, and
 * deletes the user's earlier links not used yet. Answers the link (with its QR code) this once; the
 * caller audits in its transaction (`db`).
 */
export async function issueSignInLink({
  db,
  config,
  clock,
  user,
  purpose,
}: {
  db: Database;
  config: Config;
  clock: Clock;
  user: { id: string; orgKind: OrgKind };
  purpose: SignInLinkPurpose;
}): Promise<SignInLink> {
  const token = generateSessionToken();
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + lifetimeMs({ config, purpose }));
  await createSignInLinksRepository({ db }).replaceLinksOfUser({
    userId: user.id,
    tokenHash: hashSessionToken({ token }),
    purpose,
    createdAt: now,
    expiresAt,
  });
  const url = `${config.server.publicUrl}/${PORTAL_BY_ORG_KIND[user.orgKind]}/link#${token}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return { url, qrSvg, expiresAt: expiresAt.toISOString(), emailed: false };
}

/** A password nobody knows, for an invited account until its owner sets one through the link. */
export async function unusablePasswordHash(): Promise<string> {
  return hashPassword({ password: generateSessionToken() });
}

type FoundLink = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createSignInLinksRepository>['findLinkByTokenHash']>>['link']
>;

/** A sign-in link's token as it comes in, and the address it comes from (for the throttle). */
type LinkUse = { db: Database; clock: Clock; token: string; ip: string };

/**
 * The link behind a token if it can still be used; otherwise the coded refusal: unknown (also for a
 * disabled account, which a link must not reopen), used, or expired.
 */
async function usableLink({ db, clock, token, ip }: LinkUse): Promise<FoundLink> {
  const now = clock.now();
  const throttle = createLoginThrottle({ db, now });
  await throttle.begin({ email: linkThrottleKey(ip), ip });
  const { link } = await createSignInLinksRepository({ db }).findLinkByTokenHash({
    tokenHash: hashSessionToken({ token }),
  });
  if (!link || link.disabledAt) throw createLinkUnknownError();
  await throttle.passwordAccepted({ email: linkThrottleKey(ip) });
  const { off } = await createSsoRepository({ db }).localPasswordsOff({
    organisationId: link.organisationId,
  });
  if (off) throw createLocalPasswordsOffError();
  if (link.usedAt) throw createLinkUsedError();
  if (link.expiresAt.getTime() <= now.getTime()) throw createLinkExpiredError();
  return link;
}

/** Whom a link is for, while it can be used; refused with the reason otherwise. */
export async function inspectSignInLink(use: LinkUse): Promise<SignInLinkInfo> {
  const link = await usableLink(use);
  return {
    purpose: link.purpose,
    email: link.email,
    displayName: link.displayName,
    portal: PORTAL_BY_ORG_KIND[link.orgKind],
    expiresAt: link.expiresAt.toISOString(),
  };
}

/**
 * Sets the password the person chose through their link. The link works once (two requests at the
 * same time: one wins, the other is told it was used); every session of the user ends, and the
 * account's failed logins are forgotten. The password is checked like every chosen one.
 */
export async function useSignInLink({
  db,
  clock,
  token,
  newPassword,
  ip,
  requestId,
}: LinkUse & {
  newPassword: string;
  requestId: string;
}): Promise<{ email: string; portal: SignInLinkInfo['portal'] }> {
  const link = await usableLink({ db, clock, token, ip });
  if (await isCommonPassword({ password: newPassword, email: link.email })) {
    throw createPasswordTooCommonError();
  }
  const passwordHash = await hashPassword({ password: newPassword });
  const now = clock.now();
  await withTransaction({
    db,
    work: async (tx) => {
      const { used } = await createSignInLinksRepository({ db: tx }).markUsed({ linkId: link.id, at: now });
      if (!used) throw createLinkUsedError();
      const auth = createAuthRepository({ db: tx });
      await auth.setOwnPassword({ userId: link.userId, passwordHash, at: now });
      await auth.deleteSessionsOfUser({ userId: link.userId });
      await writeAudit({
        db: tx,
        entry: {
          actor: undefined,
          tenantId: link.tenantId,
          action: link.purpose === 'invitation' ? 'auth.invitation_accept' : 'auth.password_reset',
          resource: `user:${link.userId}`,
          requestId,
          at: now,
        },
      });
    },
  });
  await createLoginThrottle({ db, now }).passwordAccepted({ email: link.email });
  return { email: link.email, portal: PORTAL_BY_ORG_KIND[link.orgKind] };
}

/**
 * A forgotten password: for an active account with this address, a reset link is recorded (the
 * earlier unused links stop working) and handed to `deliver` to send by e-mail; for any other
 * address, and for an account whose organisation switched local passwords off, nothing happens. The caller answers the same either way. Requests for one address and from
 * one address slow down like failed logins.
 */
export async function requestPasswordReset({
  db,
  config,
  clock,
  email,
  ip,
  requestId,
  deliver,
}: {
  db: Database;
  config: Config;
  clock: Clock;
  email: string;
  ip: string;
  requestId: string;
  deliver: (mail: { id: string; to: string; url: string; locale: string }) => void;
}): Promise<void> {
  const now = clock.now();
  await createLoginThrottle({ db, now }).begin({ email: resetThrottleKey(email), ip });
  const { user } = await createAuthRepository({ db }).findUserByEmail({ email });
  const passwordsOff =
    user !== undefined &&
    (await createSsoRepository({ db }).localPasswordsOff({ organisationId: user.organisation.id })).off;
  if (!user || user.disabledAt || passwordsOff) {
    await writeAudit({
      db,
      entry: {
        actor: undefined,
        tenantId: null,
        action: 'auth.password_reset_request',
        resource: 'user:unknown',
        outcome: 'denied',
        requestId,
        at: now,
      },
    });
    return;
  }
  const link = await withTransaction({
    db,
    work: async (tx) => {
      const issued = await issueSignInLink({
        db: tx,
        config,
        clock,
        user: { id: user.id, orgKind: user.organisation.kind },
        purpose: 'reset',
      });
      await writeAudit({
        db: tx,
        entry: {
          actor: undefined,
          tenantId: user.organisation.tenantId,
          action: 'auth.password_reset_request',
          resource: `user:${user.id}`,
          requestId,
          at: now,
        },
      });
      return issued;
    },
  });
  deliver({ id: generateId({ kind: 'signInLink' }), to: user.email, url: link.url, locale: user.locale });
}

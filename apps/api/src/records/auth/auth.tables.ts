import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { idColumn, timestampColumn } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { userIdColumn } from '../users/users.tables';

/** What a session still lacks after the first step: proving a second factor, or enrolling one. */
export const SECOND_FACTOR_STEPS = ['verify', 'enrol'] as const;
export type SecondFactorStep = (typeof SECOND_FACTOR_STEPS)[number];

/** A logged-in browser. Only the SHA-256 of the cookie's token is kept, so a database leak opens no session. */
export const sessionsTable = pgTable(
  'sessions',
  {
    id: idColumn({ kind: 'session' }),
    tokenHash: text('token_hash').notNull(),
    userId: userIdColumn(),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
    lastSeenAt: timestampColumn('last_seen_at').notNull().defaultNow(),
    expiresAt: timestampColumn('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /**
     * Set while the password (or single sign-on) step is done but the second one is not: `verify`
     * (prove a factor) or `enrol` (register the first one). Such a session is short-lived and opens
     * only the second-factor routes.
     */
    secondFactor: text('second_factor', { enum: SECOND_FACTOR_STEPS }),
    /** The WebAuthn challenge last handed to this browser, usable once until `challenge_expires_at`. */
    challenge: text('challenge'),
    challengeExpiresAt: timestampColumn('challenge_expires_at'),
  },
  (t) => [
    check('sessions_second_factor_valid', sqlIn('second_factor', SECOND_FACTOR_STEPS)),
    unique('sessions_token_hash_unique').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
    index('sessions_expires_idx').on(t.expiresAt),
  ],
);

/** Failed logins, kept in the database so the rate limit holds across processes and restarts. */
export const loginFailuresTable = pgTable(
  'login_failures',
  {
    id: idColumn({ kind: 'loginAttempt' }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    at: timestampColumn('at').notNull().defaultNow(),
  },
  (t) => [
    index('login_failures_email_at_idx').on(t.email, t.at),
    index('login_failures_ip_at_idx').on(t.ip, t.at),
  ],
);

/**
 * A link that lets one person set their own password: an invitation (a new account) or a reset.
 * Only the SHA-256 of its token is kept; it works once (`used_at`) and until `expires_at`. Issuing a
 * new link for a user deletes the ones not used yet, so only the latest works. Like sessions, it
 * belongs to a user, not to a tenant: a partner's students and teachers have no tenant, and the link
 * is read before anyone is signed in (docs/adr/0010-sign-in.md).
 */
export const signInLinksTable = pgTable(
  'sign_in_links',
  {
    id: idColumn({ kind: 'signInLink' }),
    tokenHash: text('token_hash').notNull(),
    userId: userIdColumn(),
    purpose: text('purpose', { enum: ['invitation', 'reset'] }).notNull(),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
    expiresAt: timestampColumn('expires_at').notNull(),
    usedAt: timestampColumn('used_at'),
  },
  (t) => [
    unique('sign_in_links_token_hash_unique').on(t.tokenHash),
    index('sign_in_links_user_idx').on(t.userId),
    check('sign_in_links_purpose_valid', sql`${t.purpose} IN ('invitation', 'reset')`),
  ],
);

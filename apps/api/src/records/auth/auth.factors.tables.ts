import { index, integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { idColumn, timestampColumn } from '../../ground/shared/columns';
import type { IdKind } from '../../ground/shared/ids';
import { userIdColumn } from '../users/users.tables';

/*
 * A user's second factors. Like sessions and sign-in links they belong to a user, not to a tenant:
 * partners' students and teachers have no tenant, and they are read before anyone is signed in fully
 * (docs/adr/0010-sign-in.md), so they have no row-level security policy.
 */

/** What every second factor's row begins with: its id, the user it belongs to and when it was set up. */
const factorColumns = (kind: IdKind) => ({
  id: idColumn({ kind }),
  userId: userIdColumn(),
  createdAt: timestampColumn('created_at').notNull().defaultNow(),
});

/** A passkey (WebAuthn credential): only its public key is kept. */
export const passkeysTable = pgTable(
  'passkeys',
  {
    ...factorColumns('passkey'),
    /** The credential id, base64url, as the browser names it. */
    credentialId: text('credential_id').notNull(),
    /** The COSE public key, base64url. */
    publicKey: text('public_key').notNull(),
    counter: integer('counter').notNull().default(0),
    transports: jsonb('transports').$type<string[]>().notNull().default([]),
    name: text('name').notNull(),
    lastUsedAt: timestampColumn('last_used_at'),
  },
  (t) => [
    unique('passkeys_credential_id_unique').on(t.credentialId),
    index('passkeys_user_idx').on(t.userId),
  ],
);

/**
 * A TOTP authenticator app: the shared secret (base32) and when the user proved they had it; an
 * unconfirmed row is a setup in progress and opens nothing.
 */
export const totpFactorsTable = pgTable(
  'totp_factors',
  {
    ...factorColumns('totpFactor'),
    secret: text('secret').notNull(),
    confirmedAt: timestampColumn('confirmed_at'),
    /** The time step of the last code accepted, so one code never works twice. */
    lastStep: integer('last_step'),
  },
  (t) => [unique('totp_factors_user_unique').on(t.userId)],
);

/** Single-use recovery codes, shown once: only their SHA-256 is kept. */
export const recoveryCodesTable = pgTable(
  'recovery_codes',
  {
    ...factorColumns('recoveryCode'),
    codeHash: text('code_hash').notNull(),
    usedAt: timestampColumn('used_at'),
  },
  (t) => [unique('recovery_codes_user_code_unique').on(t.userId, t.codeHash)],
);

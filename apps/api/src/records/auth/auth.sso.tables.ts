import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { userIdColumn } from '../users/users.tables';

/**
 * How an organisation's people sign in: its OpenID provider (issuer, client id, the client secret
 * encrypted with `SECRETS_KEY`, the claim that holds the e-mail address), the e-mail domains that lead
 * the login page to it, and whether local passwords still work. Like sessions it belongs to an
 * organisation, not a tenant (partners have none) and is read before anyone is signed in
 * (docs/adr/0010-sign-in.md).
 */
export const organisationSignInTable = pgTable(
  'organisation_sign_in',
  {
    organisationId: text('organisation_id')
      .primaryKey()
      .references(() => organisationsTable.id, { onDelete: 'cascade' }),
    issuerUrl: text('issuer_url').notNull(),
    clientId: text('client_id').notNull(),
    /** AES-256-GCM under `SECRETS_KEY`, or null for a public client (PKCE only). */
    clientSecretEncrypted: text('client_secret_encrypted'),
    emailClaim: text('email_claim').notNull().default('email'),
    emailDomains: text('email_domains').array().notNull().default(sql`'{}'::text[]`),
    localPasswords: boolean('local_passwords').notNull().default(true),
    ...timestampColumns(),
  },
  (t) => [check('organisation_sign_in_email_claim_format', sql`${t.emailClaim} ~ '^[A-Za-z0-9_.:-]{1,64}$'`)],
);

/**
 * The provider's stable subject of an account, linked at its first single sign-on by e-mail address;
 * later sign-ins find the account by subject, so a changed address at the provider still opens it.
 */
export const ssoIdentitiesTable = pgTable(
  'sso_identities',
  {
    issuerUrl: text('issuer_url').notNull(),
    subject: text('subject').notNull(),
    userId: userIdColumn(),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'sso_identities_pkey', columns: [t.issuerUrl, t.subject] }),
    unique('sso_identities_user_issuer_unique').on(t.userId, t.issuerUrl),
  ],
);

/**
 * A sign-in on its way through a provider: the SHA-256 of the state (which the browser also holds in a
 * short-lived cookie), the nonce and the PKCE verifier, kept here so the callback can check them. Used
 * once, for ten minutes.
 */
export const ssoAttemptsTable = pgTable(
  'sso_attempts',
  {
    stateHash: text('state_hash').primaryKey(),
    organisationId: referenceColumn('organisation_id', () => organisationsTable.id, { onDelete: 'cascade' }),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    createdAt: timestampColumn('created_at').notNull().defaultNow(),
    expiresAt: timestampColumn('expires_at').notNull(),
  },
  (t) => [index('sso_attempts_expires_idx').on(t.expiresAt)],
);

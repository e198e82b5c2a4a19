import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, findOne, upsertOne } from '../../ground/database/query-helpers';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { usersTable } from '../users/users.tables';
import { organisationSignInTable, ssoAttemptsTable, ssoIdentitiesTable } from './auth.sso.tables';

export type OrganisationSignIn = typeof organisationSignInTable.$inferSelect;

export function createSsoRepository({ db }: { db: Database }) {
  return {
    async findSignIn({ organisationId }: { organisationId: string }) {
      return {
        signIn: await findOne(db, organisationSignInTable, { organisationId }),
      };
    },

    /** The organisation whose provider an e-mail domain leads to, with that provider's settings. */
    async findSignInByDomain({ domain }: { domain: string }) {
      const [row] = await db
        .select({ signIn: organisationSignInTable, organisationName: organisationsTable.name })
        .from(organisationSignInTable)
        .innerJoin(organisationsTable, eq(organisationsTable.id, organisationSignInTable.organisationId))
        .where(sql`${domain} = ANY(${organisationSignInTable.emailDomains})`)
        .limit(1);
      return { found: row };
    },

    /** Whether another organisation already claims one of these domains. */
    async domainTakenElsewhere({ organisationId, domains }: { organisationId: string; domains: string[] }) {
      if (domains.length === 0) return { taken: false };
      const rows = await db
        .select({ id: organisationSignInTable.organisationId })
        .from(organisationSignInTable)
        .where(
          and(
            ne(organisationSignInTable.organisationId, organisationId),
            sql`${organisationSignInTable.emailDomains} && ${sql`ARRAY[${sql.join(
              domains.map((domain) => sql`${domain}`),
              sql`, `,
            )}]::text[]`}`,
          ),
        )
        .limit(1);
      return { taken: rows.length > 0 };
    },

    async upsertSignIn(values: Omit<OrganisationSignIn, 'createdAt' | 'updatedAt'>) {
      const { organisationId, ...rest } = values;
      await upsertOne(db, organisationSignInTable, values, {
        target: organisationSignInTable.organisationId,
        set: { ...rest, updatedAt: new Date() },
      });
    },

    async deleteSignIn({ organisationId }: { organisationId: string }) {
      const deleted = await db
        .delete(organisationSignInTable)
        .where(eq(organisationSignInTable.organisationId, organisationId))
        .returning({ id: organisationSignInTable.organisationId });
      return { deleted: deleted.length > 0 };
    },

    /** Whether local passwords are switched off for the organisation of this account. */
    async localPasswordsOff({ organisationId }: { organisationId: string }) {
      const [row] = await db
        .select({ localPasswords: organisationSignInTable.localPasswords })
        .from(organisationSignInTable)
        .where(eq(organisationSignInTable.organisationId, organisationId))
        .limit(1);
      return { off: row ? !row.localPasswords : false };
    },

    async insertAttempt(values: typeof ssoAttemptsTable.$inferInsert & { now: Date }) {
      const { now, ...attempt } = values;
      await db.delete(ssoAttemptsTable).where(lt(ssoAttemptsTable.expiresAt, now));
      await db.insert(ssoAttemptsTable).values(attempt);
    },

    /** Takes the attempt out (it works once) and answers it. */
    async takeAttempt({ stateHash }: { stateHash: string }) {
      const [attempt] = await db
        .delete(ssoAttemptsTable)
        .where(eq(ssoAttemptsTable.stateHash, stateHash))
        .returning();
      return { attempt };
    },

    /** The e-mail address of the account a provider's subject is linked to. */
    async findLinkedEmail({ issuerUrl, subject }: { issuerUrl: string; subject: string }) {
      const [row] = await db
        .select({ email: usersTable.email })
        .from(ssoIdentitiesTable)
        .innerJoin(usersTable, eq(usersTable.id, ssoIdentitiesTable.userId))
        .where(columnsEqual(ssoIdentitiesTable, { issuerUrl, subject }))
        .limit(1);
      return { email: row?.email };
    },

    /** Links a subject to an account; an account keeps the first subject of an issuer. */
    async linkSubject({
      issuerUrl,
      subject,
      userId,
    }: {
      issuerUrl: string;
      subject: string;
      userId: string;
    }) {
      const inserted = await db
        .insert(ssoIdentitiesTable)
        .values({ issuerUrl, subject, userId })
        .onConflictDoNothing()
        .returning({ userId: ssoIdentitiesTable.userId });
      return { linked: inserted.length > 0 };
    },

    /** Whether this account is already linked to another subject of the issuer. */
    async hasOtherSubject({ issuerUrl, userId }: { issuerUrl: string; userId: string }) {
      const rows = await db
        .select({ subject: ssoIdentitiesTable.subject })
        .from(ssoIdentitiesTable)
        .where(columnsEqual(ssoIdentitiesTable, { issuerUrl, userId }))
        .limit(1);
      return { subject: rows[0]?.subject };
    },
  };
}

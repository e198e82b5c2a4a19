import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsOf } from '../../ground/database/query-helpers';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { usersTable } from '../users/users.tables';
import { signInLinksTable } from './auth.tables';

export type SignInLinkPurpose = 'invitation' | 'reset';

/** The sign-in links of users: created, looked up by the hash of their token, used once. */
export function createSignInLinksRepository({ db }: { db: Database }) {
  return {
    /** Stores a new link and deletes the user's links not used yet, so only the newest one works. */
    async replaceLinksOfUser(values: {
      userId: string;
      tokenHash: string;
      purpose: SignInLinkPurpose;
      createdAt: Date;
      expiresAt: Date;
    }) {
      await db
        .delete(signInLinksTable)
        .where(and(eq(signInLinksTable.userId, values.userId), isNull(signInLinksTable.usedAt)));
      await db.insert(signInLinksTable).values(values);
    },

    /** The link behind a token hash, with its user's account and organisation, or undefined. */
    async findLinkByTokenHash({ tokenHash }: { tokenHash: string }) {
      const [row] = await db
        .select({
          ...columnsOf(signInLinksTable, ['id', 'purpose', 'expiresAt', 'usedAt']),
          userId: usersTable.id,
          email: usersTable.email,
          displayName: usersTable.displayName,
          disabledAt: usersTable.disabledAt,
          organisationId: organisationsTable.id,
          orgKind: organisationsTable.kind,
          tenantId: organisationsTable.tenantId,
        })
        .from(signInLinksTable)
        .innerJoin(usersTable, eq(usersTable.id, signInLinksTable.userId))
        .innerJoin(organisationsTable, eq(organisationsTable.id, usersTable.organisationId))
        .where(eq(signInLinksTable.tokenHash, tokenHash))
        .limit(1);
      return { link: row };
    },

    /** Marks the link used unless it already was; answers whether this call used it. */
    async markUsed({ linkId, at }: { linkId: string; at: Date }) {
      const rows = await db
        .update(signInLinksTable)
        .set({ usedAt: at })
        .where(and(eq(signInLinksTable.id, linkId), isNull(signInLinksTable.usedAt)))
        .returning({ id: signInLinksTable.id });
      return { used: rows.length > 0 };
    },
  };
}

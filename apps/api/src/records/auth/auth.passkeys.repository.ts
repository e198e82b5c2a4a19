import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, findOne } from '../../ground/database/query-helpers';
import { passkeysTable } from './auth.factors.tables';

export type StoredPasskey = typeof passkeysTable.$inferSelect;

/** A user's passkeys: listed, found by the credential a browser answered with, added, used, removed. */
export function createPasskeysRepository({ db }: { db: Database }) {
  return {
    async listPasskeys({ userId }: { userId: string }) {
      const passkeys = await db
        .select()
        .from(passkeysTable)
        .where(eq(passkeysTable.userId, userId))
        .orderBy(asc(passkeysTable.createdAt));
      return { passkeys };
    },

    async findPasskeyByCredentialId({ userId, credentialId }: { userId: string; credentialId: string }) {
      return { passkey: await findOne(db, passkeysTable, { userId, credentialId }) };
    },

    async insertPasskey(values: typeof passkeysTable.$inferInsert) {
      await db.insert(passkeysTable).values(values);
    },

    async markPasskeyUsed({ id, counter, at }: { id: string; counter: number; at: Date }) {
      await db.update(passkeysTable).set({ counter, lastUsedAt: at }).where(eq(passkeysTable.id, id));
    },

    async deletePasskey({ userId, id }: { userId: string; id: string }) {
      const deleted = await db
        .delete(passkeysTable)
        .where(columnsEqual(passkeysTable, { userId, id }))
        .returning({ id: passkeysTable.id });
      return { deleted: deleted.length > 0 };
    },
  };
}

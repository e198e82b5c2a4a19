import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Database } from '../database/database';
import { columnsEqual, columnsOf } from '../database/query-helpers';
import { idempotencyKeysTable } from './idempotency.tables';

export type IdempotencyScope = { userId: string; route: string; key: string };

/** The stored first answer: its status and its body as text with its content type. */
export type StoredResponse = { contentType: string | null; body: string };

export type IdempotencyRecord = {
  id: string;
  requestHash: string;
  statusCode: number | null;
  response: StoredResponse | null;
  createdAt: Date;
};

function whereScope({ userId, route, key }: IdempotencyScope) {
  return columnsEqual(idempotencyKeysTable, { userId, route, key });
}

export function createIdempotencyRepository({ db }: { db: Database }) {
  return {
    /** Inserts the claim unless the key is taken; only the request that inserted it may run. */
    async claim({ scope, requestHash, at }: { scope: IdempotencyScope; requestHash: string; at: Date }) {
      const rows = await db
        .insert(idempotencyKeysTable)
        .values({ ...scope, requestHash, createdAt: at })
        .onConflictDoNothing({
          target: [idempotencyKeysTable.userId, idempotencyKeysTable.route, idempotencyKeysTable.key],
        })
        .returning({ id: idempotencyKeysTable.id });
      return { claimedId: rows[0]?.id };
    },

    async find({ scope }: { scope: IdempotencyScope }): Promise<{ record: IdempotencyRecord | undefined }> {
      const [row] = await db
        .select(columnsOf(idempotencyKeysTable, ['id', 'requestHash', 'statusCode', 'response', 'createdAt']))
        .from(idempotencyKeysTable)
        .where(whereScope(scope))
        .limit(1);
      return { record: row ? { ...row, response: row.response as StoredResponse | null } : undefined };
    },

    async complete({
      id,
      statusCode,
      response,
      at,
    }: {
      id: string;
      statusCode: number;
      /** The middleware stores the raw answer (`StoredResponse`); in-transaction use cases their result. */
      response: unknown;
      at: Date;
    }) {
      await db
        .update(idempotencyKeysTable)
        .set({ statusCode, response, completedAt: at })
        .where(eq(idempotencyKeysTable.id, id));
    },

    /** Gives the key back after a failure on our side, so a retry runs again. */
    async release({ id }: { id: string }) {
      await db
        .delete(idempotencyKeysTable)
        .where(and(eq(idempotencyKeysTable.id, id), isNull(idempotencyKeysTable.statusCode)));
    },

    /** Drops a claim whose request never finished (its process died), so the key can be claimed again. */
    async releaseStale({ scope, before }: { scope: IdempotencyScope; before: Date }) {
      await db
        .delete(idempotencyKeysTable)
        .where(
          and(
            whereScope(scope),
            isNull(idempotencyKeysTable.statusCode),
            lt(idempotencyKeysTable.createdAt, before),
          ),
        );
    },

    /** Forgets answers older than `before`; keys are kept long enough for any client's retries. */
    async prune({ before }: { before: Date }) {
      await db.delete(idempotencyKeysTable).where(lt(idempotencyKeysTable.createdAt, before));
    },
  };
}

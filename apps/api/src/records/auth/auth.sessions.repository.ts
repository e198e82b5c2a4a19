import { and, desc, eq, gt, ne } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf } from '../../ground/database/query-helpers';
import { sessionsTable } from './auth.tables';

/** A user's own sessions, as they see and end them. */
export function createOwnSessionsRepository({ db }: { db: Database }) {
  return {
    /** The user's sessions not yet past their absolute end, the latest seen first. */
    async listSessionsOfUser({ userId, now }: { userId: string; now: Date }) {
      const sessions = await db
        .select(columnsOf(sessionsTable, ['id', 'userAgent', 'createdAt', 'lastSeenAt']))
        .from(sessionsTable)
        .where(and(eq(sessionsTable.userId, userId), gt(sessionsTable.expiresAt, now)))
        .orderBy(desc(sessionsTable.lastSeenAt), desc(sessionsTable.createdAt));
      return { sessions };
    },

    /** Ends one session of the user; answers whether it was theirs. */
    async deleteSessionOfUser({ userId, sessionId }: { userId: string; sessionId: string }) {
      const rows = await db
        .delete(sessionsTable)
        .where(columnsEqual(sessionsTable, { id: sessionId, userId }))
        .returning({ id: sessionsTable.id });
      return { deleted: rows.length > 0 };
    },

    /** Ends every session of the user but one; answers how many ended. */
    async deleteOtherSessionsOfUser({ userId, keepSessionId }: { userId: string; keepSessionId: string }) {
      const rows = await db
        .delete(sessionsTable)
        .where(and(eq(sessionsTable.userId, userId), ne(sessionsTable.id, keepSessionId)))
        .returning({ id: sessionsTable.id });
      return { ended: rows.length };
    },
  };
}

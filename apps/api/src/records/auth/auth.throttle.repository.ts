import { and, count, eq, gte, lt, max } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { loginFailuresTable } from './auth.tables';

/** The failed (and still running) login attempts the throttle counts, per account and per address. */
export function createLoginThrottleRepository({ db }: { db: Database }) {
  return {
    async readFailures({
      email,
      ip,
      accountSince,
      addressSince,
    }: {
      email: string;
      ip: string;
      accountSince: Date;
      addressSince: Date;
    }) {
      const [account] = await db
        .select({ count: count(), last: max(loginFailuresTable.at) })
        .from(loginFailuresTable)
        .where(and(eq(loginFailuresTable.email, email), gte(loginFailuresTable.at, accountSince)));
      const [address] = await db
        .select({ count: count(), last: max(loginFailuresTable.at) })
        .from(loginFailuresTable)
        .where(and(eq(loginFailuresTable.ip, ip), gte(loginFailuresTable.at, addressSince)));
      return {
        account: { count: account?.count ?? 0, last: account?.last ?? null },
        address: { count: address?.count ?? 0, last: address?.last ?? null },
      };
    },

    async recordFailure({ email, ip, at }: { email: string; ip: string; at: Date }) {
      await db.insert(loginFailuresTable).values({ email, ip, at });
    },

    async clearAccount({ email }: { email: string }) {
      await db.delete(loginFailuresTable).where(eq(loginFailuresTable.email, email));
    },

    async prune({ before }: { before: Date }) {
      await db.delete(loginFailuresTable).where(lt(loginFailuresTable.at, before));
    },
  };
}

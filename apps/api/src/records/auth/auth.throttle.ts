import type { Database } from '../../ground/database/database';
import { createRateLimitedError } from './auth.errors';
import { createLoginThrottleRepository } from './auth.throttle.repository';

/**
 * How failed logins slow down the next attempt. Per account: a few mistakes are free, then each
 * further failure doubles the wait (1 s, 2 s, 4 s … up to 15 minutes), for that account only, until
 * it logs in. Per address: many more failures are free (a welfare office's colleagues share one
 * public address), then each waits a few seconds at most, so a correct password of another account
 * from the same address never waits longer than that.
 */
export const LOGIN_THROTTLE = {
  account: { freeFailures: 5, firstDelaySeconds: 1, maxDelaySeconds: 15 * 60, memoryHours: 24 },
  address: { freeFailures: 30, firstDelaySeconds: 1, maxDelaySeconds: 5, windowMinutes: 15 },
} as const;

/** The wait after `failures` failures: none while they are free, then doubling up to the cap. */
export function delaySecondsAfter({
  failures,
  rule,
}: {
  failures: number;
  rule: { freeFailures: number; firstDelaySeconds: number; maxDelaySeconds: number };
}): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.firstDelaySeconds * 2 ** doublings, rule.maxDelaySeconds);
}

/** Whole seconds until `last + delay`, at least 1 while that moment is still ahead, else 0. */
function secondsUntil({ last, delaySeconds, now }: { last: Date | null; delaySeconds: number; now: Date }) {
  if (!last || delaySeconds === 0) return 0;
  const remainingMs = last.getTime() + delaySeconds * 1000 - now.getTime();
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}

/**
 * The login throttle, kept in the database so every API process agrees. An attempt that passes
 * counts as a failure from the moment it starts, so attempts sent side by side cannot all slip
 * through before the first one's password is checked; a correct password takes it back.
 */
export function createLoginThrottle({ db, now }: { db: Database; now: Date }) {
  const repository = createLoginThrottleRepository({ db });
  return {
    /**
     * Refuses with 429 `auth.rate_limited` (and `details.retryAfterSeconds`, sent as `Retry-After`)
     * while the account or the address still has to wait; otherwise records the attempt.
     */
    async begin({ email, ip }: { email: string; ip: string }) {
      const { account, address } = await repository.readFailures({
        email,
        ip,
        accountSince: new Date(now.getTime() - LOGIN_THROTTLE.account.memoryHours * 3_600_000),
        addressSince: new Date(now.getTime() - LOGIN_THROTTLE.address.windowMinutes * 60_000),
      });
      const retryAfterSeconds = Math.max(
        secondsUntil({
          last: account.last,
          delaySeconds: delaySecondsAfter({ failures: account.count, rule: LOGIN_THROTTLE.account }),
          now,
        }),
        secondsUntil({
          last: address.last,
          delaySeconds: delaySecondsAfter({ failures: address.count, rule: LOGIN_THROTTLE.address }),
          now,
        }),
      );
      if (retryAfterSeconds > 0) throw createRateLimitedError({ details: { retryAfterSeconds } });
      await repository.recordFailure({ email, ip, at: now });
    },

    /** The password was right: the account starts afresh, and failures past every window go. */
    async passwordAccepted({ email }: { email: string }) {
      await repository.clearAccount({ email });
      await repository.prune({
        before: new Date(now.getTime() - LOGIN_THROTTLE.account.memoryHours * 3_600_000),
      });
    },
  };
}

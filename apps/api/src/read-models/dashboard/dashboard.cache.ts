/**
 * Shares the dashboard's figures between the requests of one scope (tenant, programme, wave, day and
 * settings are all in the key, so no tenant ever sees another's). A computation in flight is always
 * shared: requests that arrive while it runs get its answer instead of starting the same aggregates
 * again. A finished one is reused for `ttlMs` (a few seconds in production, so a project lead's
 * figures are at most that old; 0 elsewhere). A failure is never kept.
 */
export function createFiguresCache<T>({
  ttlMs,
  now = () => performance.now(),
  maxEntries = 1000,
}: {
  ttlMs: number;
  now?: () => number;
  maxEntries?: number;
}) {
  const entries = new Map<string, { settledAt: number | null; value: Promise<T> }>();
  return {
    get({ key, load }: { key: string; load: () => Promise<T> }): Promise<T> {
      const hit = entries.get(key);
      if (hit && (hit.settledAt === null || now() - hit.settledAt < ttlMs)) return hit.value;
      if (entries.size >= maxEntries) {
        for (const [oldKey, entry] of entries) {
          if (entry.settledAt !== null) entries.delete(oldKey);
        }
      }
      const entry: { settledAt: number | null; value: Promise<T> } = { settledAt: null, value: load() };
      entries.set(key, entry);
      entry.value.then(
        () => {
          entry.settledAt = now();
          if (ttlMs <= 0 && entries.get(key) === entry) entries.delete(key);
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return entry.value;
    },
  };
}

export type FiguresCache<T> = ReturnType<typeof createFiguresCache<T>>;

/** How long finished figures are reused: a few seconds in production, never in development or tests. */
export function dashboardCacheTtlMs({ env }: { env: 'development' | 'test' | 'production' }): number {
  return env === 'production' ? 5_000 : 0;
}

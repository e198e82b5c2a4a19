import { describe, expect, it } from 'vitest';
import { createFiguresCache, dashboardCacheTtlMs } from './dashboard.cache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('dashboard figures cache', () => {
  it('shares one computation between requests that arrive while it runs', async () => {
    const cache = createFiguresCache<number>({ ttlMs: 0 });
    const pending = deferred<number>();
    let loads = 0;
    const load = () => {
      loads += 1;
      return pending.promise;
    };
    const first = cache.get({ key: 'tenant-a', load });
    const second = cache.get({ key: 'tenant-a', load });
    pending.resolve(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(loads).toBe(1);
  });

  it('computes again once a computation is done when nothing may be kept', async () => {
    const cache = createFiguresCache<number>({ ttlMs: 0 });
    let loads = 0;
    const load = async () => {
      loads += 1;
      return loads;
    };
    expect(await cache.get({ key: 'tenant-a', load })).toBe(1);
    expect(await cache.get({ key: 'tenant-a', load })).toBe(2);
  });

  it('reuses finished figures for the time to live and no longer', async () => {
    let now = 0;
    const cache = createFiguresCache<number>({ ttlMs: 5_000, now: () => now });
    let loads = 0;
    const load = async () => {
      loads += 1;
      return loads;
    };
    expect(await cache.get({ key: 'tenant-a', load })).toBe(1);
    now = 4_999;
    expect(await cache.get({ key: 'tenant-a', load })).toBe(1);
    now = 5_000;
    expect(await cache.get({ key: 'tenant-a', load })).toBe(2);
  });

  it('never answers one scope with the figures of another', async () => {
    const cache = createFiguresCache<string>({ ttlMs: 5_000, now: () => 0 });
    expect(await cache.get({ key: 'tenant-a', load: async () => 'a' })).toBe('a');
    expect(await cache.get({ key: 'tenant-b', load: async () => 'b' })).toBe('b');
  });

  it('does not keep a failure', async () => {
    const cache = createFiguresCache<number>({ ttlMs: 5_000, now: () => 0 });
    await expect(
      cache.get({
        key: 'tenant-a',
        load: async () => {
          throw new Error('database down');
        },
      }),
    ).rejects.toThrow('database down');
    expect(await cache.get({ key: 'tenant-a', load: async () => 3 })).toBe(3);
  });

  it('keeps figures only in production', () => {
    expect(dashboardCacheTtlMs({ env: 'production' })).toBe(5_000);
    expect(dashboardCacheTtlMs({ env: 'test' })).toBe(0);
    expect(dashboardCacheTtlMs({ env: 'development' })).toBe(0);
  });
});

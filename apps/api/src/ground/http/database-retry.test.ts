import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../config/logger';
import type { AppEnv } from './app.types';
import { retryWhileDatabaseUnavailable } from './database-retry';
import { createErrorHandler } from './middlewares';

/** An app whose handler fails like a query on a database going away, `failures` times, then answers. */
function flakyApp({ failures, attemptMs = 0 }: { failures: number; attemptMs?: number }) {
  const app = new Hono<AppEnv>();
  const bodies: string[] = [];
  let calls = 0;
  let clock = 0;
  const handler = async (c: { req: { text: () => Promise<string> }; json: (v: unknown) => Response }) => {
    calls += 1;
    clock += attemptMs;
    bodies.push(await c.req.text());
    if (calls <= failures) throw new Error('Failed query', { cause: { code: '57P01' } });
    return c.json({ ok: true });
  };
  app.get('/thing', handler);
  app.post('/thing', handler);
  app.onError(createErrorHandler({ logger: createLogger({ level: 'silent' }) }));
  app.fetch = retryWhileDatabaseUnavailable({
    fetch: app.fetch,
    delaysMs: [1, 1, 1],
    budgetMs: 3_000,
    sleep: async (ms) => {
      clock += ms;
    },
    now: () => clock,
  });
  return { app, calls: () => calls, bodies };
}

describe('retryWhileDatabaseUnavailable', () => {
  it('runs a read again until the database answers', async () => {
    const { app, calls } = flakyApp({ failures: 2 });
    const res = await app.request('/thing');
    expect(res.status).toBe(200);
    expect(calls()).toBe(3);
  });

  it('runs a write with an idempotency key again, with the same body each time', async () => {
    const { app, calls, bodies } = flakyApp({ failures: 1 });
    const res = await app.request('/thing', {
      method: 'POST',
      headers: { 'idempotency-key': 'retry-test-0001', 'content-type': 'application/json' },
      body: '{"n":1}',
    });
    expect(res.status).toBe(200);
    expect(calls()).toBe(2);
    expect(bodies).toEqual(['{"n":1}', '{"n":1}']);
  });

  it('answers a write without an idempotency key 503 database.unavailable with Retry-After, without running it again', async () => {
    const { app, calls } = flakyApp({ failures: 1 });
    const res = await app.request('/thing', { method: 'POST', body: '{}' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('database.unavailable');
    expect(calls()).toBe(1);
  });

  it('gives up after its last pause and answers 503 with Retry-After', async () => {
    const { app, calls } = flakyApp({ failures: 10 });
    const res = await app.request('/thing');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(calls()).toBe(4);
  });

  it('starts no new attempt once its budget has passed, so an attempt that waited for the answer deadline answers 503 at once', async () => {
    const { app, calls } = flakyApp({ failures: 10, attemptMs: 10_000 });
    const res = await app.request('/thing');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(calls()).toBe(1);
  });
});

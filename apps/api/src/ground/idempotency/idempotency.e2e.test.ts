import { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, TEST_NOW } from '../../roof/testing/test-app';
import { loadConfig } from '../config/config';
import { createLogger } from '../config/logger';
import { type DatabaseConnection, queryRows } from '../database/database';
import { ACCESS } from '../http/access.policy';
import type { AppDeps, AppEnv, AuthContext } from '../http/app.types';
import { idempotent, pruneIdempotencyKeys } from '../http/idempotency.middleware';
import { createErrorHandler } from '../http/middlewares';
import { createRequestContext } from '../http/request-context';
import { defineRoute, jsonBody, jsonResponse } from '../http/routes';
import { createManualClock } from '../shared/clock';

function authOf(userId: string): AuthContext {
  return {
    sessionId: 'ses_test',
    user: { id: userId, email: `${userId}@test`, displayName: userId, role: 'student', locale: 'nl' },
    organisation: { id: 'org_test', name: 'Test', kind: 'home_help', tenantId: null },
    portal: 'beego',
    passwordChangeRequired: false,
    secondFactorPending: null,
  };
}

let connection: DatabaseConnection;
let app: Hono<AppEnv>;
const clock = createManualClock({ start: TEST_NOW });
const effects: string[] = [];
let failNext = false;

beforeAll(async () => {
  connection = await createTestDatabase();
  const deps: AppDeps = {
    config: loadConfig({ env: { NODE_ENV: 'test' } }),
    db: connection.db,
    driver: connection.driver,
    standby: null,
    clock,
    logger: createLogger({ level: 'silent' }),
  };
  app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('requestId', 'req_test_000000');
    c.set('deps', deps);
    const user = c.req.header('x-test-user');
    c.set('auth', user ? authOf(user) : undefined);
    await next();
  });
  // Records one effect per run, slowly, so concurrent requests overlap.
  app.post('/api/things', idempotent({ waitMs: 3_000 }), async (c) => {
    const body = (await c.req.json()) as { name: string };
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (failNext) {
      failNext = false;
      throw new Error('database went away');
    }
    effects.push(body.name);
    return c.json({ thing: { name: body.name, number: effects.length } }, 201);
  });
  app.post('/api/empty', idempotent(), (c) => {
    effects.push('empty');
    return c.body(null, 204);
  });
  app.onError(createErrorHandler({ logger: deps.logger }));
});
afterAll(async () => {
  await connection.close();
});

function post(
  body: unknown,
  { key, user = 'usr_a', path = '/api/things' }: { key?: string; user?: string; path?: string } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-test-user': user };
  if (key !== undefined) headers['idempotency-key'] = key;
  return app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
}

function countOf(name: string) {
  return effects.filter((effect) => effect === name).length;
}

describe('idempotent()', () => {
  it('runs a request without a key every time', async () => {
    await post({ name: 'no-key' });
    await post({ name: 'no-key' });
    expect(countOf('no-key')).toBe(2);
  });

  it('replays the first answer, status and body, for the same key and body without running again', async () => {
    const first = await post({ name: 'replayed' }, { key: 'key-replay-0001' });
    const second = await post({ name: 'replayed' }, { key: 'key-replay-0001' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('content-type')).toMatch(/application\/json/);
    expect(countOf('replayed')).toBe(1);
  });

  it('refuses the same key with another body with 422 idempotency.key_reused', async () => {
    await post({ name: 'body-one' }, { key: 'key-reused-0001' });
    const res = await post({ name: 'body-two' }, { key: 'key-reused-0001' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('idempotency.key_reused');
    expect(countOf('body-two')).toBe(0);
  });

  it('keeps keys apart per user and per route', async () => {
    await post({ name: 'per-user' }, { key: 'key-scoped-0001', user: 'usr_a' });
    await post({ name: 'per-user' }, { key: 'key-scoped-0001', user: 'usr_b' });
    expect(countOf('per-user')).toBe(2);
    const empty = await post({}, { key: 'key-scoped-0001', path: '/api/empty' });
    expect(empty.status).toBe(204);
    const replayed = await post({}, { key: 'key-scoped-0001', path: '/api/empty' });
    expect(replayed.status).toBe(204);
    expect(await replayed.text()).toBe('');
    expect(countOf('empty')).toBe(1);
  });

  it('refuses a key that is too short, too long or not printable with 400 idempotency.key_invalid', async () => {
    for (const key of ['short', 'x'.repeat(129), 'with space inside']) {
      const res = await post({ name: 'bad-key' }, { key });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('idempotency.key_invalid');
    }
    expect(countOf('bad-key')).toBe(0);
  });

  it('does not keep a failure on our side, so a retry with the same key runs again', async () => {
    failNext = true;
    const failed = await post({ name: 'retried' }, { key: 'key-failure-001' });
    expect(failed.status).toBe(500);
    const retried = await post({ name: 'retried' }, { key: 'key-failure-001' });
    expect(retried.status).toBe(201);
    expect(countOf('retried')).toBe(1);
  });

  it('makes one effect for 20 concurrent requests with one key, and every one gets the same answer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post({ name: 'concurrent' }, { key: 'key-concurrent-01' })),
    );
    expect(countOf('concurrent')).toBe(1);
    const bodies = await Promise.all(answers.map((res) => res.text()));
    expect(answers.map((res) => res.status)).toEqual(Array(20).fill(201));
    expect(new Set(bodies).size).toBe(1);
    const rows = await queryRows<{ n: number }>({
      db: connection.db,
      query: sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'key-concurrent-01'`,
    });
    expect(rows[0]?.n).toBe(1);
  });

  it('answers 409 idempotency.in_progress when the first request is still running after the wait', async () => {
    const impatient = new Hono<AppEnv>();
    impatient.use('*', async (c, next) => {
      c.set('deps', { db: connection.db, clock } as unknown as AppDeps);
      c.set('auth', authOf('usr_slow'));
      await next();
    });
    impatient.post('/api/slow', idempotent({ waitMs: 50 }), async (c) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return c.json({ ok: true }, 200);
    });
    impatient.onError(createErrorHandler({ logger: createLogger({ level: 'silent' }) }));
    const send = () =>
      impatient.request('/api/slow', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'key-slow-00001' },
        body: '{}',
      });
    const first = send();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await send();
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('idempotency.in_progress');
    expect((await first).status).toBe(200);
  });

  it('gives up a claim whose request never finished, and forgets keys after a day', async () => {
    await connection.db.execute(
      sql`INSERT INTO idempotency_keys (id, key, user_id, route, request_hash, created_at)
          VALUES ('idk_stale', 'key-stale-0001', 'usr_a', 'POST /api/things', 'whatever', ${new Date(TEST_NOW.getTime() - 120_000).toISOString()})`,
    );
    const res = await post({ name: 'after-crash' }, { key: 'key-stale-0001' });
    expect(res.status).toBe(201);
    expect(countOf('after-crash')).toBe(1);

    clock.advance({ hours: 25 });
    await pruneIdempotencyKeys({ db: connection.db, now: clock.now() });
    const rows = await queryRows<{ n: number }>({
      db: connection.db,
      query: sql`SELECT count(*)::int AS n FROM idempotency_keys`,
    });
    expect(rows[0]?.n).toBe(0);
  });
});

describe('defineRoute({ idempotent: true })', () => {
  it('adds the middleware after the access check and marks the route in the OpenAPI document', async () => {
    let runs = 0;
    const route = defineRoute({
      method: 'post',
      path: '/api/redeem',
      tag: 'cheques',
      access: ACCESS.homeHelp,
      idempotent: true,
      request: { body: jsonBody(z.strictObject({ code: z.string() })) },
      responses: { 201: jsonResponse(z.object({ run: z.number() }), 'Redeemed.') },
    });
    const api = new OpenAPIHono<AppEnv>();
    api.use('*', async (c, next) => {
      c.set('requestId', 'req_test_000000');
      c.set('deps', { db: connection.db, clock } as unknown as AppDeps);
      const user = c.req.header('x-test-user');
      const auth = user ? authOf(user) : undefined;
      c.set('auth', auth);
      // As the session middleware does: the route's access check reads the request context.
      c.set(
        'ctx',
        auth
          ? createRequestContext({ db: connection.db, clock, requestId: 'req_test_000000', actor: auth })
          : undefined,
      );
      await next();
    });
    api.openapi(route, (c) => {
      runs += 1;
      return c.json({ run: runs }, 201);
    });
    api.onError(createErrorHandler({ logger: createLogger({ level: 'silent' }) }));
    const send = (user?: string) =>
      api.request('/api/redeem', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': 'key-defined-0001',
          ...(user ? { 'x-test-user': user } : {}),
        },
        body: JSON.stringify({ code: 'ABC' }),
      });
    expect((await send()).status).toBe(401);
    const first = await send('usr_route');
    const again = await send('usr_route');
    expect(await again.json()).toEqual(await first.json());
    expect(runs).toBe(1);
    const document = api.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    const operation = document.paths?.['/api/redeem']?.post as Record<string, unknown>;
    expect(operation['x-idempotent']).toBe(true);
    expect(String(operation.description)).toContain('Idempotency-Key');
  });
});

import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import {
  createIdempotencyInProgressError,
  createIdempotencyKeyInvalidError,
  createIdempotencyKeyReusedError,
} from '../idempotency/idempotency.errors';
import { createIdempotencyRepository, type IdempotencyRecord } from '../idempotency/idempotency.repository';
import { IDEMPOTENCY_KEY_FORMAT } from '../idempotency/idempotency.transaction';
import type { AppEnv } from './app.types';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on an answer that is a replay of the first one. */
export const IDEMPOTENCY_REPLAYED_HEADER = 'idempotent-replayed';

const POLL_MS = 25;

function hashRequest({ query, body }: { query: string; body: string }): string {
  return createHash('sha256').update(query).update('\n').update(body).digest('hex');
}

function replay(record: IdempotencyRecord): Response {
  const headers = new Headers({ [IDEMPOTENCY_REPLAYED_HEADER]: 'true' });
  if (record.response?.contentType) headers.set('content-type', record.response.contentType);
  const empty = record.statusCode === 204 || record.statusCode === 304;
  return new Response(empty ? null : (record.response?.body ?? ''), {
    status: record.statusCode ?? 200,
    headers,
  });
}

/**
 * Makes a state-changing route safe to retry. A request with an `Idempotency-Key` header (8 to 128
 * visible ASCII characters) is run once per user, route (method and path) and key:
 *
 * - the same key with the same body (and query) replays the first answer, status and body, with
 *   `Idempotent-Replayed: true`, without running the handler again;
 * - the same key with another body answers 422 `idempotency.key_reused`;
 * - requests racing with one key: the first to insert the key into `idempotency_keys` runs, the
 *   others wait up to `waitMs` for its answer and replay it, else answer 409 `idempotency.in_progress`;
 * - an answer of 500 or more is not kept, so the client's retry runs again; a claim whose request
 *   never finished (the process died) is given up after `staleAfterMs`.
 *
 * Requests without the header, and anonymous ones, run as usual. `pruneIdempotencyKeys` forgets keys
 * after a day.
 * The stored answer is written after the handler's own transaction commits: the feature's database
 * invariants (one redemption per cheque, capacity) remain the last line of defence.
 *
 * @example
 * // Simplest: flag the route; defineRoute adds this middleware after the access check.
 * const redeemRoute = defineRoute({ method: 'post', path: '/api/cheques/{id}/redeem', tag: 'cheques',
 *   access: ACCESS.homeHelp, idempotent: true, request: { body: jsonBody(RedeemSchema) }, responses });
 *
 * // Or by hand, on a route of your own, before registering its handler:
 * app.use('/api/imports', idempotent());
 *
 * // The portal sends one key per user action and reuses it on retry:
 * fetch('/api/cheques/chq_…/redeem', { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() }, body });
 */
export function idempotent({
  waitMs = 5_000,
  staleAfterMs = 60_000,
}: {
  waitMs?: number;
  staleAfterMs?: number;
} = {}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    const auth = c.get('auth');
    if (key === undefined || !auth || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (!IDEMPOTENCY_KEY_FORMAT.test(key)) throw createIdempotencyKeyInvalidError();

    const { db, clock } = c.get('deps');
    const repository = createIdempotencyRepository({ db });
    const scope = { userId: auth.user.id, route: `${c.req.method} ${c.req.path}`, key };
    const url = new URL(c.req.url);
    const requestHash = hashRequest({ query: url.search, body: await c.req.text() });

    let { claimedId } = await repository.claim({ scope, requestHash, at: clock.now() });
    if (!claimedId) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const { record } = await repository.find({ scope });
        if (!record) {
          ({ claimedId } = await repository.claim({ scope, requestHash, at: clock.now() }));
          if (claimedId) break;
          if (Date.now() >= deadline) throw createIdempotencyInProgressError();
          continue;
        }
        const staleBefore = new Date(clock.now().getTime() - staleAfterMs);
        if (record.statusCode === null && record.createdAt < staleBefore) {
          await repository.releaseStale({ scope, before: staleBefore });
          continue;
        }
        if (record.requestHash !== requestHash) throw createIdempotencyKeyReusedError();
        if (record.statusCode !== null) {
          c.res = replay(record);
          return;
        }
        if (Date.now() >= deadline) throw createIdempotencyInProgressError();
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }

    const id = claimedId;
    try {
      await next();
    } catch (error) {
      await repository.release({ id });
      throw error;
    }
    if (c.res.status >= 500) {
      await repository.release({ id });
      return;
    }
    const body = c.res.body === null ? '' : await c.res.clone().text();
    await repository.complete({
      id,
      statusCode: c.res.status,
      response: { contentType: c.res.headers.get('content-type'), body },
      at: clock.now(),
    });
  });
}

/** Forgets stored answers older than `retainHours` (default a day); the CLI and start-up may call it. */
export async function pruneIdempotencyKeys({
  db,
  now,
  retainHours = 24,
}: {
  db: Parameters<typeof createIdempotencyRepository>[0]['db'];
  now: Date;
  retainHours?: number;
}) {
  await createIdempotencyRepository({ db }).prune({
    before: new Date(now.getTime() - retainHours * 3_600_000),
  });
}

import { createDatabaseUnavailableError } from '../database/database.availability';
import { IDEMPOTENCY_HEADER } from './idempotency.middleware';

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/** Pauses before each new attempt: about 3 s in all, then the client gets 503 with `Retry-After`. */
export const DATABASE_RETRY_DELAYS_MS = [200, 400, 800, 1_600] as const;

/**
 * No new attempt starts once this long has passed since the request came in: an attempt can itself
 * wait for the database's answer deadline (`DATABASE_ANSWER_TIMEOUT_SECONDS`), and the client must
 * get its 503 before it gives up on its side.
 */
export const DATABASE_RETRY_BUDGET_MS = 4_000;

const UNAVAILABLE_CODE = createDatabaseUnavailableError().code;

/** Reads, and writes the client made safe to repeat with an `Idempotency-Key`. */
export function isSafeToRetry(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return true;
  return request.headers.has(IDEMPOTENCY_HEADER);
}

async function isDatabaseUnavailableAnswer(response: Response): Promise<boolean> {
  if (response.status !== 503) return false;
  try {
    const body = (await response.clone().json()) as { error?: { code?: unknown } };
    return body.error?.code === UNAVAILABLE_CODE;
  } catch {
    return false;
  }
}

/**
 * Wraps the application's `fetch` so a request answered 503 `database.unavailable` (the database
 * unreachable, restarting or failing over: see `isDatabaseUnavailableError`) runs again after a
 * short pause, up to `delaysMs.length` more times and while `budgetMs` has not passed, when that is safe: a read, or a write carrying an
 * `Idempotency-Key` (the key's stored answer is replayed if the first attempt committed). Anything
 * else, and the last attempt, answers as it came: 503 with `Retry-After`. The body of a retried
 * write is read once and given to each attempt.
 */
export function retryWhileDatabaseUnavailable<F extends Fetch>({
  fetch,
  delaysMs = DATABASE_RETRY_DELAYS_MS,
  budgetMs = DATABASE_RETRY_BUDGET_MS,
  sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  now = () => performance.now(),
}: {
  fetch: F;
  delaysMs?: readonly number[];
  budgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}): F {
  const retrying = async (request: Request, ...rest: never[]) => {
    if (!isSafeToRetry(request) || delaysMs.length === 0) return fetch(request, ...rest);
    const startedAt = now();
    const body =
      request.method === 'GET' || request.method === 'HEAD' || request.body === null
        ? undefined
        : await request.arrayBuffer();
    const attempt = () =>
      body === undefined
        ? request
        : new Request(request.url, {
            method: request.method,
            headers: request.headers,
            body,
            signal: request.signal,
          });
    for (let retry = 0; ; retry += 1) {
      const response = await fetch(attempt(), ...rest);
      const delay = delaysMs[retry];
      const overBudget = delay === undefined || now() - startedAt + delay > budgetMs;
      if (overBudget || request.signal.aborted || !(await isDatabaseUnavailableAnswer(response)))
        return response;
      await response.body?.cancel();
      await sleep(delay * (0.75 + Math.random() / 2));
    }
  };
  return retrying as F;
}

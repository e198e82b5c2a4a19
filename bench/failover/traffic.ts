import { randomUUID } from 'node:crypto';
import { redeemBody } from '../lib/redeem-sustained';

/** One request the drill sent: when, to which API, how it ended. */
export type Sent = {
  kind: 'redeem' | 'read';
  /** The `X-Request-Id` sent, which the API logs and echoes. */
  requestId: string;
  /** The API process it was sent to. */
  api: string;
  startedAt: number;
  endedAt: number;
  /** HTTP status, or `timeout` / `network` when no answer came. */
  outcome: number | 'timeout' | 'network';
  /** The error code of an error answer, and whether it carried `Retry-After`. */
  code?: string;
  retryAfter?: boolean;
  /** The cheque code a redemption used. */
  chequeCode?: string;
};

export async function login({
  baseUrl,
  email,
  password,
}: {
  baseUrl: string;
  email: string;
  password: string;
}) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`login as ${email} answered ${response.status}: ${await response.text()}`);
  return {
    cookie: response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; '),
  };
}

async function send({
  kind,
  api,
  path,
  init,
  timeoutMs,
  chequeCode,
}: {
  kind: Sent['kind'];
  api: string;
  path: string;
  init: RequestInit;
  timeoutMs: number;
  chequeCode?: string;
}): Promise<Sent> {
  const startedAt = Date.now();
  const requestId = `drill-${kind}-${randomUUID()}`;
  const base = { kind, requestId, api, startedAt, ...(chequeCode ? { chequeCode } : {}) };
  try {
    const response = await fetch(`${api}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), 'x-request-id': requestId },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const sent: Sent = { ...base, endedAt: Date.now(), outcome: response.status };
    if (response.status >= 400) {
      try {
        sent.code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
      } catch {
        sent.code = 'not-json';
      }
      sent.retryAfter = response.headers.has('retry-after');
    }
    return sent;
  } catch (error) {
    const timeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ...base, endedAt: Date.now(), outcome: timeout ? 'timeout' : 'network' };
  }
}

/**
 * Keeps `redeemers` students' redemptions (each a new cheque, each with its own idempotency key, as
 * the phone portal sends them) and `readers` portal reads (the student's visit list) going against
 * the API processes in turn until `stop()`; every request is recorded.
 */
export function startTraffic({
  apis,
  codes,
  redeemers,
  readers,
  visitedOn,
  timeoutMs = 30_000,
  onNoAnswer,
}: {
  apis: { baseUrl: string; cookie: string }[];
  codes: string[];
  redeemers: number;
  readers: number;
  visitedOn: string;
  timeoutMs?: number;
  /** Called when a request got no answer within `timeoutMs` (to look at the database right then). */
  onNoAnswer?: (sent: Sent) => void;
}) {
  const sent: Sent[] = [];
  let running = true;
  const lane = async (index: number, kind: Sent['kind']) => {
    for (let n = 0; running; n += 1) {
      const api = apis[(index + n) % apis.length]!;
      const headers = { cookie: api.cookie, origin: api.baseUrl, 'content-type': 'application/json' };
      if (kind === 'redeem') {
        // Taken off the shared list, so no cheque is sent twice, across rounds too.
        const code = codes.shift();
        if (!code) break;
        const result = await send({
          kind,
          api: api.baseUrl,
          path: '/api/visits/redeem',
          chequeCode: code,
          timeoutMs,
          init: {
            method: 'POST',
            headers: { ...headers, 'idempotency-key': randomUUID() },
            body: redeemBody({ code, visitedOn }),
          },
        });
        sent.push(result);
        if (result.outcome === 'timeout') onNoAnswer?.(result);
        if (result.outcome !== 200 && result.outcome !== 201)
          await new Promise((resolve) => setTimeout(resolve, 100));
      } else {
        const result = await send({
          kind,
          api: api.baseUrl,
          path: '/api/visits/mine',
          timeoutMs,
          init: { headers },
        });
        sent.push(result);
        if (result.outcome === 'timeout') onNoAnswer?.(result);
        await new Promise((resolve) => setTimeout(resolve, result.outcome === 200 ? 50 : 100));
      }
    }
  };
  const lanes = [
    ...Array.from({ length: redeemers }, (_, index) => lane(index, 'redeem')),
    ...Array.from({ length: readers }, (_, index) => lane(index, 'read')),
  ];
  return {
    sent,
    async stop() {
      running = false;
      await Promise.all(lanes);
      return sent;
    },
  };
}

export const isSuccess = (sent: Sent) =>
  typeof sent.outcome === 'number' && sent.outcome >= 200 && sent.outcome < 300;

/** A failure that told the client what to do: 503 with an error code and `Retry-After`. */
export const isClean503 = (sent: Sent) =>
  sent.outcome === 503 && sent.retryAfter === true && sent.code !== undefined;

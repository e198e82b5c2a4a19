import type { CodeCheck, VisitDetailResponse } from '@digipakket/api/contracts';
import { createSignal } from 'solid-js';
import { createOutbox, type OutboxEntry, type SendResult } from './redeem.outbox';

/**
 * POSTs JSON to the API with fetch itself, or nothing when the request did not get out (no network).
 * A 401 or a server error counts as "not now" too: the caller tries again later.
 */
async function postNow(path: string, body: unknown, headers: Record<string, string> = {}) {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  } catch {
    return undefined;
  }
  return response.status === 401 || response.status >= 500 ? undefined : response;
}

/**
 * Sends one logged visit. The portal kit's client has no custom headers, and this request needs its
 * Idempotency-Key, so it goes through fetch itself. A 401 counts as "not yet": the visit waits until
 * the student has signed in again.
 */
export async function sendRedeem(entry: OutboxEntry): Promise<SendResult> {
  const response = await postNow('/api/visits/redeem', entry.body, { 'idempotency-key': entry.key });
  if (!response) return { kind: 'offline' };
  if (response.ok) return { kind: 'sent', response: (await response.json()) as VisitDetailResponse };
  const body = (await response.json().catch(() => ({}))) as {
    error?: { code?: string; message?: string; details?: { reasons?: { code?: unknown }[] } };
  };
  const reasons = (body.error?.details?.reasons ?? [])
    .map((reason) => reason.code)
    .filter((code): code is string => typeof code === 'string');
  return {
    kind: 'refused',
    code: body.error?.code ?? `http.${response.status}`,
    message: body.error?.message ?? response.statusText,
    ...(reasons.length > 0 ? { reasons } : {}),
  };
}

export type CodeCheckResult =
  | { kind: 'redeemable'; check: CodeCheck }
  | { kind: 'refused'; code: string }
  | { kind: 'offline' };

/**
 * Asks the server whether a code can be redeemed now, before the student writes the visit down. No
 * signal (or a server that cannot answer, or a lapsed session) is "not now": the code is checked when
 * the visit is sent.
 */
export async function checkCode(code: string): Promise<CodeCheckResult> {
  const response = await postNow('/api/visits/check', { code });
  if (!response) return { kind: 'offline' };
  if (response.ok) return { kind: 'redeemable', check: (await response.json()) as CodeCheck };
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
  return { kind: 'refused', code: body.error?.code ?? `http.${response.status}` };
}

const [entries, setEntries] = createSignal<OutboxEntry[]>([]);

/** The phone's one outbox of logged visits, with its entries as a signal for the pages. */
export const outbox = createOutbox({ storage: localStorage, send: sendRedeem, onChange: setEntries });
setEntries(outbox.entries());
export const outboxEntries = entries;

/** Sends waiting visits at start, whenever the phone is back online, and every half minute. */
export function startOutbox() {
  void outbox.flush();
  window.addEventListener('online', () => void outbox.flush());
  setInterval(() => {
    if (navigator.onLine && outbox.entries().some((entry) => entry.state === 'waiting')) void outbox.flush();
  }, 30_000);
}

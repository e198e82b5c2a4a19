import type { RedeemRequest, VisitDetailResponse } from '@digipakket/api/contracts';

/** A logged visit on the phone: waiting to be sent, sent, or refused by the server with a reason. */
export interface OutboxEntry {
  key: string;
  body: RedeemRequest;
  clientName: string | null;
  loggedAt: string;
  state: 'waiting' | 'sent' | 'refused';
  chequeId?: string;
  /** The server's refusal; `reasons` are the visit rules' codes when it refused the visit itself. */
  refusal?: { code: string; message: string; reasons?: string[] };
}

export interface OutboxStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
}

export type SendResult =
  | { kind: 'sent'; response: VisitDetailResponse }
  | { kind: 'refused'; code: string; message: string; reasons?: string[] }
  | { kind: 'offline' };

const STORAGE_KEY = 'beego.outbox.v1';

/** A random idempotency key; made once, when the visit is logged, and reused on every retry. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The visits logged on this phone, kept in storage until the server has answered. Sending is safe to
 * repeat: each entry carries its idempotency key, so a visit whose answer was lost is not redeemed twice.
 */
export function createOutbox({
  storage,
  send,
  onChange = () => {},
}: {
  storage: OutboxStorage;
  send: (entry: OutboxEntry) => Promise<SendResult>;
  onChange?: (entries: OutboxEntry[]) => void;
}) {
  const read = (): OutboxEntry[] => {
    try {
      const parsed = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  };
  const write = (entries: OutboxEntry[]) => {
    storage.setItem(STORAGE_KEY, JSON.stringify(entries));
    onChange(entries);
  };
  const update = (key: string, change: Partial<OutboxEntry>) => {
    write(read().map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));
  };

  const sendWaiting = async () => {
    for (const entry of read().filter((candidate) => candidate.state === 'waiting')) {
      const result = await send(entry);
      if (result.kind === 'offline') break;
      if (result.kind === 'sent')
        update(entry.key, { state: 'sent', chequeId: result.response.visit.chequeId });
      else {
        const { code, message, reasons } = result;
        update(entry.key, { state: 'refused', refusal: { code, message, ...(reasons ? { reasons } : {}) } });
      }
    }
  };

  // One send at a time: a second call while sending joins the running one instead of sending twice.
  let flushing: Promise<void> | undefined;
  const flush = () => {
    if (!flushing) {
      flushing = sendWaiting().finally(() => {
        flushing = undefined;
      });
    }
    return flushing;
  };

  return {
    entries: read,
    /** Keeps the visit on the phone first, then tries to send everything that waits. */
    async add({ body, clientName, now }: { body: RedeemRequest; clientName: string | null; now: Date }) {
      const entry: OutboxEntry = {
        key: newIdempotencyKey(),
        body,
        clientName,
        loggedAt: now.toISOString(),
        state: 'waiting',
      };
      write([...read(), entry]);
      await flush();
      return read().find((candidate) => candidate.key === entry.key) ?? entry;
    },
    flush,
    /** Forgets an entry the student has seen (a refusal, or a visit that went through). */
    dismiss(key: string) {
      write(read().filter((entry) => entry.key !== key));
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

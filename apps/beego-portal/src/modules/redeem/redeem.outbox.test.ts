import { describe, expect, it } from 'vitest';
import { createOutbox, type OutboxStorage, type SendResult } from './redeem.outbox';

function memoryStorage(): OutboxStorage {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const body = {
  code: 'DEMQ-TEST-A2X',
  minutes: 60,
  topics: ['wifi'],
  needsFollowUp: false,
  visitedOn: '2025-03-12',
};

describe('the outbox of logged visits', () => {
  it('keeps a visit waiting while offline and sends it once, with the same key, when back online', async () => {
    let online = false;
    const sentKeys: string[] = [];
    const outbox = createOutbox({
      storage: memoryStorage(),
      send: async (entry): Promise<SendResult> => {
        if (!online) return { kind: 'offline' };
        sentKeys.push(entry.key);
        return { kind: 'sent', response: { visit: { chequeId: 'chq_1' } } as never };
      },
    });
    const entry = await outbox.add({ body, clientName: 'Anna', now: new Date('2025-03-12T10:00:00Z') });
    expect(entry.state).toBe('waiting');
    await outbox.flush();
    expect(outbox.entries()[0]!.state).toBe('waiting');
    online = true;
    await Promise.all([outbox.flush(), outbox.flush()]);
    await outbox.flush();
    expect(sentKeys).toEqual([entry.key]);
    expect(outbox.entries()[0]).toMatchObject({ state: 'sent', chequeId: 'chq_1' });
  });

  it('keeps a refusal with its reason until the student dismisses it', async () => {
    const outbox = createOutbox({
      storage: memoryStorage(),
      send: async () => ({ kind: 'refused', code: 'cheque.cancelled', message: 'Cancelled' }),
    });
    const entry = await outbox.add({ body, clientName: null, now: new Date() });
    expect(entry).toMatchObject({ state: 'refused', refusal: { code: 'cheque.cancelled' } });
    outbox.dismiss(entry.key);
    expect(outbox.entries()).toEqual([]);
  });

  it('survives unreadable storage by starting empty', () => {
    const storage = memoryStorage();
    storage.setItem('beego.outbox.v1', '{not json');
    const outbox = createOutbox({ storage, send: async () => ({ kind: 'offline' }) });
    expect(outbox.entries()).toEqual([]);
  });
});

describe('flushing an empty outbox', () => {
  it('does not block later sends', async () => {
    const sent: string[] = [];
    const outbox = createOutbox({
      storage: memoryStorage(),
      send: async (entry) => {
        sent.push(entry.key);
        return { kind: 'sent', response: { visit: { chequeId: 'chq_2' } } as never };
      },
    });
    await outbox.flush();
    const entry = await outbox.add({ body, clientName: null, now: new Date() });
    expect(sent).toEqual([entry.key]);
    expect(entry.state).toBe('sent');
  });
});

import { MESSAGE_MAX_ATTEMPTS, retryDelaySeconds } from '@digipakket/domain';
import { and, eq, sql } from 'drizzle-orm';
import { type Database, queryRows, withSystemScope, withTransaction } from '../../ground/database/database';
import {
  type RecurringJob,
  type RecurringWorkerArgs,
  startRecurringJob,
} from '../../ground/jobs/jobs.recurring';
import type { ChannelAdapters, ChannelResult } from '../../ground/messaging/messaging.channel';
import type { Clock } from '../../ground/shared/clock';
import { PLAN_FIND_INTERVAL_MS, planScheduledMessages } from './messages.planner';
import { messagesTable } from './messages.tables';

export type QuietHours = { fromHour: number; untilHour: number };

export type SenderSettings = {
  adapters: ChannelAdapters;
  timeZone: string;
  quietHours: QuietHours | null;
  /** Most messages per tenant per minute. */
  ratePerMinute: number;
  /** After this long, an attempt never recorded is taken up again (its process died). */
  staleAfterMs: number;
  batchSize?: number;
};

/** Whether an instant falls in the quiet hours (in the time zone), when no SMS goes out. */
export function inQuietHours({
  at,
  timeZone,
  quietHours,
}: {
  at: Date;
  timeZone: string;
  quietHours: QuietHours | null;
}): boolean {
  if (!quietHours || quietHours.fromHour === quietHours.untilHour) return false;
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at),
  );
  const { fromHour, untilHour } = quietHours;
  return fromHour < untilHour ? hour >= fromHour && hour < untilHour : hour >= fromHour || hour < untilHour;
}

type Claimed = {
  id: string;
  tenant_id: string;
  channel: 'sms' | 'email';
  recipient: string | null;
  body: string;
  language: string;
  attempts: number;
};

/**
 * Claims due messages for this run: queued ones whose moment came, and attempts left unrecorded longer
 * than `staleAfterMs` (their process died between handing over and recording). Each tenant gets at
 * most what is left of its rate for the last minute. The claim records the attempt (status `sending`,
 * attempts + 1) and commits BEFORE anything is handed to a channel; `FOR UPDATE SKIP LOCKED` lets two
 * processes claim side by side without taking the same row.
 */
async function claimDue({
  db,
  now,
  channels,
  settings,
}: {
  db: Database;
  now: Date;
  channels: ('sms' | 'email')[];
  settings: SenderSettings;
}): Promise<Claimed[]> {
  if (channels.length === 0) return [];
  const batch = settings.batchSize ?? 50;
  const nowIso = now.toISOString();
  const staleBefore = new Date(now.getTime() - settings.staleAfterMs).toISOString();
  const minuteAgo = new Date(now.getTime() - 60_000).toISOString();
  const channelList = sql.join(
    channels.map((channel) => sql`${channel}`),
    sql`, `,
  );
  return withTransaction({
    db,
    work: async (tx) => {
      const rows = await queryRows<Claimed>({
        db: tx,
        query: sql`
          WITH recent AS (
            SELECT tenant_id, count(*)::int AS used FROM messages
            WHERE last_attempt_at > ${minuteAgo}::timestamptz
            GROUP BY tenant_id
          ), candidates AS (
            SELECT m.id FROM (
              SELECT id, tenant_id, row_number() OVER (PARTITION BY tenant_id ORDER BY send_after, id) AS n
              FROM messages
              WHERE channel IN (${channelList})
                AND ((status = 'queued' AND send_after <= ${nowIso}::timestamptz)
                  OR (status = 'sending' AND last_attempt_at < ${staleBefore}::timestamptz))
              ORDER BY send_after, id
              LIMIT ${batch * 4}
            ) m LEFT JOIN recent r ON r.tenant_id = m.tenant_id
            WHERE m.n <= ${settings.ratePerMinute} - coalesce(r.used, 0)
          ), locked AS (
            SELECT id FROM messages
            WHERE id IN (SELECT id FROM candidates)
              AND ((status = 'queued' AND send_after <= ${nowIso}::timestamptz)
                OR (status = 'sending' AND last_attempt_at < ${staleBefore}::timestamptz))
            ORDER BY send_after, id
            LIMIT ${batch}
            FOR UPDATE SKIP LOCKED
          )
          UPDATE messages SET status = 'sending', attempts = messages.attempts + 1,
            last_attempt_at = ${nowIso}::timestamptz, updated_at = ${nowIso}::timestamptz
          FROM locked WHERE messages.id = locked.id
          RETURNING messages.id, messages.tenant_id, messages.channel, messages.recipient, messages.body,
            messages.language, messages.attempts`,
      });
      return rows;
    },
  });
}

/** Records what the channel answered for one attempt; a row moved on meanwhile (a report came first) is left. */
async function recordResult({
  db,
  message,
  result,
  now,
}: {
  db: Database;
  message: Claimed;
  result: ChannelResult;
  now: Date;
}): Promise<'sent' | 'failed' | 'retry'> {
  const mine = and(
    eq(messagesTable.id, message.id),
    eq(messagesTable.status, 'sending'),
    eq(messagesTable.attempts, message.attempts),
  );
  if (result.ok) {
    await db
      .update(messagesTable)
      .set({ status: 'sent', providerRef: result.providerRef, sentAt: now, reason: null, updatedAt: now })
      .where(mine);
    return 'sent';
  }
  if (result.permanent || message.attempts >= MESSAGE_MAX_ATTEMPTS) {
    await db
      .update(messagesTable)
      .set({ status: 'failed', reason: result.reason, failedAt: now, updatedAt: now })
      .where(mine);
    return 'failed';
  }
  await db
    .update(messagesTable)
    .set({
      status: 'queued',
      reason: result.reason,
      sendAfter: new Date(now.getTime() + retryDelaySeconds({ attempts: message.attempts }) * 1000),
      updatedAt: now,
    })
    .where(mine);
  return 'retry';
}

export type SendCounts = { claimed: number; sent: number; failed: number; retried: number };

/**
 * One sending run: claims due messages (attempt recorded first), hands each to its channel and records
 * the answer. A process that dies between handing over and recording leaves the message `sending`;
 * after `staleAfterMs` a later run takes it up again with the same id: the SMS provider refuses to
 * send an id twice (its idempotency key), and an e-mail goes out with the same Message-ID (see
 * docs/adr/0009-messages-outbox.md). SMS waits out the quiet hours. Works across every tenant.
 */
export async function sendDueMessages({
  db,
  clock,
  settings,
  afterHandOver,
}: {
  db: Database;
  clock: Clock;
  settings: SenderSettings;
  /** Tests: runs between the channel's answer and recording it (throw to play a crash there). */
  afterHandOver?: (message: { id: string }) => Promise<void> | void;
}): Promise<SendCounts> {
  return withSystemScope({
    work: async () => {
      const counts: SendCounts = { claimed: 0, sent: 0, failed: 0, retried: 0 };
      for (;;) {
        const now = clock.now();
        const channels = (['sms', 'email'] as const).filter(
          (channel) =>
            settings.adapters[channel] !== undefined &&
            !(
              channel === 'sms' &&
              inQuietHours({ at: now, timeZone: settings.timeZone, quietHours: settings.quietHours })
            ),
        );
        const claimed = await claimDue({ db, now, channels, settings });
        if (claimed.length === 0) return counts;
        counts.claimed += claimed.length;
        for (const message of claimed) {
          const adapter = settings.adapters[message.channel]!;
          const result: ChannelResult = message.recipient
            ? await adapter.send({
                id: message.id,
                recipient: message.recipient,
                body: message.body,
                language: message.language,
              })
            : { ok: false, permanent: true, reason: `${message.channel}.no_recipient` };
          await afterHandOver?.({ id: message.id });
          const outcome = await recordResult({ db, message, result, now: clock.now() });
          if (outcome === 'sent') counts.sent += 1;
          else if (outcome === 'failed') counts.failed += 1;
          else counts.retried += 1;
        }
        if (claimed.length < (settings.batchSize ?? 50)) return counts;
      }
    },
  });
}

/** The job queue's kind of one sending run. */
export const MESSAGES_SEND_JOB_KIND = 'messages.send';

/**
 * Runs {@link planScheduledMessages} and {@link sendDueMessages} about every `intervalMs` through the job queue: each process offers a
 * run per interval, the queue keeps one per interval (a throttled singleton) and hands it to one
 * process. Runs that overlap (a long one and the next) claim different rows.
 */
export function startMessageSender({
  db,
  queue,
  clock,
  intervalMs,
  settings,
  onError,
}: RecurringWorkerArgs & { settings: SenderSettings }): RecurringJob {
  let lastFind = Number.NEGATIVE_INFINITY;
  return startRecurringJob({
    db,
    queue,
    kind: MESSAGES_SEND_JOB_KIND,
    singletonKey: 'send',
    intervalMs,
    // The messages that fall due with time are written first, so a run sends them at once; what lost
    // its cause is withdrawn on every run, new ones are looked for every few minutes.
    run: async () => {
      const now = clock.now();
      const find = now.getTime() - lastFind >= PLAN_FIND_INTERVAL_MS;
      await planScheduledMessages({ db, now, timeZone: settings.timeZone, withdrawOnly: !find });
      if (find) lastFind = now.getTime();
      return sendDueMessages({ db, clock, settings });
    },
    onError,
  });
}

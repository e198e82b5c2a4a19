import { MESSAGE_CHANNELS, MESSAGE_KINDS, MESSAGE_STATUSES } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { referenceColumn, timestampColumn, timestampColumns } from '../../ground/shared/columns';
import { sqlIn } from '../../ground/shared/sql';
import { clientRowColumns } from '../../records/clients/clients.tables';

/**
 * The outbox of messages to clients. A row is written in the same transaction as the change that
 * causes it (a visit planned, a session moved), so a message exists exactly when its cause was
 * committed. `dedupe_key` is (client, cause, reminder offset, channel): writing the same message again (a
 * replayed request, a retried transaction, planning the same appointment twice) finds the row instead
 * of adding one. The sender moves it queued -> sending (attempt recorded before the hand-over) ->
 * sent -> delivered, or to failed with a reason; a reminder not yet sent is withdrawn when its cause
 * goes away. The text is rendered when the row is written, in the client's language.
 */
export const messagesTable = pgTable(
  'messages',
  {
    ...clientRowColumns('message'),
    /** The organisation the message speaks for (the home-help or training partner); partners see their own. */
    orgId: referenceColumn('org_id', () => organisationsTable.id),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    /** What it is about: `cheque:<id>` for a home-help visit, `course_session:<id>` for a half-day. */
    subject: text('subject').notNull(),
    /** The appointment's moment the message speaks of. */
    appointmentAt: timestampColumn('appointment_at').notNull(),
    /** Whole days before the appointment, for a reminder; 0 for a notice. */
    daysBefore: integer('days_before').notNull().default(0),
    channel: text('channel', { enum: MESSAGE_CHANNELS }).notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    language: text('language').notNull(),
    body: text('body').notNull(),
    /** The number or address it went to, as it was when the message was written. */
    recipient: text('recipient'),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('queued'),
    /** Why it failed or was withdrawn, as a code (`sms.number_invalid`, `visit.moved`, `consent.withdrawn`). */
    reason: text('reason'),
    /** Not before this moment (the reminder's day, moved out of quiet hours or past a retry's back-off). */
    sendAfter: timestampColumn('send_after').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastAttemptAt: timestampColumn('last_attempt_at'),
    /** The provider's id of the sent message (SMS) or the Message-ID header (e-mail). */
    providerRef: text('provider_ref'),
    sentAt: timestampColumn('sent_at'),
    deliveredAt: timestampColumn('delivered_at'),
    failedAt: timestampColumn('failed_at'),
    withdrawnAt: timestampColumn('withdrawn_at'),
    ...timestampColumns(),
  },
  (t) => [
    check('messages_kind_valid', sqlIn('kind', MESSAGE_KINDS)),
    check('messages_channel_valid', sqlIn('channel', MESSAGE_CHANNELS)),
    check('messages_status_valid', sqlIn('status', MESSAGE_STATUSES)),
    check('messages_attempts_not_negative', sql`${t.attempts} >= 0`),
    uniqueIndex('messages_dedupe_key_unique').on(t.tenantId, t.dedupeKey),
    index('messages_due_idx').on(t.sendAfter).where(sql`${t.status} = 'queued'`),
    index('messages_client_idx').on(t.clientId, t.createdAt),
    index('messages_subject_idx').on(t.subject),
  ],
);

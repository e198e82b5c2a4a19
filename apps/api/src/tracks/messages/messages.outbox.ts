import {
  type ChannelConsents,
  chooseChannel,
  DEFAULT_REMINDER_DAYS_BEFORE,
  type MessageChannel,
  type MessageKind,
  reminderMoments,
  renderMessage,
} from '@digipakket/domain';
import { and, eq, inArray, like, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { toLocalDate } from '../../ground/shared/clock';
import { generateId } from '../../ground/shared/ids';
import { clientsTable } from '../../records/clients/clients.tables';
import { contactConsentsTable } from '../../records/contact-consents/contact-consents.tables';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { messagesTable } from './messages.tables';

/**
 * What an appointment is: picking up the laptop (a device's), a home-help visit (a cheque's) or a
 * training half-day (a course session). A pickup gets reminders only, no notices.
 */
export type AppointmentKind = 'pickup' | 'visit' | 'lesson';

/** Who a pickup reminder speaks for: the programme, so the text says nothing about the welfare centre. */
export const PROGRAMME_SENDER_NAME = 'Digipakket';

/** A client as the outbox addresses them. */
type Recipient = {
  clientId: string;
  tenantId: string;
  language: string;
  phone: string | null;
  email: string | null;
  consents: ChannelConsents;
  preferred: MessageChannel | null;
};

/** The clients' language, number, address and consents, read in the caller's transaction. */
export async function loadRecipients({
  db,
  clientIds,
}: {
  db: Database;
  clientIds: readonly string[];
}): Promise<Map<string, Recipient>> {
  if (clientIds.length === 0) return new Map();
  const [clients, consents] = await Promise.all([
    db
      .select({
        clientId: clientsTable.id,
        tenantId: clientsTable.tenantId,
        language: clientsTable.preferredLanguage,
        phone: clientsTable.phone,
        email: clientsTable.email,
        anonymisedAt: clientsTable.anonymisedAt,
      })
      .from(clientsTable)
      .where(inArray(clientsTable.id, [...clientIds])),
    db
      .select()
      .from(contactConsentsTable)
      .where(inArray(contactConsentsTable.clientId, [...clientIds])),
  ]);
  const recipients = new Map<string, Recipient>();
  for (const client of clients) {
    if (client.anonymisedAt) continue;
    recipients.set(client.clientId, {
      clientId: client.clientId,
      tenantId: client.tenantId,
      language: client.language,
      phone: client.phone?.trim() || null,
      email: client.email?.trim() || null,
      consents: {},
      preferred: null,
    });
  }
  for (const consent of consents) {
    const recipient = recipients.get(consent.clientId);
    if (!recipient) continue;
    recipient.consents[consent.channel] = consent.consented;
    if (consent.preferred) recipient.preferred = consent.channel;
  }
  return recipients;
}

function channelOf(recipient: Recipient): { channel: MessageChannel; address: string | null } | null {
  const channel = chooseChannel({
    consents: recipient.consents,
    preferred: recipient.preferred,
    hasPhone: recipient.phone !== null,
    hasEmail: recipient.email !== null,
  });
  if (!channel) return null;
  return {
    channel,
    address: channel === 'sms' ? recipient.phone : channel === 'email' ? recipient.email : null,
  };
}

/** The days before an appointment a programme sends its reminders (5 and 1 unless it sets others). */
export async function reminderDaysOf({
  db,
  programmeId,
}: {
  db: Database;
  programmeId: string | null;
}): Promise<readonly number[]> {
  if (!programmeId) return DEFAULT_REMINDER_DAYS_BEFORE;
  const [row] = await db
    .select({ settings: programmesTable.settings })
    .from(programmesTable)
    .where(eq(programmesTable.id, programmeId))
    .limit(1);
  return readProgrammeSettings({ stored: row?.settings }).reminderDaysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE;
}

function formatMoment({ at, timeZone }: { at: Date; timeZone: string }): { date: string; time: string } {
  const [, month, day] = toLocalDate({ instant: at, timeZone }).split('-');
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return { date: `${day}/${month}`, time };
}

type NewMessage = typeof messagesTable.$inferInsert;

/**
 * Writes messages into the outbox, once each: a row whose (cause, offset, channel) key is already
 * there is left as it is, except a withdrawn reminder, which is queued again (its appointment moved
 * back to the same moment, or the client gave consent again).
 */
async function insertMessages({ db, messages }: { db: Database; messages: NewMessage[] }): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insert(messagesTable)
    .values(messages)
    .onConflictDoUpdate({
      target: [messagesTable.tenantId, messagesTable.dedupeKey],
      set: {
        status: 'queued',
        reason: null,
        withdrawnAt: null,
        body: sql`excluded.body`,
        language: sql`excluded.language`,
        recipient: sql`excluded.recipient`,
        sendAfter: sql`excluded.send_after`,
        updatedAt: sql`excluded.updated_at`,
      },
      setWhere: sql`${messagesTable.status} = 'withdrawn'`,
    });
}

/** Withdraws the queued messages of these clients about a subject that are not in `keep`. */
async function withdrawReminders({
  db,
  subject,
  clientIds,
  keep,
  reason,
  now,
}: {
  db: Database;
  subject: string;
  clientIds: readonly string[];
  keep: readonly string[];
  reason: string;
  now: Date;
}): Promise<{ withdrawn: number }> {
  if (clientIds.length === 0) return { withdrawn: 0 };
  const rows = await db
    .update(messagesTable)
    .set({ status: 'withdrawn', reason, withdrawnAt: now, updatedAt: now })
    .where(
      and(
        eq(messagesTable.subject, subject),
        inArray(messagesTable.clientId, [...clientIds]),
        eq(messagesTable.status, 'queued'),
        like(messagesTable.kind, '%_reminder'),
        keep.length > 0 ? notInArray(messagesTable.dedupeKey, [...keep]) : undefined,
      ),
    )
    .returning({ id: messagesTable.id });
  return { withdrawn: rows.length };
}

/**
 * Brings the outbox in line with one appointment for some clients, in the caller's transaction (the
 * one that plans, moves or cancels it): its reminders (whole days before, per the programme) are
 * queued on each client's channel, the reminders not yet sent for another moment are withdrawn, and
 * when it moved or was cancelled a notice goes out at once. `startsAt: null` means it is off (cancelled,
 * un-planned, the client left the group). Texts are rendered now, in each client's language.
 */
export async function planAppointmentMessages({
  db,
  kind,
  subject,
  orgId,
  orgName,
  programmeId,
  clientIds,
  startsAt,
  place,
  change,
  reason: withdrawReason,
  now,
  timeZone,
}: {
  db: Database;
  kind: AppointmentKind;
  subject: string;
  orgId: string;
  /** Who the message speaks for; read from the organisation when not given. */
  orgName?: string;
  programmeId: string | null;
  clientIds: readonly string[];
  startsAt: Date | null;
  place?: string | null;
  /** The change that causes this, when the appointment was there before: its notice tells the client. */
  change?: { kind: 'moved' | 'cancelled'; previousStartsAt: Date } | undefined;
  /** What `withdrawn` reminders say as their reason, when not the change (`pickup.handed_out`). */
  reason?: string;
  now: Date;
  timeZone: string;
}): Promise<{ queued: number; withdrawn: number }> {
  const recipients = await loadRecipients({ db, clientIds });
  const from =
    orgName ??
    (
      await db
        .select({ name: organisationsTable.name })
        .from(organisationsTable)
        .where(eq(organisationsTable.id, orgId))
        .limit(1)
    )[0]?.name ??
    '';
  const daysBefore = startsAt ? await reminderDaysOf({ db, programmeId }) : [];
  const moments = startsAt ? reminderMoments({ startsAt, daysBefore, now }) : [];
  const messages: NewMessage[] = [];
  const keep: string[] = [];
  const text = (messageKind: MessageKind, recipient: Recipient, at: Date) =>
    renderMessage({
      kind: messageKind,
      language: recipient.language,
      values: { from, ...formatMoment({ at, timeZone }), ...(place ? { place } : {}) },
    });

  for (const clientId of clientIds) {
    const recipient = recipients.get(clientId);
    if (!recipient) continue;
    const route = channelOf(recipient);
    if (!route) continue;
    const base = {
      tenantId: recipient.tenantId,
      clientId,
      orgId,
      subject,
      channel: route.channel,
      recipient: route.address,
      status: 'queued' as const,
      createdAt: now,
      updatedAt: now,
    };
    if (startsAt) {
      for (const moment of moments) {
        const dedupeKey = `${clientId}:${subject}@${startsAt.toISOString()}:reminder-${moment.daysBefore}d:${route.channel}`;
        const rendered = text(`${kind}_reminder`, recipient, startsAt);
        keep.push(dedupeKey);
        messages.push({
          ...base,
          id: generateId({ kind: 'message' }),
          kind: `${kind}_reminder`,
          appointmentAt: startsAt,
          daysBefore: moment.daysBefore,
          dedupeKey,
          language: rendered.language,
          body: rendered.text,
          sendAfter: moment.sendAt,
        });
      }
    }
    // A notice only for an appointment still ahead: a change to a past one tells nobody anything.
    if (change && kind !== 'pickup' && change.previousStartsAt.getTime() > now.getTime()) {
      const noticeKind: MessageKind = `${kind}_${change.kind}`;
      const at = change.kind === 'moved' && startsAt ? startsAt : change.previousStartsAt;
      const rendered = text(noticeKind, recipient, at);
      messages.push({
        ...base,
        id: generateId({ kind: 'message' }),
        kind: noticeKind,
        appointmentAt: at,
        daysBefore: 0,
        dedupeKey: `${clientId}:${subject}@${change.previousStartsAt.toISOString()}>${startsAt?.toISOString() ?? 'off'}@${now.toISOString()}:${change.kind}:${route.channel}`,
        language: rendered.language,
        body: rendered.text,
        sendAfter: now,
      });
    }
  }
  const reason =
    withdrawReason ?? (change ? `${kind}.${change.kind}` : startsAt ? `${kind}.replanned` : `${kind}.off`);
  const { withdrawn } = await withdrawReminders({ db, subject, clientIds, keep, reason, now });
  await insertMessages({ db, messages });
  return { queued: messages.length, withdrawn };
}

/** Withdraws a client's queued messages of one kind about one subject (their cause was answered). */
export async function withdrawQueuedMessages({
  db,
  clientId,
  kind,
  subject,
  reason,
  now,
}: {
  db: Database;
  clientId: string;
  kind: MessageKind;
  subject: string;
  reason: string;
  now: Date;
}): Promise<{ withdrawn: number }> {
  const rows = await db
    .update(messagesTable)
    .set({ status: 'withdrawn', reason, withdrawnAt: now, updatedAt: now })
    .where(
      and(
        eq(messagesTable.clientId, clientId),
        eq(messagesTable.kind, kind),
        eq(messagesTable.subject, subject),
        eq(messagesTable.status, 'queued'),
      ),
    )
    .returning({ id: messagesTable.id });
  return { withdrawn: rows.length };
}

/** One message that names no moment of its own (a nudge, a follow-up), for {@link queueClientMessages}. */
export type ClientMessageItem = {
  clientId: string;
  kind: MessageKind;
  subject: string;
  orgId: string;
  /** Who the message speaks for. */
  from: string;
  /** What makes it one message, with the client and the channel: writing it again finds the row. */
  key: string;
  /** The moment it is about (when it fell due). */
  appointmentAt: Date;
};

/**
 * Queues messages that name no appointment, each on its client's channel and in the client's language,
 * in the caller's transaction; one already written (same client, key and channel) is left alone.
 */
export async function queueClientMessages({
  db,
  items,
  now,
}: {
  db: Database;
  items: readonly ClientMessageItem[];
  now: Date;
}): Promise<{ queued: number }> {
  const recipients = await loadRecipients({
    db,
    clientIds: [...new Set(items.map((item) => item.clientId))],
  });
  const messages: NewMessage[] = [];
  for (const item of items) {
    const recipient = recipients.get(item.clientId);
    const route = recipient ? channelOf(recipient) : null;
    if (!recipient || !route) continue;
    const rendered = renderMessage({
      kind: item.kind,
      language: recipient.language,
      values: { from: item.from },
    });
    messages.push({
      id: generateId({ kind: 'message' }),
      tenantId: recipient.tenantId,
      clientId: item.clientId,
      orgId: item.orgId,
      kind: item.kind,
      subject: item.subject,
      appointmentAt: item.appointmentAt,
      daysBefore: 0,
      channel: route.channel,
      recipient: route.address,
      dedupeKey: `${item.clientId}:${item.key}:${route.channel}`,
      language: rendered.language,
      body: rendered.text,
      status: 'queued',
      sendAfter: now,
      createdAt: now,
      updatedAt: now,
    });
  }
  if (messages.length === 0) return { queued: 0 };
  const rows = await db
    .insert(messagesTable)
    .values(messages)
    .onConflictDoNothing({ target: [messagesTable.tenantId, messagesTable.dedupeKey] })
    .returning({ id: messagesTable.id });
  return { queued: rows.length };
}

/**
 * After a client's consent or contact details changed (same transaction): each queued message that
 * can no longer go by its channel is withdrawn at once, and queued again on the channel the client
 * can now be reached by (same cause and offset, so never twice).
 */
export async function rerouteQueuedMessages({
  db,
  clientId,
  now,
}: {
  db: Database;
  clientId: string;
  now: Date;
}): Promise<{ withdrawn: number; queued: number }> {
  const recipient = (await loadRecipients({ db, clientIds: [clientId] })).get(clientId);
  const route = recipient ? channelOf(recipient) : null;
  const queued = await db
    .select()
    .from(messagesTable)
    .where(and(eq(messagesTable.clientId, clientId), eq(messagesTable.status, 'queued')));
  const moving = queued.filter(
    (message) =>
      !route ||
      message.channel !== route.channel ||
      (route.address !== null && message.recipient !== route.address),
  );
  if (moving.length === 0) return { withdrawn: 0, queued: 0 };
  await db
    .update(messagesTable)
    .set({ status: 'withdrawn', reason: 'consent.changed', withdrawnAt: now, updatedAt: now })
    .where(
      inArray(
        messagesTable.id,
        moving.map((message) => message.id),
      ),
    );
  if (!route) return { withdrawn: moving.length, queued: 0 };
  const suffix = (key: string, channel: string) => key.slice(0, key.length - channel.length) + route.channel;
  const replacements: NewMessage[] = moving
    .filter((message) => message.channel !== route.channel)
    .map((message) => ({
      ...message,
      id: generateId({ kind: 'message' }),
      channel: route.channel,
      recipient: route.address,
      dedupeKey: suffix(message.dedupeKey, message.channel),
      status: 'queued' as const,
      reason: null,
      withdrawnAt: null,
      createdAt: now,
      updatedAt: now,
    }));
  const sameChannel: NewMessage[] = moving
    .filter((message) => message.channel === route.channel)
    .map((message) => ({ ...message, status: 'queued' as const, reason: null, withdrawnAt: null }));
  // A new number on the same channel: the withdrawn row goes back to the queue with the new address.
  await insertMessages({
    db,
    messages: [
      ...replacements,
      ...sameChannel.map((m) => ({ ...m, recipient: route.address, updatedAt: now })),
    ],
  });
  return { withdrawn: moving.length - sameChannel.length, queued: replacements.length };
}

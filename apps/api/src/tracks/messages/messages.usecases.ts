import { chooseChannel, MESSAGE_CHANNELS, type MessageChannel } from '@digipakket/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Database, withSystemScope } from '../../ground/database/database';
import type { ClientArgs, RequestArgs } from '../../ground/http/request-context';
import type { Clock } from '../../ground/shared/clock';
import { isIdOf } from '../../ground/shared/ids';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import type { ClientScope } from '../../records/clients/clients.repository';
import { clientsTable } from '../../records/clients/clients.tables';
import { readAudited } from '../../records/clients/clients.usecases';
import { contactConsentsTable } from '../../records/contact-consents/contact-consents.tables';
import { usersTable } from '../../records/users/users.tables';
import { rerouteQueuedMessages } from './messages.outbox';
import type {
  ClientContact,
  ClientContactUpdate,
  ClientMessage,
  ClientMessageList,
  SmsDeliveryReport,
} from './messages.schemas';
import { messagesTable } from './messages.tables';

async function readContact({ db, tenantId, clientId }: ClientScope): Promise<ClientContact | null> {
  if (!isIdOf({ kind: 'client', value: clientId })) return null;
  const [client] = await db
    .select({ id: clientsTable.id, phone: clientsTable.phone, email: clientsTable.email })
    .from(clientsTable)
    .where(and(eq(clientsTable.tenantId, tenantId), eq(clientsTable.id, clientId)))
    .limit(1);
  if (!client) return null;
  const rows = await db
    .select({ consent: contactConsentsTable, recordedByName: usersTable.displayName })
    .from(contactConsentsTable)
    .leftJoin(usersTable, eq(usersTable.id, contactConsentsTable.recordedBy))
    .where(and(eq(contactConsentsTable.tenantId, tenantId), eq(contactConsentsTable.clientId, clientId)));
  const consents: ClientContact['consents'] = { sms: null, email: null, letter: null };
  let preferredChannel: MessageChannel | null = null;
  for (const { consent, recordedByName } of rows) {
    consents[consent.channel] = {
      consented: consent.consented,
      recordedAt: consent.recordedAt.toISOString(),
      recordedByName,
    };
    if (consent.preferred) preferredChannel = consent.channel;
  }
  const effectiveChannel = chooseChannel({
    consents: Object.fromEntries(
      MESSAGE_CHANNELS.flatMap((channel) => {
        const consent = consents[channel];
        return consent ? [[channel, consent.consented]] : [];
      }),
    ),
    preferred: preferredChannel,
    hasPhone: Boolean(client.phone?.trim()),
    hasEmail: Boolean(client.email?.trim()),
  });
  return {
    clientId,
    phone: client.phone,
    email: client.email,
    consents,
    preferredChannel,
    effectiveChannel,
  };
}

/** A client's number, address and consents per channel. Audited as a read of the client's record. */
export async function getClientContact({ ctx, clientId }: ClientArgs): Promise<{ contact: ClientContact }> {
  const contact = await readAudited({
    ctx,
    clientId,
    action: 'client.contact_read',
    purpose: 'client_contact',
    read: () => readContact({ db: ctx.db, tenantId: ctx.tenantId, clientId }),
  });
  return { contact };
}

/**
 * Records a client's number, address, consent per channel (now, by the caller) and preferred channel,
 * in one transaction with its effect on the outbox: a refused channel's queued messages are withdrawn
 * at once and queued again on the channel the client can now be reached by.
 */
export async function updateClientContact({
  ctx,
  clientId,
  input,
}: ClientArgs<{ input: ClientContactUpdate }>): Promise<{ contact: ClientContact }> {
  const { clock, tenantId } = ctx;
  return ctx.transaction(async ({ tx, audit }) => {
    const now = clock.now();
    const before = await readContact({ db: tx, tenantId, clientId });
    if (!before) throw createClientNotFoundError();
    const details: { phone?: string | null; email?: string | null } = {};
    if (input.phone !== undefined) details.phone = input.phone?.trim() || null;
    if (input.email !== undefined) details.email = input.email?.trim() || null;
    if (Object.keys(details).length > 0) {
      await tx
        .update(clientsTable)
        .set({ ...details, updatedAt: now })
        .where(and(eq(clientsTable.tenantId, tenantId), eq(clientsTable.id, clientId)));
    }
    for (const channel of MESSAGE_CHANNELS) {
      const consented = input.consents?.[channel];
      if (consented === undefined) continue;
      await tx
        .insert(contactConsentsTable)
        .values({ tenantId, clientId, channel, consented, recordedAt: now, recordedBy: ctx.actor.user.id })
        .onConflictDoUpdate({
          target: [contactConsentsTable.clientId, contactConsentsTable.channel],
          set: { consented, recordedAt: now, recordedBy: ctx.actor.user.id },
        });
    }
    // A preference sits on a channel's record; one without a record (never asked) cannot be preferred.
    if (input.preferredChannel !== undefined) {
      await tx
        .update(contactConsentsTable)
        .set({ preferred: false })
        .where(and(eq(contactConsentsTable.clientId, clientId), eq(contactConsentsTable.preferred, true)));
      if (input.preferredChannel) {
        await tx
          .update(contactConsentsTable)
          .set({ preferred: true })
          .where(
            and(
              eq(contactConsentsTable.clientId, clientId),
              eq(contactConsentsTable.channel, input.preferredChannel),
            ),
          );
      }
    }
    await rerouteQueuedMessages({ db: tx, clientId, now });
    await audit({
      clientId,
      action: 'client.contact_update',
      resource: `client:${clientId}`,
      purpose: 'client_contact',
    });
    const contact = await readContact({ db: tx, tenantId, clientId });
    return { contact: contact! };
  });
}

export function toClientMessage(row: typeof messagesTable.$inferSelect): ClientMessage {
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind,
    subject: row.subject,
    channel: row.channel,
    status: row.status,
    reason: row.reason,
    language: row.language,
    body: row.body,
    appointmentAt: row.appointmentAt.toISOString(),
    daysBefore: row.daysBefore,
    sendAfter: row.sendAfter.toISOString(),
    attempts: row.attempts,
    sentAt: row.sentAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    failedAt: row.failedAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The messages a partner's organisation sent (or will send) about one visit or half-day it sees: only
 * its own, never the welfare centre's other messages to the client.
 */
export async function listPartnerMessages({
  ctx,
  subject,
}: RequestArgs<{ subject: string }>): Promise<ClientMessageList> {
  const rows = await ctx.db
    .select()
    .from(messagesTable)
    .where(and(eq(messagesTable.orgId, ctx.actor.organisation.id), eq(messagesTable.subject, subject)))
    .orderBy(asc(messagesTable.sendAfter), asc(messagesTable.id));
  const clients = [...new Map(rows.map((row) => [row.clientId, row.tenantId])).entries()];
  await ctx.auditEach({
    records: clients.map(([clientId, tenantId]) => ({
      tenantId,
      clientId,
      action: 'message.list_read',
      resource: subject,
      purpose: 'appointment_messages',
    })),
  });
  return { items: rows.map(toClientMessage) };
}

const FAILED_GROUPS = new Set(['UNDELIVERABLE', 'EXPIRED', 'REJECTED']);

/**
 * Applies the SMS provider's delivery reports (already verified): delivered, or failed for good with
 * the provider's status as the reason. A report never moves a message back (a late "pending" after
 * "delivered"), and the refusal of a repeated id (the provider's idempotency at work) changes nothing.
 */
export async function applyDeliveryReports({
  db,
  clock,
  report,
}: {
  db: Database;
  clock: Clock;
  report: SmsDeliveryReport;
}): Promise<{ applied: number }> {
  return withSystemScope({
    work: async () => {
      const now = clock.now();
      let applied = 0;
      for (const result of report.results) {
        const group = result.status.groupName.toUpperCase();
        const name = (result.status.name ?? '').toUpperCase();
        if (!isIdOf({ kind: 'message', value: result.messageId })) continue;
        const open = and(
          eq(messagesTable.id, result.messageId),
          eq(messagesTable.channel, 'sms'),
          inArray(messagesTable.status, ['sending', 'sent']),
        );
        if (group === 'DELIVERED') {
          const rows = await db
            .update(messagesTable)
            .set({ status: 'delivered', deliveredAt: now, reason: null, updatedAt: now })
            .where(open)
            .returning({ id: messagesTable.id });
          applied += rows.length;
        } else if (FAILED_GROUPS.has(group) && !name.includes('DUPLICATE')) {
          const rows = await db
            .update(messagesTable)
            .set({
              status: 'failed',
              failedAt: now,
              reason: `sms.${group.toLowerCase()}`,
              updatedAt: now,
            })
            .where(open)
            .returning({ id: messagesTable.id });
          applied += rows.length;
        }
      }
      return { applied };
    },
  });
}

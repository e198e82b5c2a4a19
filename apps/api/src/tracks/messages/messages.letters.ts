import { and, asc, eq, inArray, like, lte, sql } from 'drizzle-orm';
import { queryRows } from '../../ground/database/database';
import { columnsOf } from '../../ground/database/query-helpers';
import type { TenantArgs, TenantContext } from '../../ground/http/request-context';
import { generateId, isIdOf } from '../../ground/shared/ids';
import { createBrandingRepository } from '../../records/branding/branding.repository';
import { clientsTable } from '../../records/clients/clients.tables';
import { createLetterBatchNotFoundError, createNoLettersWaitingError } from './messages.errors';
import { renderLetterBatch } from './messages.letters.render';
import type { LetterBatch, LettersOverview } from './messages.schemas';
import { messagesTable } from './messages.tables';

/**
 * Days a letter needs to reach the client: a batch takes the letters due within this many days, so a
 * reminder on paper arrives before its appointment rather than on the day.
 */
export const LETTER_POST_DAYS = 3;

const PROVIDER_PREFIX = 'letters:';

function postWindow(now: Date): Date {
  return new Date(now.getTime() + LETTER_POST_DAYS * 86_400_000);
}

/** The letters waiting to be printed and the batches printed before, newest first. */
export async function getLetters({ ctx }: { ctx: TenantContext }): Promise<LettersOverview> {
  const { db, tenantId, clock } = ctx;
  const now = clock.now();
  const [waiting] = await queryRows<{ letters: number }>({
    db,
    query: sql`SELECT count(*)::int AS letters FROM messages
      WHERE tenant_id = ${tenantId} AND channel = 'letter' AND status = 'queued'
        AND send_after <= ${postWindow(now).toISOString()}::timestamptz`,
  });
  const batches = await queryRows<{ id: string; printed_at: Date | string; letters: number }>({
    db,
    query: sql`SELECT substr(provider_ref, ${PROVIDER_PREFIX.length + 1}) AS id, min(sent_at) AS printed_at,
        count(*)::int AS letters
      FROM messages
      WHERE tenant_id = ${tenantId} AND channel = 'letter' AND provider_ref LIKE ${`${PROVIDER_PREFIX}%`}
      GROUP BY provider_ref ORDER BY min(sent_at) DESC LIMIT 20`,
  });
  return {
    waiting: waiting?.letters ?? 0,
    batches: batches.map((batch) => ({
      id: batch.id,
      printedAt: new Date(batch.printed_at).toISOString(),
      letters: batch.letters,
    })),
  };
}

/**
 * Takes the letters due within {@link LETTER_POST_DAYS} into a new batch and marks them sent: printing
 * is the letter's sending. One reminder per appointment goes on paper; the other reminders of that
 * appointment by letter are withdrawn (`letter.already_printed`). Audited per client.
 */
export async function printLetterBatch({ ctx }: { ctx: TenantContext }): Promise<{ batch: LetterBatch }> {
  const { tenantId, clock } = ctx;
  return ctx.transaction(async ({ tx, auditEach }) => {
    const now = clock.now();
    const due = await tx
      .select({
        id: messagesTable.id,
        clientId: messagesTable.clientId,
        kind: messagesTable.kind,
        subject: messagesTable.subject,
        appointmentAt: messagesTable.appointmentAt,
      })
      .from(messagesTable)
      .where(
        and(
          eq(messagesTable.tenantId, tenantId),
          eq(messagesTable.channel, 'letter'),
          eq(messagesTable.status, 'queued'),
          lte(messagesTable.sendAfter, postWindow(now)),
        ),
      )
      .orderBy(asc(messagesTable.sendAfter), asc(messagesTable.id))
      .for('update');
    if (due.length === 0) throw createNoLettersWaitingError();
    const seen = new Set<string>();
    const printed = due.filter((letter) => {
      if (!letter.kind.endsWith('_reminder')) return true;
      const appointment = `${letter.clientId}|${letter.subject}|${letter.appointmentAt.toISOString()}`;
      if (seen.has(appointment)) return false;
      seen.add(appointment);
      return true;
    });
    const batchId = generateId({ kind: 'letterBatch' });
    await tx
      .update(messagesTable)
      .set({
        status: 'sent',
        sentAt: now,
        providerRef: `${PROVIDER_PREFIX}${batchId}`,
        attempts: sql`${messagesTable.attempts} + 1`,
        lastAttemptAt: now,
        reason: null,
        updatedAt: now,
      })
      .where(
        inArray(
          messagesTable.id,
          printed.map((letter) => letter.id),
        ),
      );
    const reminders = printed.filter((letter) => letter.kind.endsWith('_reminder'));
    for (const letter of reminders) {
      await tx
        .update(messagesTable)
        .set({ status: 'withdrawn', reason: 'letter.already_printed', withdrawnAt: now, updatedAt: now })
        .where(
          and(
            eq(messagesTable.clientId, letter.clientId),
            eq(messagesTable.subject, letter.subject),
            eq(messagesTable.appointmentAt, letter.appointmentAt),
            eq(messagesTable.channel, 'letter'),
            eq(messagesTable.status, 'queued'),
            like(messagesTable.kind, '%_reminder'),
          ),
        );
    }
    await auditEach({
      records: [...new Set(printed.map((letter) => letter.clientId))].map((clientId) => ({
        tenantId,
        clientId,
        action: 'message.letter_printed',
        resource: `letter_batch:${batchId}`,
        purpose: 'client_messages',
      })),
    });
    return { batch: { id: batchId, printedAt: now.toISOString(), letters: printed.length } };
  });
}

/** The PDF of a printed batch, a page per letter (printed again as often as needed). Audited per client. */
export async function renderLetterBatchPdf({
  ctx,
  batchId,
}: TenantArgs<{ batchId: string }>): Promise<{ pdf: Buffer; fileName: string }> {
  const { db, tenantId } = ctx;
  const rows = isIdOf({ kind: 'letterBatch', value: batchId })
    ? await db
        .select({
          ...columnsOf(messagesTable, ['clientId', 'language', 'body', 'sentAt']),
          ...columnsOf(clientsTable, ['firstName', 'lastName', 'street', 'postcode', 'city']),
        })
        .from(messagesTable)
        .innerJoin(clientsTable, eq(clientsTable.id, messagesTable.clientId))
        .where(
          and(
            eq(messagesTable.tenantId, tenantId),
            eq(messagesTable.channel, 'letter'),
            eq(messagesTable.providerRef, `${PROVIDER_PREFIX}${batchId}`),
          ),
        )
        .orderBy(asc(clientsTable.postcode), asc(clientsTable.lastName), asc(messagesTable.id))
    : [];
  await ctx.auditEach({
    records:
      rows.length === 0
        ? [
            {
              tenantId,
              clientId: null,
              action: 'message.letters_read',
              resource: `letter_batch:${batchId.slice(0, 64)}`,
              outcome: 'denied',
              purpose: 'client_messages',
            },
          ]
        : [...new Set(rows.map((row) => row.clientId))].map((clientId) => ({
            tenantId,
            clientId,
            action: 'message.letters_read',
            resource: `letter_batch:${batchId}`,
            purpose: 'client_messages',
          })),
  });
  if (rows.length === 0) throw createLetterBatchNotFoundError();
  const { branding } = await createBrandingRepository({ db }).getDocumentBranding({ tenantId });
  const pdf = await renderLetterBatch({
    letters: rows.map((row) => ({
      language: row.language,
      body: row.body,
      name: `${row.firstName} ${row.lastName}`,
      street: row.street,
      postcode: row.postcode,
      city: row.city,
    })),
    branding,
    printedAt: rows[0]!.sentAt ?? ctx.clock.now(),
    title: `Digipakket ${batchId}`,
  });
  return { pdf, fileName: `letters-${batchId}.pdf` };
}

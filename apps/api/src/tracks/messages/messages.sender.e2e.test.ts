import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withSystemScope } from '../../ground/database/database';
import { createEmailChannel } from '../../ground/messaging/messaging.email';
import { createSmsChannel, SMS_SIGNATURE_HEADER, signSmsReport } from '../../ground/messaging/messaging.sms';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { generateId } from '../../ground/shared/ids';
import { clientsTable } from '../../records/clients/clients.tables';
import { startFakeSmsGateway, startTestSmtpServer } from '../../roof/testing/messaging-fakes';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';
import { runSignalSweep } from '../signals/signals.sweep';
import { signalsTable } from '../signals/signals.tables';
import { type SenderSettings, sendDueMessages } from './messages.sender';
import { messagesTable } from './messages.tables';

const SECRET = 'report-secret-for-tests-only';
let t: TestApp;
let gateway: Awaited<ReturnType<typeof startFakeSmsGateway>>;
let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let settings: SenderSettings;
let client: { id: string; tenantId: string };
let orgId: string;

beforeAll(async () => {
  t = await createTestApp({
    env: { SMS_API_URL: 'http://127.0.0.1:9', SMS_API_KEY: 'key', SMS_REPORT_SECRET: SECRET },
  });
  gateway = await startFakeSmsGateway({ reportSecret: SECRET, report: null });
  smtp = await startTestSmtpServer();
  settings = {
    adapters: {
      sms: createSmsChannel({
        settings: { apiUrl: gateway.url, apiKey: 'key', sender: 'Beego', reportSecret: SECRET },
        reportUrl: 'http://127.0.0.1:9/api/messages/delivery-reports/sms',
      }),
      email: createEmailChannel({
        settings: { host: smtp.host, port: smtp.port, secure: false, from: 'OCMW <noreply@ocmw.example>' },
      }),
    },
    timeZone: 'Europe/Brussels',
    quietHours: { fromHour: 21, untilHour: 8 },
    ratePerMinute: 100,
    staleAfterMs: 120_000,
  };
  [client] = (await t.db
    .select({ id: clientsTable.id, tenantId: clientsTable.tenantId })
    .from(clientsTable)
    .limit(1)) as [{ id: string; tenantId: string }];
  const [org] = await t.db
    .select()
    .from(organisationsTable)
    .where(eq(organisationsTable.kind, 'home_help'))
    .limit(1);
  orgId = org!.id;
});
afterAll(async () => {
  await gateway?.close();
  await smtp?.close();
  await t?.close();
});
beforeEach(async () => {
  await t.db.delete(messagesTable);
  // 10:00 in Brussels: no quiet hours.
  t.clock.set(new Date('2025-03-12T09:00:00.000Z'));
});

async function queue({
  channel = 'sms',
  recipient = '+32470123456',
  body = 'Beego: we komen bij u thuis op 18/03 om 17:00. Lukt het niet? Bel ons.',
  language = 'nl',
  status = 'queued',
}: {
  channel?: 'sms' | 'email';
  recipient?: string;
  body?: string;
  language?: string;
  status?: 'queued' | 'withdrawn';
} = {}) {
  const id = generateId({ kind: 'message' });
  await t.db.insert(messagesTable).values({
    id,
    tenantId: client.tenantId,
    clientId: client.id,
    orgId,
    kind: 'visit_reminder',
    subject: 'cheque:chq_test',
    appointmentAt: new Date('2025-03-18T16:00:00.000Z'),
    daysBefore: 5,
    channel,
    dedupeKey: id,
    language,
    body,
    recipient,
    status,
    sendAfter: new Date('2025-03-12T08:00:00.000Z'),
  });
  return id;
}

const message = async (id: string) =>
  (await t.db.select().from(messagesTable).where(eq(messagesTable.id, id)))[0]!;

describe('sending due messages', () => {
  it('hands an SMS to the gateway with the message id as its idempotency key and records it sent', async () => {
    const id = await queue();
    const counts = await sendDueMessages({ db: t.db, clock: t.clock, settings });
    expect(counts).toMatchObject({ claimed: 1, sent: 1 });
    expect(gateway.sent.filter((sms) => sms.messageId === id)).toEqual([
      { messageId: id, to: '32470123456', text: expect.stringContaining('18/03'), sender: 'Beego' },
    ]);
    expect(await message(id)).toMatchObject({ status: 'sent', attempts: 1, providerRef: id });
  });

  it('after a crash between handing over and recording, sends again with the same id once the attempt is stale, and the phone gets it once', async () => {
    const id = await queue();
    await expect(
      sendDueMessages({
        db: t.db,
        clock: t.clock,
        settings,
        afterHandOver: () => {
          throw new Error('process killed');
        },
      }),
    ).rejects.toThrow('process killed');
    expect(await message(id)).toMatchObject({ status: 'sending', attempts: 1 });
    expect((await sendDueMessages({ db: t.db, clock: t.clock, settings })).claimed).toBe(0);
    t.clock.advance({ minutes: 3 });
    expect(await sendDueMessages({ db: t.db, clock: t.clock, settings })).toMatchObject({ sent: 1 });
    expect(gateway.requests.filter((request) => request.messageId === id)).toHaveLength(2);
    expect(gateway.sent.filter((sms) => sms.messageId === id)).toHaveLength(1);
    expect(await message(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('delivers an e-mail through the SMTP server in the client’s language with a Message-ID made of the message id', async () => {
    const id = await queue({
      channel: 'email',
      recipient: 'client@example.org',
      language: 'fr',
      body: 'Beego : nous venons chez vous le 18/03 à 17:00. Empêché ? Appelez-nous.',
    });
    expect(await sendDueMessages({ db: t.db, clock: t.clock, settings })).toMatchObject({ sent: 1 });
    const mail = smtp.received.find((one) => one.messageId === `<${id}@ocmw.example>`);
    expect(mail).toMatchObject({
      to: ['client@example.org'],
      language: 'fr',
      text: 'Beego : nous venons chez vous le 18/03 à 17:00. Empêché ? Appelez-nous.',
    });
    expect(await message(id)).toMatchObject({ status: 'sent', providerRef: `<${id}@ocmw.example>` });
  });

  it('retries a transient failure with back-off and fails a rejected number for good', async () => {
    const transient = await queue();
    gateway.failNext(503);
    expect(await sendDueMessages({ db: t.db, clock: t.clock, settings })).toMatchObject({ retried: 1 });
    expect(await message(transient)).toMatchObject({
      status: 'queued',
      attempts: 1,
      reason: 'sms.gateway_unavailable',
      sendAfter: new Date('2025-03-12T09:01:00.000Z'),
    });
    await t.db.delete(messagesTable).where(eq(messagesTable.id, transient));
    const rejected = await queue({ recipient: '+32000' });
    gateway.failNext('rejected');
    expect(await sendDueMessages({ db: t.db, clock: t.clock, settings })).toMatchObject({ failed: 1 });
    expect(await message(rejected)).toMatchObject({ status: 'failed', reason: 'sms.number_invalid' });
  });

  it('sends no SMS in the quiet hours, but e-mail still goes', async () => {
    t.clock.set(new Date('2025-03-12T22:30:00.000Z'));
    const sms = await queue();
    const email = await queue({ channel: 'email', recipient: 'client@example.org' });
    await sendDueMessages({ db: t.db, clock: t.clock, settings });
    expect((await message(sms)).status).toBe('queued');
    expect((await message(email)).status).toBe('sent');
  });

  it('keeps to the per-tenant rate and never sends a withdrawn message', async () => {
    const ids = [await queue(), await queue(), await queue({ status: 'withdrawn' })];
    const counts = await sendDueMessages({
      db: t.db,
      clock: t.clock,
      settings: { ...settings, ratePerMinute: 1 },
    });
    expect(counts.sent).toBe(1);
    const statuses = await Promise.all(ids.map(async (id) => (await message(id)).status));
    expect(statuses.sort()).toEqual(['queued', 'sent', 'withdrawn']);
    expect(gateway.sent.some((sms) => sms.messageId === ids[2])).toBe(false);
  });
});

describe('an unreachable number', () => {
  it('raises a follow-up signal for the welfare centre once an SMS failed for good, which resolves when the number changes', async () => {
    await t.db.update(clientsTable).set({ phone: '+32 400 00 00 00' }).where(eq(clientsTable.id, client.id));
    await queue({ recipient: '+32 400 00 00 00' });
    gateway.failNext('rejected');
    expect(await sendDueMessages({ db: t.db, clock: t.clock, settings })).toMatchObject({ failed: 1 });
    const sweep = () =>
      withSystemScope({ work: () => runSignalSweep({ db: t.db, clock: t.clock, clientIds: [client.id] }) });
    await sweep();
    const open = () =>
      t.db
        .select({ kind: signalsTable.kind, status: signalsTable.status })
        .from(signalsTable)
        .where(and(eq(signalsTable.clientId, client.id), eq(signalsTable.kind, 'contact.phone_unreachable')));
    expect(await open()).toEqual([{ kind: 'contact.phone_unreachable', status: 'open' }]);
    await t.db.update(clientsTable).set({ phone: '+32 470 99 88 77' }).where(eq(clientsTable.id, client.id));
    await sweep();
    expect(await open()).toEqual([{ kind: 'contact.phone_unreachable', status: 'resolved' }]);
  });
});

describe('delivery reports', () => {
  // As the provider posts it: no Origin, no session cookie.
  const post = (body: string, signature?: string) =>
    t.app.request('/api/messages/delivery-reports/sms', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        ...(signature ? { [SMS_SIGNATURE_HEADER]: signature } : {}),
      },
    });

  it('refuses an unsigned report (401) and a forged one (403), and a signed one marks the message delivered', async () => {
    const id = await queue();
    await sendDueMessages({ db: t.db, clock: t.clock, settings });
    const body = JSON.stringify({ results: [{ messageId: id, status: { groupName: 'DELIVERED' } }] });
    const unsigned = await post(body);
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { error: { code: string } }).error.code).toBe(
      'message.report_unsigned',
    );
    const forged = await post(body, signSmsReport({ body, secret: 'another-secret-entirely' }));
    expect(forged.status).toBe(403);
    expect((await message(id)).status).toBe('sent');
    const signed = await post(body, signSmsReport({ body, secret: SECRET }));
    expect(signed.status).toBe(200);
    expect(await signed.json()).toEqual({ applied: 1 });
    expect(await message(id)).toMatchObject({ status: 'delivered', deliveredAt: expect.any(Date) });
  });

  it('fails the message with the provider’s reason when it could not be delivered', async () => {
    const id = await queue();
    await sendDueMessages({ db: t.db, clock: t.clock, settings });
    const body = JSON.stringify({ results: [{ messageId: id, status: { groupName: 'UNDELIVERABLE' } }] });
    expect((await post(body, signSmsReport({ body, secret: SECRET }))).status).toBe(200);
    expect(await message(id)).toMatchObject({ status: 'failed', reason: 'sms.undeliverable' });
    const count = await t.db.select({ n: sql<number>`count(*)::int` }).from(messagesTable);
    expect(count[0]!.n).toBe(1);
  });
});

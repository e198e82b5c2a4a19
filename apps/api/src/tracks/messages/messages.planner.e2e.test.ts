import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTCOME_ITEM_IDS, renderMessage } from '@digipakket/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { numberedClient, registerApprovedClient } from '../../roof/testing/approved-client';
import { activeProgrammeId, userIdOf } from '../../roof/testing/demo-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../cheques/cheques.tables';
import { intakesTable } from '../intake/intake.tables';
import { planScheduledMessages } from './messages.planner';
import { messagesTable } from './messages.tables';

let t: TestApp;
let social: string;
let admin: string;
let beego: string;
let studentId: string;
let programmeId: string;
let sequence = 0;
const DAY = 86_400_000;

signedInAppForFile(
  { social: 'sociaal@ocmw-gent.demo', admin: 'admin@ocmw-gent.demo', beego: 'coordinator@beego.demo' },
  async (started) => {
    ({ t, social, admin, beego } = started);
    studentId = await userIdOf(t.db, 'student@beego.demo');
    programmeId = await activeProgrammeId(t.db);
  },
);

const plan = () => planScheduledMessages({ db: t.db, now: t.clock.now(), timeZone: 'Europe/Brussels' });

const messagesOf = (clientId: string, kind: 'cheque_nudge' | 'outcome_follow_up') =>
  t.db
    .select()
    .from(messagesTable)
    .where(and(eq(messagesTable.clientId, clientId), eq(messagesTable.kind, kind)))
    .orderBy(asc(messagesTable.createdAt));

async function newClient(language = 'fr', fields: Partial<typeof clientsTable.$inferInsert> = {}) {
  sequence += 1;
  const clientId = await registerApprovedClient({
    t,
    cookie: social,
    client: numberedClient({
      prefix: 'MSG-PLAN',
      n: sequence,
      firstName: 'Bericht',
      lastName: 'Klant',
      preferredLanguage: language,
    }),
    answers: { browse_website: 'no' },
  });
  if (Object.keys(fields).length > 0) {
    await t.db.update(clientsTable).set(fields).where(eq(clientsTable.id, clientId));
  }
  return clientId;
}

/** The client's two cheques as after a pickup: the installation one redeemed `daysAgo`, the free one unused. */
async function withInstallationVisit(clientId: string, daysAgo: number) {
  const [beegoOrg] = await queryRows<{ id: string }>({
    db: t.db,
    query: sql`SELECT id FROM organisations WHERE name = 'Beego' LIMIT 1`,
  });
  const base = {
    tenantId: (await t.db.select().from(clientsTable).where(eq(clientsTable.id, clientId)))[0]!.tenantId,
    clientId,
    programmeId,
    homeHelpOrgId: beegoOrg!.id,
    validUntil: '2026-03-01',
    issuedAt: new Date(t.clock.now().getTime() - (daysAgo + 7) * DAY),
  };
  const [installation] = await t.db
    .insert(chequesTable)
    .values({
      ...base,
      code: `NUDGE-I-${clientId}`,
      purpose: 'installation',
      status: 'redeemed',
      redeemedAt: new Date(t.clock.now().getTime() - daysAgo * DAY),
    })
    .returning();
  const [free] = await t.db
    .insert(chequesTable)
    .values({ ...base, code: `NUDGE-F-${clientId}`, purpose: 'free', status: 'issued' })
    .returning();
  return { installation: installation!, free: free! };
}

const consentSms = (clientId: string) =>
  t.request(`/api/clients/${clientId}/contact`, {
    method: 'PUT',
    cookie: social,
    body: { phone: '+32 470 99 88 77', consents: { sms: true }, preferredChannel: 'sms' },
  });

describe('the nudge to use the second cheque', () => {
  it('goes once, four weeks after the installation visit, by the client’s channel and in their language', async () => {
    const clientId = await newClient('fr');
    expect((await consentSms(clientId)).status).toBe(200);
    const { installation, free } = await withInstallationVisit(clientId, 27);

    await plan();
    expect(await messagesOf(clientId, 'cheque_nudge')).toEqual([]);

    await t.db
      .update(chequesTable)
      .set({ redeemedAt: new Date(t.clock.now().getTime() - 28 * DAY - 60_000) })
      .where(eq(chequesTable.id, installation.id));
    // The run that only withdraws (every sending run between the few-minutely searches) writes none.
    await planScheduledMessages({
      db: t.db,
      now: t.clock.now(),
      timeZone: 'Europe/Brussels',
      withdrawOnly: true,
    });
    expect(await messagesOf(clientId, 'cheque_nudge')).toEqual([]);
    await plan();
    await plan();
    const rows = await messagesOf(clientId, 'cheque_nudge');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject: `cheque:${free.id}`,
      channel: 'sms',
      status: 'queued',
      recipient: '+32 470 99 88 77',
      language: 'fr',
      body: renderMessage({ kind: 'cheque_nudge', language: 'fr', values: { from: 'Beego' } }).text,
    });
  });

  it('is withdrawn when the second cheque gets planned before it went out, and never written again', async () => {
    const clientId = await newClient('nl');
    expect((await consentSms(clientId)).status).toBe(200);
    const { free } = await withInstallationVisit(clientId, 40);
    await plan();
    expect((await messagesOf(clientId, 'cheque_nudge')).map((row) => row.status)).toEqual(['queued']);

    const res = await t.request(`/api/visits/${free.id}/assign`, {
      method: 'POST',
      cookie: beego,
      body: { studentId, appointmentAt: '2025-03-20T09:00:00.000Z', confirmClash: true },
    });
    expect(res.status).toBe(200);
    await plan();
    const rows = await messagesOf(clientId, 'cheque_nudge');
    expect(rows.map((row) => [row.status, row.reason])).toEqual([['withdrawn', 'cheque.used']]);
  });

  it('follows the programme’s setting of weeks, checked by the domain, and 0 sends none', async () => {
    const current = await (
      await t.request(`/api/programmes/${programmeId}/settings`, { cookie: admin })
    ).json();
    const put = (weeks: number) =>
      t.request(`/api/programmes/${programmeId}/settings`, {
        method: 'PUT',
        cookie: admin,
        body: { ...current.settings, secondChequeNudgeWeeks: weeks },
      });
    const refused = await put(27);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.details.reasons).toEqual([
      expect.objectContaining({ code: 'programme.second_cheque_nudge_weeks.out_of_range', min: 0, max: 26 }),
    ]);

    expect((await put(0)).status).toBe(200);
    const off = await newClient('nl');
    await withInstallationVisit(off, 100);
    await plan();
    expect(await messagesOf(off, 'cheque_nudge')).toEqual([]);

    expect((await put(8)).status).toBe(200);
    await plan();
    expect(await messagesOf(off, 'cheque_nudge')).toHaveLength(1);
    const later = await newClient('nl');
    await withInstallationVisit(later, 50);
    await plan();
    expect(await messagesOf(later, 'cheque_nudge')).toEqual([]);
    expect((await put(4)).status).toBe(200);
  });
});

/** Every item of the measure answered "with help". */
const answers = () =>
  OUTCOME_ITEM_IDS.map((itemId) => ({
    itemId,
    version: 1,
    value: itemId === 'confidence' ? 5 : 'with_help',
  }));

describe('the outcome follow-up message', () => {
  async function endedClient(language: string, endedDaysAgo: number) {
    const clientId = await newClient(language);
    const closedAt = new Date(t.clock.now().getTime() - endedDaysAgo * DAY);
    await t.db
      .update(intakesTable)
      .set({ closureKind: 'completed', closedAt, closureReason: 'Traject afgerond' })
      .where(eq(intakesTable.clientId, clientId));
    return clientId;
  }

  it('tells the client, in their language, that the welfare centre will call, once the 3-month round is due', async () => {
    const early = await endedClient('ar', 60);
    const due = await endedClient('ar', 88);
    await plan();
    await plan();
    expect(await messagesOf(early, 'outcome_follow_up')).toEqual([]);
    const rows = await messagesOf(due, 'outcome_follow_up');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject: `outcome:${programmeId}:follow_up_3m`,
      channel: 'letter',
      status: 'queued',
      language: 'ar',
      body: renderMessage({ kind: 'outcome_follow_up', language: 'ar', values: { from: 'Digipakket' } }).text,
    });
  });

  it('is withdrawn when the round is recorded before it went out', async () => {
    const clientId = await endedClient('nl', 92);
    await plan();
    expect((await messagesOf(clientId, 'outcome_follow_up')).map((row) => row.status)).toEqual(['queued']);
    const res = await t.request(`/api/outcomes/clients/${clientId}/rounds`, {
      method: 'POST',
      cookie: social,
      body: { round: 'follow_up_3m', mode: 'phone', answers: answers() },
    });
    expect(res.status).toBe(201);
    const rows = await messagesOf(clientId, 'outcome_follow_up');
    expect(rows.map((row) => [row.status, row.reason])).toEqual([['withdrawn', 'outcome.recorded']]);
  });
});

describe('the letter batch', () => {
  it('prints the letters of clients without SMS or e-mail as one PDF, a page each, and marks them sent', async () => {
    const arabic = await newClient('ar', { street: 'Sleepstraat 12', postcode: '9000', city: 'Gent' });
    const dutch = await newClient('nl', { street: 'Kortrijksesteenweg 3', postcode: '9000', city: 'Gent' });
    await withInstallationVisit(arabic, 30);
    await withInstallationVisit(dutch, 30);
    await plan();
    const letters = await t.db
      .select()
      .from(messagesTable)
      .where(and(eq(messagesTable.channel, 'letter'), eq(messagesTable.status, 'queued')));
    expect(letters.filter((row) => row.clientId === arabic || row.clientId === dutch)).toHaveLength(2);

    const overview = await (await t.request('/api/messages/letters', { cookie: social })).json();
    expect(overview.waiting).toBe(letters.length);

    const printed = await t.request('/api/messages/letter-batches', { method: 'POST', cookie: social });
    expect(printed.status).toBe(201);
    const { batch } = await printed.json();
    expect(batch.letters).toBe(letters.length);
    const after = await t.db
      .select()
      .from(messagesTable)
      .where(eq(messagesTable.providerRef, `letters:${batch.id}`));
    expect(after.map((row) => row.status)).toEqual(letters.map(() => 'sent'));

    const audited = await queryRows<{ client_id: string; action: string }>({
      db: t.db,
      query: sql`SELECT client_id, action FROM audit_log WHERE resource = ${`letter_batch:${batch.id}`}`,
    });
    expect(audited).toEqual(
      expect.arrayContaining([
        { client_id: arabic, action: 'message.letter_printed' },
        { client_id: dutch, action: 'message.letter_printed' },
      ]),
    );

    const pdf = await t.request(`/api/messages/letter-batches/${batch.id}/letters.pdf`, { cookie: social });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'letters-'));
    writeFileSync(join(dir, 'letters.pdf'), bytes);
    const info = execFileSync('pdfinfo', [join(dir, 'letters.pdf')]).toString();
    expect(info).toMatch(new RegExp(`Pages:\\s+${letters.length}\\b`));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'letters.pdf'), '-']).toString();
    expect(text).toContain('Sleepstraat 12');
    expect(text).toContain('Kortrijksesteenweg 3');
    const read = await queryRows<{ client_id: string }>({
      db: t.db,
      query: sql`SELECT client_id FROM audit_log WHERE action = 'message.letters_read'
        AND resource = ${`letter_batch:${batch.id}`}`,
    });
    expect(read.map((row) => row.client_id)).toEqual(expect.arrayContaining([arabic, dutch]));

    const overviewAfter = await (await t.request('/api/messages/letters', { cookie: social })).json();
    expect(overviewAfter).toMatchObject({ waiting: 0, batches: [{ id: batch.id, letters: letters.length }] });
    const again = await t.request('/api/messages/letter-batches', { method: 'POST', cookie: social });
    await expectRefusal(again, { status: 409, code: 'message.no_letters_waiting' });
  });

  it('withdraws a reminder on paper whose appointment passed before it was printed', async () => {
    const [{ id: clientId }] = (await t.db.select({ id: clientsTable.id }).from(clientsTable).limit(1)) as [
      { id: string },
    ];
    const [row] = await queryRows<{ org_id: string; tenant_id: string }>({
      db: t.db,
      query: sql`SELECT id AS org_id, tenant_id FROM organisations WHERE name = 'Beego' LIMIT 1`,
    });
    const [client] = await t.db.select().from(clientsTable).where(eq(clientsTable.id, clientId));
    const past = new Date(t.clock.now().getTime() - 60 * 60_000);
    await t.db.insert(messagesTable).values({
      tenantId: client!.tenantId,
      clientId,
      orgId: row!.org_id,
      kind: 'visit_reminder',
      subject: 'cheque:chq_late',
      appointmentAt: past,
      daysBefore: 1,
      channel: 'letter',
      dedupeKey: `${clientId}:late-letter`,
      language: 'nl',
      body: 'Beego: we komen bij u thuis.',
      sendAfter: new Date(past.getTime() - 86_400_000),
    });
    await plan();
    const [letter] = await t.db
      .select()
      .from(messagesTable)
      .where(eq(messagesTable.dedupeKey, `${clientId}:late-letter`));
    expect([letter!.status, letter!.reason]).toEqual(['withdrawn', 'letter.too_late']);
  });

  it('is the welfare centre’s: partners may not print or read it, and an unknown batch answers 404', async () => {
    expect((await t.request('/api/messages/letters', { cookie: beego })).status).toBe(403);
    const missing = await t.request('/api/messages/letter-batches/ltb_00000000000000000000/letters.pdf', {
      cookie: social,
    });
    await expectRefusal(missing, { status: 404, code: 'message.letter_batch_not_found' });
  });
});

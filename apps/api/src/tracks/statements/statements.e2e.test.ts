import { writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { demoTenantId } from '../../roof/testing/demo-rows';
import { pdfText } from '../../roof/testing/pdf-text';
import type { TestApp } from '../../roof/testing/test-app';
import { insertOtherTenantCheque } from '../visits/visits.test-data';
import { statementLinesTable } from './statements.tables';

let t: TestApp;
let coordinator: string;
let projectLead: string;
let tenantId: string;
signedInAppForFile(
  { coordinator: 'coordinator@beego.demo', projectLead: 'projectleider@ocmw-gent.demo' },
  async (started) => {
    ({ t, coordinator, projectLead } = started);
    tenantId = await demoTenantId(t.db);
  },
);

let statementId: string;

describe('POST /api/statements', () => {
  it("puts the month's redeemed cheques on a statement with totals in hours and money", async () => {
    const res = await t.request('/api/statements', {
      method: 'POST',
      cookie: coordinator,
      body: { tenantId, month: '2025-02' },
    });
    expect(res.status).toBe(201);
    const { statement } = await res.json();
    statementId = statement.id;
    expect(statement.month).toBe('2025-02');
    expect(statement.lines.length).toBeGreaterThan(0);
    expect(
      statement.lines.every((line: { visitedOn: string }) => line.visitedOn.startsWith('2025-02-')),
    ).toBe(true);
    expect(statement.lines[0]).toMatchObject({
      chequeCode: expect.any(String),
      clientName: expect.any(String),
      studentName: 'Yassin El Idrissi',
      minutes: expect.any(Number),
      purpose: expect.stringMatching(/^(installation|free)$/),
      priceCents: 4000,
      reconciliation: null,
    });
    const count = statement.lines.length;
    expect(statement.totals).toEqual({
      cheques: count,
      minutesSpent: statement.lines.reduce((sum: number, line: { minutes: number }) => sum + line.minutes, 0),
      chequeHours: count,
      amountCents: count * 4000,
      priceCentsPerCheque: 4000,
    });
  });

  it('refuses a second statement for the same month, an empty month and a welfare centre not served', async () => {
    const again = await t.request('/api/statements', {
      method: 'POST',
      cookie: coordinator,
      body: { tenantId, month: '2025-02' },
    });
    expect([again.status, (await again.json()).error.code]).toEqual([409, 'statement.already_exists']);
    const empty = await t.request('/api/statements', {
      method: 'POST',
      cookie: coordinator,
      body: { tenantId, month: '2024-06' },
    });
    expect([empty.status, (await empty.json()).error.code]).toEqual([409, 'statement.empty']);
    const other = await insertOtherTenantCheque({ db: t.db });
    const foreign = await t.request('/api/statements', {
      method: 'POST',
      cookie: coordinator,
      body: { tenantId: other.tenantId, month: '2025-02' },
    });
    expect([foreign.status, (await foreign.json()).error.code]).toEqual([404, 'tenant.not_found']);
    const asLead = await t.request('/api/statements', {
      method: 'POST',
      cookie: projectLead,
      body: { tenantId, month: '2025-01' },
    });
    expect(asLead.status).toBe(403);
  });

  it('keeps a cheque on at most one statement, in the database too', async () => {
    const [line] = await t.db
      .select()
      .from(statementLinesTable)
      .where(eq(statementLinesTable.statementId, statementId));
    await expect(
      t.db.insert(statementLinesTable).values({ ...line!, id: undefined as never, statementId }),
    ).rejects.toThrow();
    const january = await t.request('/api/statements', {
      method: 'POST',
      cookie: coordinator,
      body: { tenantId, month: '2025-01' },
    });
    const { statement } = await january.json();
    const codes = new Set(statement.lines.map((entry: { chequeId: string }) => entry.chequeId));
    expect(codes.has(line!.chequeId)).toBe(false);
  });
});

describe('sending a statement', () => {
  it('keeps a draft from the welfare centre until the partner sends it, and sends it once', async () => {
    const hidden = await t.request(`/api/statements/${statementId}`, { cookie: projectLead });
    expect([hidden.status, (await hidden.json()).error.code]).toEqual([404, 'statement.not_found']);
    const byLead = await t.request(`/api/statements/${statementId}/send`, {
      method: 'POST',
      cookie: projectLead,
    });
    expect(byLead.status).toBe(403);
    const sent = await t.request(`/api/statements/${statementId}/send`, {
      method: 'POST',
      cookie: coordinator,
    });
    expect(sent.status).toBe(200);
    expect((await sent.json()).statement).toMatchObject({ status: 'sent', sentAt: expect.any(String) });
    const again = await t.request(`/api/statements/${statementId}/send`, {
      method: 'POST',
      cookie: coordinator,
    });
    expect([again.status, (await again.json()).error.code]).toEqual([409, 'statement.already_sent']);
    const seen = await (await t.request(`/api/statements/${statementId}`, { cookie: projectLead })).json();
    expect(seen.statement.status).toBe('sent');
  });
});

describe('reading statements', () => {
  it('shows the partner its own statements and the welfare centre those sent to it', async () => {
    const partner = await (await t.request('/api/statements', { cookie: coordinator })).json();
    expect(partner.items.map((item: { month: string }) => item.month)).toEqual(['2025-02', '2025-01']);
    const welfare = await (
      await t.request(`/api/statements?tenantId=${tenantId}&month=2025-02`, { cookie: projectLead })
    ).json();
    expect(welfare.items).toHaveLength(1);
    const all = await (await t.request('/api/statements', { cookie: projectLead })).json();
    expect(all.items.map((item: { status: string }) => item.status)).toEqual(['sent']);
    expect(welfare.items[0]).toMatchObject({ id: statementId, homeHelpOrgName: 'Beego', tenantId });
    const student = await t.login({ email: 'student@beego.demo' });
    expect((await t.request('/api/statements', { cookie: student.cookie })).status).toBe(403);
  });

  it('gives the statement as CSV and audits each read', async () => {
    const res = await t.request(`/api/statements/${statementId}/csv`, { cookie: projectLead });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    const [header, ...rest] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('date;cheque_code;client;student;minutes;purpose;price_eur');
    expect(rest[0]).toMatch(/^2025-02-\d{2};[0-9A-Z]{11};/);
    expect(csv).toMatch(/\r\namount_eur;\d+,\d{2}\r\n/);
    const reads = await auditRows(t.db, { resource: `statement:${statementId}` });
    expect(reads.some((row) => row.action === 'statement.read')).toBe(true);
    expect((await t.request('/api/statements/stm_unknown', { cookie: coordinator })).status).toBe(404);
  });
});

describe('GET /api/statements/:id/pdf', () => {
  it('prints every line and the totals for the partner and the welfare centre, and audits the read', async () => {
    const { statement } = await (
      await t.request(`/api/statements/${statementId}`, { cookie: coordinator })
    ).json();
    for (const cookie of [coordinator, projectLead]) {
      const res = await t.request(`/api/statements/${statementId}/pdf?language=en`, { cookie });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(`statement-${statement.month}.pdf`);
      const pdf = await res.arrayBuffer();
      expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (process.env.STATEMENT_PDF_OUT) writeFileSync(process.env.STATEMENT_PDF_OUT, Buffer.from(pdf));
      const text = await pdfText(pdf);
      expect(text).toContain('Monthlystatement/Maandafrekening');
      expect(text).toContain('Beego');
      for (const line of statement.lines) {
        expect(text).toContain(line.chequeCode);
        expect(text).toContain(line.studentName.replace(/\s+/g, ''));
      }
      const euros = new Intl.NumberFormat('en-BE', { style: 'currency', currency: 'EUR' });
      expect(text).toContain(euros.format(statement.totals.amountCents / 100).replace(/\s+/g, ''));
      expect(text).toContain(`Cheques${statement.totals.cheques}`);
      expect(text).not.toContain(statement.lines[0].clientName.replace(/\s+/g, ''));
    }
    const reads = await auditRows(t.db, { resource: `statement:${statementId}` });
    expect(reads.filter((row) => row.action === 'statement.read').length).toBeGreaterThanOrEqual(3);
  });

  it("prints in the reader's portal language by default and refuses an unknown language", async () => {
    const dutch = await t.request(`/api/statements/${statementId}/pdf`, { cookie: projectLead });
    expect(await pdfText(await dutch.arrayBuffer())).toContain('Maandafrekening');
    const other = await t.request(`/api/statements/${statementId}/pdf?language=ar`, { cookie: projectLead });
    expect(other.status).toBe(400);
    const student = await t.login({ email: 'student@beego.demo' });
    expect((await t.request(`/api/statements/${statementId}/pdf`, { cookie: student.cookie })).status).toBe(
      403,
    );
  });
});

describe('POST /api/statements/:id/lines/:lineId/reconcile', () => {
  it('lets the project lead match a line and dispute another with a reason', async () => {
    const { statement } = await (
      await t.request(`/api/statements/${statementId}`, { cookie: projectLead })
    ).json();
    const [first, second] = statement.lines;
    const matched = await t.request(`/api/statements/${statementId}/lines/${first.id}/reconcile`, {
      method: 'POST',
      cookie: projectLead,
      body: { outcome: 'matched' },
    });
    expect(matched.status).toBe(200);
    expect((await matched.json()).line.reconciliation).toMatchObject({ outcome: 'matched', reason: null });
    const target = second ?? first;
    const noReason = await t.request(`/api/statements/${statementId}/lines/${target.id}/reconcile`, {
      method: 'POST',
      cookie: projectLead,
      body: { outcome: 'disputed', reason: '  ' },
    });
    expect([noReason.status, (await noReason.json()).error.code]).toEqual([
      400,
      'statement_line.dispute_reason_missing',
    ]);
    const disputed = await t.request(`/api/statements/${statementId}/lines/${target.id}/reconcile`, {
      method: 'POST',
      cookie: projectLead,
      body: { outcome: 'disputed', reason: 'Cliënt zegt dat het bezoek 30 minuten duurde.' },
    });
    expect((await disputed.json()).line.reconciliation).toMatchObject({
      outcome: 'disputed',
      reason: 'Cliënt zegt dat het bezoek 30 minuten duurde.',
    });
  });

  it('refuses the partner, unknown lines and extra fields', async () => {
    const { statement } = await (
      await t.request(`/api/statements/${statementId}`, { cookie: coordinator })
    ).json();
    const line = statement.lines[0];
    const asPartner = await t.request(`/api/statements/${statementId}/lines/${line.id}/reconcile`, {
      method: 'POST',
      cookie: coordinator,
      body: { outcome: 'matched' },
    });
    expect(asPartner.status).toBe(403);
    const unknown = await t.request(`/api/statements/${statementId}/lines/stl_nothing/reconcile`, {
      method: 'POST',
      cookie: projectLead,
      body: { outcome: 'matched' },
    });
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([404, 'statement_line.not_found']);
    const extra = await t.request(`/api/statements/${statementId}/lines/${line.id}/reconcile`, {
      method: 'POST',
      cookie: projectLead,
      body: { outcome: 'matched', tenantId: 'ten_other' },
    });
    expect(extra.status).toBe(400);
  });
});

describe('POST /api/statements/:id/close', () => {
  it('closes the reconciliation only once every line has a verdict, and then takes no more verdicts', async () => {
    const close = () =>
      t.request(`/api/statements/${statementId}/close`, { method: 'POST', cookie: projectLead });
    const { statement } = await (
      await t.request(`/api/statements/${statementId}`, { cookie: projectLead })
    ).json();
    const open = statement.lines.filter((line: { reconciliation: unknown }) => line.reconciliation === null);
    if (open.length > 0) {
      const early = await close();
      expect([early.status, (await early.json()).error.code]).toEqual([409, 'statement.lines_open']);
    }
    for (const line of open) {
      await t.request(`/api/statements/${statementId}/lines/${line.id}/reconcile`, {
        method: 'POST',
        cookie: projectLead,
        body: { outcome: 'matched' },
      });
    }
    const closed = await close();
    expect(closed.status).toBe(200);
    expect((await closed.json()).statement.status).toBe('disputed');
    const late = await t.request(`/api/statements/${statementId}/lines/${statement.lines[0].id}/reconcile`, {
      method: 'POST',
      cookie: projectLead,
      body: { outcome: 'matched' },
    });
    expect([late.status, (await late.json()).error.code]).toEqual([409, 'statement.already_reconciled']);
    const twice = await close();
    expect([twice.status, (await twice.json()).error.code]).toEqual([409, 'statement.already_reconciled']);
    const partner = await (await t.request(`/api/statements/${statementId}`, { cookie: coordinator })).json();
    expect(partner.statement.status).toBe('disputed');
    expect(
      (await t.request(`/api/statements/${statementId}/close`, { method: 'POST', cookie: coordinator }))
        .status,
    ).toBe(403);
  });

  it('accepts a statement whose every line matched', async () => {
    const { items } = await (
      await t.request('/api/statements?month=2025-01', { cookie: coordinator })
    ).json();
    const january = items[0].id;
    await t.request(`/api/statements/${january}/send`, { method: 'POST', cookie: coordinator });
    const { statement } = await (
      await t.request(`/api/statements/${january}`, { cookie: projectLead })
    ).json();
    for (const line of statement.lines) {
      await t.request(`/api/statements/${january}/lines/${line.id}/reconcile`, {
        method: 'POST',
        cookie: projectLead,
        body: { outcome: 'matched' },
      });
    }
    const closed = await t.request(`/api/statements/${january}/close`, {
      method: 'POST',
      cookie: projectLead,
    });
    expect((await closed.json()).statement.status).toBe('accepted');
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app/testing/test-app';
import { auditLogTable } from '../audit/audit.tables';
import { statementLinesTable } from '../cheques/cheques.tables';
import { tenantsTable } from '../organisations/organisations.tables';
import { insertOtherTenantCheque } from '../visits/visits.test-data';

let t: TestApp;
let coordinator: string;
let projectLead: string;
let tenantId: string;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = (await t.login({ email: 'coordinator@beego.demo' })).cookie;
  projectLead = (await t.login({ email: 'projectleider@ocmw-gent.demo' })).cookie;
  const [tenant] = await t.db.select().from(tenantsTable).where(eq(tenantsTable.slug, 'gent-demo'));
  tenantId = tenant?.id ?? (await t.db.select().from(tenantsTable))[0]!.id;
});
afterAll(async () => {
  await t.close();
});

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

describe('reading statements', () => {
  it('shows the partner its own statements and the welfare centre those sent to it', async () => {
    const partner = await (await t.request('/api/statements', { cookie: coordinator })).json();
    expect(partner.items.map((item: { month: string }) => item.month)).toEqual(['2025-02', '2025-01']);
    const welfare = await (
      await t.request(`/api/statements?tenantId=${tenantId}&month=2025-02`, { cookie: projectLead })
    ).json();
    expect(welfare.items).toHaveLength(1);
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
    expect(header).toBe('date;cheque_code;client;student;minutes;purpose');
    expect(rest[0]).toMatch(/^2025-02-\d{2};[0-9A-Z]{11};/);
    expect(csv).toContain('amount_eur;');
    const reads = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.resource, `statement:${statementId}`));
    expect(reads.some((row) => row.action === 'statement.read')).toBe(true);
    expect((await t.request('/api/statements/stm_unknown', { cookie: coordinator })).status).toBe(404);
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

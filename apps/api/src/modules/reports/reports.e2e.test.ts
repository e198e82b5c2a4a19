import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app/testing/test-app';
import { auditLogTable } from '../audit/audit.tables';
import { chequesTable } from '../cheques/cheques.tables';

let t: TestApp;
let lead: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ cookie: lead } = await t.login({ email: 'projectleider@ocmw-gent.demo' }));
});
afterAll(async () => {
  await t.close();
});

describe('reports', () => {
  it('counts cheques issued and used per month, like the cheques themselves', async () => {
    const report = await (await t.request('/api/reports/cheques', { cookie: lead })).json();
    expect(report.columns.map((column: { header: string }) => column.header)).toEqual([
      'Maand',
      'Uitgereikt',
      'Gebruikt',
      'Vervallen',
    ]);
    const issued = report.rows.reduce((sum: number, row: { issued: number }) => sum + row.issued, 0);
    const used = report.rows.reduce((sum: number, row: { used: number }) => sum + row.used, 0);
    expect(issued).toBe(await t.db.$count(chequesTable));
    expect(used).toBe(await t.db.$count(chequesTable, eq(chequesTable.status, 'redeemed')));
  });

  it('exports a valid XLSX with the same rows, and audits the export', async () => {
    const json = await (
      await t.request('/api/reports/equipped-by-purpose?locale=en', { cookie: lead })
    ).json();
    expect(json.rows.length).toBeGreaterThan(0);
    const res = await t.request('/api/reports/equipped-by-purpose?format=xlsx&locale=en', { cookie: lead });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Clients equipped by purpose');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Purpose', 'Clients']);
    const rows = json.rows.map((row: { purpose: string; clients: number }) => [
      undefined,
      row.purpose,
      row.clients,
    ]);
    for (const [index, expected] of rows.entries()) expect(sheet.getRow(index + 2).values).toEqual(expected);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const audits = await t.db
      .select()
      .from(auditLogTable)
      .where(and(eq(auditLogTable.action, 'report.export')));
    expect(audits.some((row) => row.resource.startsWith('report:equipped-by-purpose:xlsx'))).toBe(true);
  });

  it('exports CSV with a byte order mark and a header row in Dutch', async () => {
    const res = await t.request('/api/reports/skills?format=csv', { cookie: lead });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('Niveau bij intake;Ingeschat;Opleiding voltooid');
  });

  it('narrows to a period, and reconciles statements', async () => {
    const none = await (
      await t.request('/api/reports/cheques?from=2000-01-01&to=2000-12-31', { cookie: lead })
    ).json();
    expect(none.rows).toEqual([]);
    const statements = await t.request('/api/reports/statements', { cookie: lead });
    expect(statements.status).toBe(200);
    const bad = await t.request('/api/reports/cheques?from=2025-13-01', { cookie: lead });
    expect(bad.status).toBe(400);
  });

  it('is refused to social workers and partners', async () => {
    const worker = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await t.request('/api/reports/cheques', { cookie: worker.cookie })).status).toBe(403);
    const coordinator = await t.login({ email: 'coordinator@ligo.demo' });
    expect((await t.request('/api/reports/cheques', { cookie: coordinator.cookie })).status).toBe(403);
  });
});

import { QUESTION_IDS } from '@digipakket/domain';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../../tracks/cheques/cheques.tables';

let t: TestApp;
let lead: string;
const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

signedInAppForFile({ lead: 'projectleider@ocmw-gent.demo' }, (started) => {
  ({ t, lead } = started);
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
    const audits = await auditRows(t.db, { action: 'report.export' });
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

  it('counts the trajectories completed and ended early per reason in the month they closed, in every format', async () => {
    const { cookie: worker } = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    const call = async (path: string, body?: unknown) => {
      const res = await t.request(
        path,
        body === undefined ? { cookie: worker } : { method: 'POST', body, cookie: worker },
      );
      expect(res.status, path).toBeLessThan(300);
      return res.json();
    };
    const approved = async (name: string) => {
      const { client } = await call('/api/clients', {
        fileNumber: `RPT-${name}`,
        firstName: 'Rapport',
        lastName: name,
        preferredLanguage: 'nl',
      });
      const context = await call(`/api/clients/${client.id}/intake`);
      const res = await t.request(`/api/clients/${client.id}/intake`, {
        method: 'PUT',
        body: {
          decision: 'approved',
          purposes: ['work'],
          answers: Object.fromEntries(QUESTION_IDS.map((id) => [id, 'no'])),
          waveId: context.waves.at(-1).id,
        },
        cookie: worker,
      });
      expect(res.status).toBe(200);
      return client.id as string;
    };
    const month = t.clock.now().toISOString().slice(0, 7);
    const report = async () =>
      (await (await t.request('/api/reports/trajectory-endings', { cookie: lead })).json()) as {
        columns: { key: string; header: string }[];
        rows: Record<string, string | number>[];
      };
    const inMonth = (rows: Record<string, string | number>[]) =>
      rows.find((row) => row.month === month) ?? { completed: 0, endedEarly: 0, moved: 0 };
    const before = inMonth((await report()).rows);

    const completed = await approved('Afgerond');
    const { devices } = await call('/api/devices/batches', {
      model: 'Lenovo ThinkPad E14',
      funding: 'Test',
      serials: 'RPT-LAPTOP-1',
    });
    await call(`/api/devices/${devices[0].id}/transitions`, { type: 'reserve', clientId: completed });
    await call(`/api/devices/${devices[0].id}/transitions`, {
      type: 'hand_out',
      signatureMethod: 'screen',
      signaturePng: SIGNATURE,
    });
    await call(`/api/clients/${completed}/trajectory/complete`, { summary: 'Werkt zelfstandig' });
    const moved = await approved('Verhuisd');
    await call(`/api/clients/${moved}/trajectory/end`, { reason: 'moved', note: 'Verhuisd naar Brugge' });

    const after = await report();
    expect(after.columns.map((column) => column.header)).toEqual([
      'Maand',
      'Afgerond',
      'Vroegtijdig stopgezet',
      'Afgehaakt',
      'Verhuisd',
      'Niet meer bereikbaar',
      'Niet meer nodig',
      'Overleden',
      'Andere reden',
    ]);
    const row = inMonth(after.rows);
    expect(row.completed).toBe(Number(before.completed) + 1);
    expect(row.endedEarly).toBe(Number(before.endedEarly) + 1);
    expect(row.moved).toBe(Number(before.moved) + 1);

    const csv = await t.request('/api/reports/trajectory-endings?format=csv', { cookie: lead });
    const lines = new TextDecoder().decode(new Uint8Array(await csv.arrayBuffer()).slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'Maand;Afgerond;Vroegtijdig stopgezet;Afgehaakt;Verhuisd;Niet meer bereikbaar;Niet meer nodig;Overleden;Andere reden',
    );
    expect(lines).toContain(
      after.columns.map((column) => (row as Record<string, unknown>)[column.key]).join(';'),
    );

    const xlsx = await t.request('/api/reports/trajectory-endings?format=xlsx&locale=fr', { cookie: lead });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Trajets terminés et arrêtés');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Mois',
      'Terminés',
      'Arrêtés avant terme',
      'Abandon',
      'Déménagement',
      'Plus joignable',
      'Plus nécessaire',
      'Décès',
      'Autre motif',
    ]);
    const values: unknown[][] = [];
    sheet.eachRow((sheetRow) => values.push(sheetRow.values as unknown[]));
    expect(values).toContainEqual([
      undefined,
      ...after.columns.map((column) => (row as Record<string, unknown>)[column.key]),
    ]);

    const elsewhere = await (
      await t.request('/api/reports/trajectory-endings?from=2000-01-01&to=2000-12-31', { cookie: lead })
    ).json();
    expect(elsewhere.rows).toEqual([]);
  });

  it('is refused to social workers and partners', async () => {
    const worker = await t.login({ email: 'sociaal@ocmw-gent.demo' });
    expect((await t.request('/api/reports/cheques', { cookie: worker.cookie })).status).toBe(403);
    const coordinator = await t.login({ email: 'coordinator@ligo.demo' });
    expect((await t.request('/api/reports/cheques', { cookie: coordinator.cookie })).status).toBe(403);
  });
});

import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLogTable } from '../../ground/audit/audit.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;

const CSV = [
  'dossiernummer;voornaam;achternaam;geboortedatum;telefoon;taal;straat;postcode;gemeente',
  'IMP-1;Amira;Benali;1980-04-02;0470 11 22 33;ar;Dampoortstraat 5;9000;Gent',
  'IMP-2;Jan;Peeters;;09 266 00 00;NL;;;',
  'IMP-3;Olena;Kovalenko;1975-13-40;+31 6 1234;uk;;900;Gent',
  'IMP-1;Dubbel;Rij;;;nl;;;',
  ';Zonder;Dossier;;;nl;;;',
].join('\n');

const importCsv = (csv: string, dryRun: boolean, firstLine?: number) =>
  t.request('/api/clients/import', {
    method: 'POST',
    body: { csv, dryRun, ...(firstLine ? { firstLine } : {}) },
    cookie,
  });

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('POST /api/clients/import', () => {
  it('reports row by row in a dry run what would be refused and why, and writes nothing', async () => {
    const res = await importCsv(CSV, true);
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.totals).toEqual({ create: 2, update: 0, unchanged: 0, refused: 3 });
    expect(report.rows.map((row: { line: number; outcome: string }) => [row.line, row.outcome])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'refused'],
      [5, 'refused'],
      [6, 'refused'],
    ]);
    expect(report.rows[2].problems.map((problem: { field: string }) => problem.field).sort()).toEqual([
      'birthDate',
      'phone',
      'postcode',
    ]);
    expect(report.rows[3].problems).toEqual([{ field: 'fileNumber', code: 'duplicate_in_file' }]);
    expect(report.rows[4].problems[0].field).toBe('fileNumber');
    expect(await t.db.select().from(clientsTable).where(like(clientsTable.fileNumber, 'IMP-%'))).toHaveLength(
      0,
    );
  });

  it('imports the valid rows, audits them, and the same file twice changes nothing', async () => {
    const first = await (await importCsv(CSV, false)).json();
    expect(first.totals).toMatchObject({ create: 2, refused: 3 });
    const rows = await t.db.select().from(clientsTable).where(like(clientsTable.fileNumber, 'IMP-%'));
    expect(rows.map((row) => row.fileNumber).sort()).toEqual(['IMP-1', 'IMP-2']);
    expect(rows.find((row) => row.fileNumber === 'IMP-2')?.preferredLanguage).toBe('nl');
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(eq(auditLogTable.action, 'client.import_create'), eq(auditLogTable.purpose, 'client_import')),
      );
    expect(audit).toHaveLength(2);

    const second = await (await importCsv(CSV, false)).json();
    expect(second.totals).toEqual({ create: 0, update: 0, unchanged: 2, refused: 3 });
    expect(await t.db.select().from(clientsTable).where(like(clientsTable.fileNumber, 'IMP-%'))).toHaveLength(
      2,
    );
  });

  it('updates a known file number where a column changed', async () => {
    const csv = 'fileNumber,firstName,lastName,preferredLanguage,phone\nIMP-2,Jan,Peeters,nl,0470 99 88 77\n';
    const report = await (await importCsv(csv, false)).json();
    expect(report.rows[0]).toMatchObject({ outcome: 'update' });
    const [row] = await t.db.select().from(clientsTable).where(eq(clientsTable.fileNumber, 'IMP-2'));
    expect(row?.phone).toBe('0470 99 88 77');
  });

  it('updates only the columns the file has, and audits each update', async () => {
    const csv =
      'dossiernummer;voornaam;achternaam;taal;geboortedatum\nIMP-1;Amira;Benali;ar;1980-04-03\nIMP-2;Jan;Peeters;fr;\n';
    const report = await (await importCsv(csv, false)).json();
    expect(report.totals).toEqual({ create: 0, update: 2, unchanged: 0, refused: 0 });
    const rows = await t.db.select().from(clientsTable).where(like(clientsTable.fileNumber, 'IMP-%'));
    expect(rows.find((row) => row.fileNumber === 'IMP-1')).toMatchObject({
      birthDate: '1980-04-03',
      street: 'Dampoortstraat 5',
      city: 'Gent',
    });
    expect(rows.find((row) => row.fileNumber === 'IMP-2')).toMatchObject({
      preferredLanguage: 'fr',
      phone: '0470 99 88 77',
    });
    const audit = await auditRows(t.db, { action: 'client.import_update' });
    expect(audit.map((entry) => entry.resource)).toEqual(
      expect.arrayContaining(rows.map((row) => `client:${row.id}`)),
    );
  });

  it('numbers the rows of a later part of a large file by their line in the whole file', async () => {
    const csv = 'fileNumber,firstName,lastName,preferredLanguage\nIMP-9,A,B,xx\n';
    const report = await (await importCsv(csv, true, 1001)).json();
    expect(report.rows[0]).toMatchObject({
      line: 1002,
      outcome: 'refused',
      problems: [{ field: 'preferredLanguage', code: 'invalid_value' }],
    });
  });

  it('refuses a row it cannot read as CSV by its line and imports the rows after it', async () => {
    const csv = [
      'fileNumber,firstName,lastName,preferredLanguage',
      'IMP-Q1,"Ann "de" Smet",Peeters,nl',
      'IMP-Q2,"Lien',
      'Marie",Claes,nl',
    ].join('\r\n');
    const report = await (await importCsv(csv, true)).json();
    expect(report.rows).toEqual([
      { line: 2, fileNumber: null, outcome: 'refused', problems: [{ field: 'row', code: 'csv_unreadable' }] },
      { line: 3, fileNumber: 'IMP-Q2', outcome: 'create', problems: [] },
    ]);
  });

  it('refuses a file without the required columns', async () => {
    const res = await importCsv('name,phone\nAnn,0470 11 22 33', true);
    await expectRefusal(res, { status: 400, code: 'import.header_invalid' });
  });

  it('refuses partners', async () => {
    const { cookie: teacher } = await t.login({ email: 'lesgever@ligo.demo' });
    const res = await t.request('/api/clients/import', {
      method: 'POST',
      body: { csv: CSV, dryRun: true },
      cookie: teacher,
    });
    expect(res.status).toBe(403);
  });

  it('imports 3000 rows in one part quickly', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, index) => `BULK-${index},Voornaam${index},Achternaam,nl,Straat ${index},9000`,
    );
    const started = performance.now();
    const report = await (
      await importCsv(['fileNumber,firstName,lastName,language,street,postcode', ...lines].join('\n'), false)
    ).json();
    expect(report.totals.create).toBe(3000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

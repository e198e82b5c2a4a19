import type { ClientLanguage } from '@digipakket/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { CATALOGS, createTranslator } from '../../ground/printing/printing.i18n';
import { tenantBrandingTable } from '../../records/branding/branding.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { devicesTable } from '../../records/devices/devices.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { pdfText } from '../../roof/testing/pdf-text';
import type { TestApp } from '../../roof/testing/test-app';
import { chequesTable } from '../../tracks/cheques/cheques.tables';
import { enrolmentsTable } from '../../tracks/training/training.tables';

const squash = (value: string) => value.replace(/[\s\u00a0\u2066-\u2069]+/g, '');

let t: TestApp;
let cookie: string;
let clientId: string;

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  // A client with a laptop, an open cheque and a course: every part of the pack that names a phone.
  const [full] = await t.db
    .select({ clientId: enrolmentsTable.clientId, tenantId: clientsTable.tenantId })
    .from(enrolmentsTable)
    .innerJoin(clientsTable, eq(clientsTable.id, enrolmentsTable.clientId))
    .innerJoin(chequesTable, eq(chequesTable.clientId, enrolmentsTable.clientId))
    .innerJoin(devicesTable, eq(devicesTable.holderClientId, enrolmentsTable.clientId))
    .where(and(eq(chequesTable.status, 'issued'), eq(devicesTable.status, 'handed_out')))
    .limit(1);
  clientId = full!.clientId;
  // The welfare centre as the operator's commands leave it: nothing saved for its documents, no phone.
  await t.db.delete(tenantBrandingTable).where(eq(tenantBrandingTable.tenantId, full!.tenantId));
  await t.db.update(tenantsTable).set({ branding: {} }).where(eq(tenantsTable.id, full!.tenantId));
});

/**
 * Every sentence that names a phone, as it would read with the phone left out ("Bel Beego op ."):
 * a pattern with any name where the sentence has one, and nothing where the phone goes.
 */
function blanks(language: ClientLanguage): RegExp[] {
  const literal = (value: string) => value.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return Object.values(CATALOGS[language].messages)
    .filter((message) => message.includes('{phone}'))
    .map((message) => {
      const [before, after] = squash(message).split('{phone}') as [string, string];
      const pattern = `${before}${after.split('{')[0]}`
        .split(/\{\w+\}/)
        .map(literal)
        .join('[^.?!]{1,80}');
      return new RegExp(pattern);
    });
}

describe('documents of a welfare centre that has not given a phone number yet', () => {
  it.each(['nl', 'fr'] satisfies ClientLanguage[])(
    'print the cheques and the welcome pack without a blank where a number goes, saying whom to ask (%s)',
    async (language) => {
      const { t: text } = createTranslator({ language });
      for (const document of ['cheques.pdf', 'welcome-pack.pdf']) {
        const pdf = await documentText({ document, language });
        for (const blank of blanks(language)) expect(pdf, document).not.toMatch(blank);
        expect(pdf).toContain(squash(text('common.questionsNoPhone')));
        expect(pdf).toContain(squash(text('cheque.howToNoPhone', { name: 'Beego' })));
      }
      expect(await documentText({ document: 'welcome-pack.pdf', language })).toContain(
        squash(text('lessons.absentNoPhone')),
      );
    },
  );

  it('print the Arabic cheques and welcome pack without "the number" before an empty place', async () => {
    // pdf.js reads Arabic glyphs back only roughly (some letters lose their dots: الرقم comes back as
    // الرقم or الزقم), so this looks for what every sentence with an empty phone leaves: "the number ."
    for (const document of ['cheques.pdf', 'welcome-pack.pdf']) {
      const pdf = await documentText({ document, language: 'ar' });
      expect(pdf, document).not.toMatch(/ال[رز]قم\./);
      expect(pdf, document).toContain('Beego');
    }
  });
});

async function documentText({ document, language }: { document: string; language: ClientLanguage }) {
  const res = await t.request(`/api/clients/${clientId}/documents/${document}?language=${language}`, {
    cookie,
  });
  expect(res.status).toBe(200);
  return squash(await pdfText(await res.arrayBuffer(), { whiteSpace: 'keep' }));
}

import { CLIENT_LANGUAGE_CODES, type ClientLanguage } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../ground/printing/printing.i18n';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import {
  approvedIntake,
  equipClient,
  numberedClient,
  registerClient,
} from '../../roof/testing/approved-client';
import { pdfText } from '../../roof/testing/pdf-text';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let sequence = 0;

const squash = (value: string) => value.replace(/\s+/g, '').replaceAll('\u00a0', '');

/** Registers a client through the API, approves the intake, hands out a laptop and issues the cheques. */
async function equippedClient({ language }: { language: ClientLanguage }) {
  sequence += 1;
  const clientId = await registerClient({
    t,
    cookie,
    client: numberedClient({
      prefix: 'PAPER',
      n: sequence,
      firstName: 'Amina',
      lastName: 'Papier',
      preferredLanguage: language,
    }),
  });
  const { waves } = await (await t.request(`/api/clients/${clientId}/intake`, { cookie })).json();
  const room = (wave: { laptopCapacity: number; laptopsCommitted: number }) =>
    wave.laptopCapacity - wave.laptopsCommitted;
  const wave = [...waves].sort((a, b) => room(b) - room(a))[0];
  const approved = await t.request(`/api/clients/${clientId}/intake`, {
    method: 'PUT',
    body: approvedIntake({
      waveId: wave.id,
      ...(room(wave) > 0 ? {} : { overrideReason: 'Extra laptop gevonden' }),
    }),
    cookie,
  });
  expect(approved.status).toBe(200);
  await equipClient({ t, cookie, clientId, serial: `PAPER-DEV-${sequence}`, model: 'Papier' });
  const issued = await t.request(`/api/clients/${clientId}/cheques`, { method: 'POST', cookie });
  expect(issued.status).toBe(201);
  const { items } = (await issued.json()) as { items: { code: string; purpose: string }[] };
  const codeOf = (purpose: string) => squash(items.find((cheque) => cheque.purpose === purpose)!.code);
  return { clientId, installation: codeOf('installation'), free: codeOf('free') };
}

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe('the printed cheques', () => {
  it.each(CLIENT_LANGUAGE_CODES)(
    'print the installation cheque first, as "Cheque 1", with the text saying to use it first (%s)',
    async (language) => {
      const { clientId, installation, free } = await equippedClient({ language });
      const { t: text } = createTranslator({ language });
      for (const document of ['cheques.pdf', 'welcome-pack.pdf']) {
        const res = await t.request(`/api/clients/${clientId}/documents/${document}?language=${language}`, {
          cookie,
        });
        expect(res.status).toBe(200);
        const pdf = await pdfText(await res.arrayBuffer());
        // The codes are drawn left to right in every language: the first one printed is cheque 1.
        expect(pdf.indexOf(installation)).toBeGreaterThan(-1);
        expect(pdf.indexOf(free)).toBeGreaterThan(pdf.indexOf(installation));
        const first = pdf.indexOf(squash(text('cheque.purpose.installation')));
        const second = pdf.indexOf(squash(text('cheque.purpose.free')));
        // The extracted text keeps the sentences of every left-to-right script: each is on its own cheque.
        if (language !== 'ar' && language !== 'fa') {
          expect(first).toBeGreaterThan(-1);
          expect(first).toBeGreaterThan(
            pdf.indexOf(squash(text('cheque.number', { number: '1', total: '2' }))),
          );
          expect(second).toBeGreaterThan(first);
          expect(first).toBeLessThan(pdf.indexOf(installation));
          expect(second).toBeGreaterThan(pdf.indexOf(installation));
        }
      }
    },
  );
});

describe('the welcome pack', () => {
  it('names the Digibuddy of a client who has one, with how to reach them', async () => {
    const { clientId } = await equippedClient({ language: 'nl' });
    const { t: text } = createTranslator({ language: 'nl' });
    const before = await pdfText(
      await (
        await t.request(`/api/clients/${clientId}/documents/welcome-pack.pdf`, { cookie })
      ).arrayBuffer(),
    );
    expect(before).not.toContain(squash(text('overview.buddy.title')));
    // The programme offers the Digibuddy variation (a setting of the admin's).
    await t.db.update(programmesTable).set({
      settings: sql`jsonb_set(${programmesTable.settings}, '{variations,digibuddy}', 'true'::jsonb, true)`,
    });
    const paired = await t.request(`/api/clients/${clientId}/guidance/buddy-pairings`, {
      method: 'POST',
      body: {
        buddyName: 'Mieke Vrijwilliger',
        buddyPhone: '0470 12 34 56',
        buddyEmail: 'mieke@example.org',
        frequency: 'weekly',
        startedOn: '2025-03-10',
        agreedEndOn: '2025-09-10',
      },
      cookie,
    });
    expect(paired.status).toBe(201);
    for (const language of CLIENT_LANGUAGE_CODES) {
      const res = await t.request(
        `/api/clients/${clientId}/documents/welcome-pack.pdf?language=${language}`,
        {
          cookie,
        },
      );
      const pdf = await pdfText(await res.arrayBuffer());
      expect(pdf).toContain('MiekeVrijwilliger');
      expect(pdf).toContain('0470123456');
      expect(pdf).toContain('mieke@example.org');
      if (language !== 'ar' && language !== 'fa') {
        expect(pdf).toContain(squash(createTranslator({ language }).t('overview.buddy.title')));
      }
    }
  });
});

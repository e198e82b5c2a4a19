import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENT_LANGUAGE_CODES, type ClientLanguage, generateChequeCode } from '@digipakket/domain';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../ground/printing/printing.i18n';
import { firstPageImage, qrCodeInRows } from '../../roof/testing/pdf-image';
import { pdfPages } from '../../roof/testing/pdf-text';
import { renderCheques } from './cheques.document';
import { SAMPLE_BRANDING, SAMPLE_CHEQUE_CODES, samplePack } from './documents.samples';
import type { RenderArgs } from './documents.types';
import { renderHelpNearby } from './help-nearby.document';
import { renderLessonPlan } from './lesson-plan.document';
import { renderReceipt } from './receipt.document';
import { renderWelcomePack } from './welcome-pack.document';

/** Every page, and the whole, with every item pdf.js reads on a line of its own. */
async function pdfText(pdf: Buffer): Promise<{ pages: string[]; all: string }> {
  const pages = await pdfPages(pdf, { itemSeparator: '\n' });
  return { pages, all: pages.join('\n') };
}

/** The text of a document rendered by `render` in `language` with the sample branding. */
async function printedText<Data>(
  render: (args: RenderArgs<Data>) => Promise<Buffer>,
  data: Data,
  language: ClientLanguage,
): Promise<{ pages: string[]; all: string }> {
  return pdfText(await render({ data, language, branding: SAMPLE_BRANDING }));
}

// Noto Sans Arabic draws several letters from one dotless shape plus dots, so the text layer
// pdf.js reads can name a sibling letter (ر for ز); comparing letter skeletons still proves
// the right words are there, in reading order.
const SKELETON: Array<[RegExp, string]> = [
  [/[بتثنيیىپئ]/g, 'ب'],
  [/[جحخچ]/g, 'ح'],
  [/[دذ]/g, 'د'],
  [/[رزژ]/g, 'ر'],
  [/[سش]/g, 'س'],
  [/[صض]/g, 'ص'],
  [/[طظ]/g, 'ط'],
  [/[عغ]/g, 'ع'],
  [/[فق]/g, 'ف'],
  [/[هةۀ]/g, 'ه'],
  [/[كکگ]/g, 'ك'],
  [/[اأإآٱ]/g, 'ا'],
  [/[وؤ]/g, 'و'],
];

function arabicSkeleton(text: string): string {
  let letters = text.replace(/[^\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0]/g, '');
  for (const [pattern, replacement] of SKELETON) letters = letters.replace(pattern, replacement);
  return letters;
}

/**
 * Whether extracted PDF text contains a phrase, whatever the script. pdf.js returns the pieces of
 * a right-to-left line left to right, so for Arabic and Persian every word must be there.
 */
function containsPhrase(text: string, phrase: string, language: ClientLanguage): boolean {
  if (language === 'ar' || language === 'fa') {
    const haystack = arabicSkeleton(text);
    const words = phrase
      .split(/[\s\u200c]+/)
      .map(arabicSkeleton)
      .filter((word) => word.length >= 2);
    return words.length > 0 && words.every((word) => haystack.includes(word));
  }
  const squash = (value: string) => value.replace(/\s+/g, '');
  return squash(text).includes(squash(phrase));
}

const SCRIPT: Record<ClientLanguage, RegExp> = {
  nl: /[a-z]/,
  fr: /[éèàç]/,
  en: /[a-z]/,
  ar: /[\u0600-\u06ff]/,
  tr: /[şğıİ]/,
  bg: /[\u0400-\u04ff]/,
  ro: /[ăâîșț]/,
  pl: /[ąćęłńóśźż]/,
  sk: /[áäčďéíľĺňóôŕšťúýž]/,
  uk: /[іїєґ]/,
  ru: /[\u0400-\u04ff]/,
  fa: /[\u06cc\u06a9\u067e\u0686\u06af]/,
};

const sample = samplePack();

describe('client documents in the client language', () => {
  it.each(CLIENT_LANGUAGE_CODES)(
    'prints the %s receipt with its heading, the serial and the Dutch text for the file',
    async (language) => {
      const { all } = await printedText(renderReceipt, sample.receipt!, language);
      const { t } = createTranslator({ language });
      const { t: tNl } = createTranslator({ language: 'nl' });
      expect(containsPhrase(all, t('receipt.title'), language)).toBe(true);
      expect(containsPhrase(all, t('receipt.agreements'), language)).toBe(true);
      expect(all).toContain('PF4XK2M9');
      expect(all).toContain('Lenovo ThinkPad E14 Gen 5');
      expect(all).toMatch(SCRIPT[language]);
      expect(containsPhrase(all, tNl('receipt.care'), 'nl')).toBe(true);
      expect(containsPhrase(all, 'Handtekening van de cliënt', 'nl')).toBe(true);
    },
  );

  it('prints the Dutch agreements only once for a Dutch client', async () => {
    const { all } = await printedText(renderReceipt, sample.receipt!, 'nl');
    expect(all.split('Kies een wachtwoord').length - 1).toBe(1);
  });

  it('keeps a phone number in Arabic text left to right', async () => {
    const { all } = await printedText(renderReceipt, sample.receipt!, 'ar');
    expect(all).toContain('09 244 00 00');
    expect(all).not.toContain('00 00 244 09');
  });

  it('prints a loan with its return date and every kind of appointment', async () => {
    const pdf = await renderReceipt({
      data: {
        ...sample.receipt!,
        tenure: { kind: 'loan', returnBy: new Date('2026-06-30T10:00:00Z') },
        appointments: [
          {
            kind: 'installation_visit',
            at: new Date('2025-03-20T13:00:00Z'),
            contact: { name: 'Beego', phone: '092440000' },
          },
          { kind: 'social_worker', at: new Date('2025-05-06T08:00:00Z') },
        ],
      },
      language: 'en',
      branding: SAMPLE_BRANDING,
    });
    const { all } = await pdfText(pdf);
    for (const phrase of [
      'You borrow the laptop from OCMW Gent.',
      'Give the laptop back on June 30, 2026 at the latest.',
      'A student from Beego will set up the laptop at your home on Thursday, March 20, 2025.',
      'You have a meeting with your social worker on Tuesday, May 6, 2025.',
      'U leent de laptop van OCMW Gent.',
    ]) {
      expect(containsPhrase(all, phrase, 'en')).toBe(true);
    }
  });

  it('draws the signatures signed on screen instead of empty lines', async () => {
    const png = new PNG({ width: 40, height: 20 });
    png.data.fill(0);
    const signature = PNG.sync.write(png);
    const unsigned = await renderReceipt({
      data: sample.receipt!,
      language: 'nl',
      branding: SAMPLE_BRANDING,
    });
    const signed = await renderReceipt({
      data: {
        ...sample.receipt!,
        signatures: {
          clientPng: signature,
          socialWorkerPng: signature,
          signedAt: new Date('2025-03-12T10:00:00Z'),
        },
      },
      language: 'nl',
      branding: SAMPLE_BRANDING,
    });
    expect(signed.toString('latin1')).toContain('/Subtype /Image');
    expect(unsigned.toString('latin1')).not.toContain('/Subtype /Image');
    expect((await pdfText(signed)).all).toContain('Getekend op 12 maart 2025');
  });

  it.each(CLIENT_LANGUAGE_CODES)(
    'prints the %s cheques with code, validity and the partner phone',
    async (language) => {
      const { all } = await printedText(renderCheques, sample.cheques!, language);
      const { t } = createTranslator({ language });
      expect(containsPhrase(all, t('cheque.purpose.installation'), language)).toBe(true);
      expect(all.replace(/[\s-]/g, '')).toContain(SAMPLE_CHEQUE_CODES[0]);
      expect(all.replace(/[\s-]/g, '')).toContain(SAMPLE_CHEQUE_CODES[1]);
      expect(all).toContain('09 244 00 00');
      expect(all).toMatch(SCRIPT[language]);
    },
  );

  it.each(CLIENT_LANGUAGE_CODES)(
    'prints the %s lesson plan with every session, the place and what to bring',
    async (language) => {
      const { all } = await printedText(renderLessonPlan, sample.lessonPlan!, language);
      const { t } = createTranslator({ language });
      expect(containsPhrase(all, t('lessons.bring.charger'), language)).toBe(true);
      expect(all).toContain('Sint-Salvatorstraat 16');
      expect(all).toContain('Tram 1 of bus 3, halte Gent Dampoort');
      expect(all).toMatch(SCRIPT[language]);
    },
  );

  it('lists the three sessions with Brussels times', async () => {
    const { all } = await printedText(renderLessonPlan, sample.lessonPlan!, 'nl');
    expect(all).toContain('Les 1: woensdag 2 april 2025, van 09:30 tot 12:30');
    expect(all).toContain('Les 3: woensdag 16 april 2025, van 09:30 tot 12:30');
  });

  it.each(CLIENT_LANGUAGE_CODES)(
    'prints the %s list of nearby Digipunten with hours and languages',
    async (language) => {
      const { all } = await printedText(renderHelpNearby, sample.helpNearby, language);
      for (const point of sample.helpNearby.points) expect(all).toContain(point.name);
      expect(all).toMatch(SCRIPT[language]);
    },
  );

  it('names the opening days and spoken languages in the client language', async () => {
    const { all } = await printedText(renderHelpNearby, sample.helpNearby, 'tr');
    expect(all).toContain('Arapça');
    expect(all).toMatch(/Pzt|Cum/);
  });

  it('tells the client to ask the social worker when no Digipunt is known', async () => {
    const { all } = await printedText(renderHelpNearby, { points: [] }, 'en');
    expect(all).toContain('Ask your social worker where the nearest Digipunt is.');
  });

  it.each(CLIENT_LANGUAGE_CODES)(
    'puts the %s welcome pack in the order of use, overview first',
    async (language) => {
      const { pages } = await printedText(renderWelcomePack, sample, language);
      const { t } = createTranslator({ language });
      const pageOf = (phrase: string) => pages.findIndex((page) => containsPhrase(page, phrase, language));
      expect(pageOf(t('overview.title'))).toBe(0);
      const order = [
        pageOf(t('receipt.declaration')),
        pageOf(t('cheque.student')),
        pageOf(t('lessons.bring.eid')),
        pageOf(t('help.intro')),
      ];
      expect(order.every((index) => index > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    },
  );

  it('prints the tenant branding on every page', async () => {
    const pdf = await renderWelcomePack({
      data: samplePack(),
      language: 'fr',
      branding: {
        name: 'CPAS de Liège',
        contactPhone: '04 220 58 11',
        footer: 'CPAS de Liège, Place Saint-Jacques 13',
      },
    });
    const { pages } = await pdfText(pdf);
    for (const page of pages) {
      expect(page).toContain('CPAS de Liège');
      expect(page).toContain('04 220 58 11');
    }
  });

  it('leaves out the parts the client package does not include', async () => {
    const { receipt: _receipt, cheques: _cheques, lessonPlan: _lessonPlan, ...laptopOnly } = samplePack();
    const { pages } = await printedText(renderWelcomePack, laptopOnly, 'nl');
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toContain('Hulp aan huis');
    expect(pages[1]).toContain('Hulp in de buurt: Digipunten');
  });
});

describe('the QR code on a printed cheque', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cheque-qr-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  function rasterise(pdf: Buffer, name: string): PNG {
    const path = join(folder, `${name}.pdf`);
    writeFileSync(path, pdf);
    return firstPageImage(path);
  }

  function decodeBand(png: PNG, from: number, to: number): string | undefined {
    return qrCodeInRows(png, { top: Math.floor(png.height * from), bottom: Math.floor(png.height * to) })
      ?.data;
  }

  it.each(['nl', 'ar'] as const)('decodes to the cheque code (%s)', async (language) => {
    const pdf = await renderCheques({
      data: { cheques: [sample.cheques!.cheques[0]!] },
      language,
      branding: SAMPLE_BRANDING,
    });
    expect(decodeBand(rasterise(pdf, `single-${language}`), 0, 1)).toBe(SAMPLE_CHEQUE_CODES[0]);
  });

  it('decodes each of three cheques on one page to its own code', async () => {
    const codes = [3, 5, 9].map(
      (seed) => generateChequeCode({ randomBytes: new Uint8Array(16).fill(seed) }).code,
    );
    const pdf = await renderCheques({
      data: { cheques: codes.map((code) => ({ ...sample.cheques!.cheques[1]!, code })) },
      language: 'uk',
      branding: SAMPLE_BRANDING,
    });
    const png = rasterise(pdf, 'three');
    const top = 72 / 841.89;
    const slot = (1 - top - 64 / 841.89) / 3;
    expect([0, 1, 2].map((index) => decodeBand(png, top + index * slot, top + (index + 1) * slot))).toEqual(
      codes,
    );
  });

  it('encodes a redeem link instead of the bare code when one is given', async () => {
    const cheque = {
      ...sample.cheques!.cheques[0]!,
      qrText: `https://digipakket.example/beego/redeem#${SAMPLE_CHEQUE_CODES[0]}`,
    };
    const pdf = await renderCheques({
      data: { cheques: [cheque] },
      language: 'nl',
      branding: SAMPLE_BRANDING,
    });
    expect(decodeBand(rasterise(pdf, 'link'), 0, 1)).toBe(cheque.qrText);
  });
});

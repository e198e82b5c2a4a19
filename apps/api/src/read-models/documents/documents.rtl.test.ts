import { CLIENT_LANGUAGE_CODES, type ClientLanguage, scriptDirection } from '@digipakket/domain';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { formatBelgianPhone } from '../../ground/printing/printing.format';
import type { Branding } from '../../ground/printing/printing.types';
import { renderCheques } from './cheques.document';
import { SAMPLE_CHEQUE_CODES, samplePack } from './documents.samples';
import type { RenderArgs, WelcomePackInput } from './documents.types';
import { renderHelpNearby } from './help-nearby.document';
import { renderLessonPlan } from './lesson-plan.document';
import { renderReceipt } from './receipt.document';
import { renderWelcomePack } from './welcome-pack.document';

type Item = { text: string; x: number; right: number; y: number };

/**
 * Each page's lines as they are seen, left to right: pdf.js gives every drawn run with its
 * position, so a run placed on the wrong side of its neighbour shows here as it shows on paper.
 */
async function visualLines(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true })
    .promise;
  const lines: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const rows: Item[][] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str.trim() === '') continue;
      const item = {
        text: raw.str,
        x: raw.transform[4] as number,
        right: (raw.transform[4] as number) + raw.width,
        y: raw.transform[5] as number,
      };
      const row = rows.find((candidate) => Math.abs(candidate[0]!.y - item.y) < 1.5);
      if (row) row.push(item);
      else rows.push([item]);
    }
    for (const row of rows) {
      row.sort((a, b) => a.x - b.x);
      let line = '';
      row.forEach((item, index) => {
        const gap = index === 0 ? 0 : item.x - row[index - 1]!.right;
        line += (gap > 1 ? ' ' : '') + item.text;
      });
      lines.push(line.replace(/[\s\u00a0]+/g, ' ').trim());
    }
  }
  await document.destroy();
  return lines;
}

/** Whether a value is printed left to right in one piece on one line. */
function printedInOrder(lines: string[], value: string): boolean {
  return lines.some((line) => line.includes(value));
}

/** Whether a cheque code is printed in order (it is drawn one character per box, in groups). */
function codePrintedInOrder(lines: string[], code: string): boolean {
  return lines.some((line) => line.replace(/[\s-]/g, '').includes(code));
}

const RTL_LANGUAGES = CLIENT_LANGUAGE_CODES.filter((language) => scriptDirection(language) === 'rtl');

// The welfare centre's own texts as an admin types them: a footer that starts with its switchboard's
// number (no letter before it to say which way it runs) and a web address.
const BRANDING: Branding = {
  name: 'OCMW Gent',
  contactPhone: '09 266 99 00',
  contactEmail: 'digipakket@ocmw.gent.example',
  footer: '09 266 00 00 · https://www.ocmw.gent.example/digipakket',
  address: 'Onderbergen 86, 9000 Gent',
};

function clientData(): WelcomePackInput {
  const pack = samplePack();
  const homeHelp = { name: 'Beego', phone: '09 244 00 00' };
  pack.receipt!.technicalHelp = homeHelp;
  pack.receipt!.appointments = [{ kind: 'installation_visit', contact: homeHelp }];
  for (const cheque of pack.cheques!.cheques) cheque.partner = homeHelp;
  pack.lessonPlan!.location.street = 'Sint-Salvatorstraat 12B';
  const [first, ...others] = pack.helpNearby.points;
  pack.helpNearby.points = [
    { ...first!, street: 'Sleepstraat 61B', openingHours: '09:00-12:00 / 13:00-17:00' },
    ...others,
  ];
  return pack;
}

const data = clientData();
const points = data.helpNearby.points;

const ON_EVERY_PAGE = [
  '09 266 99 00',
  '09 266 00 00',
  'digipakket@ocmw.gent.example',
  'https://www.ocmw.gent.example/digipakket',
  'Onderbergen 86, 9000 Gent',
];

const DOCUMENTS: Array<{
  name: string;
  render: (args: RenderArgs<WelcomePackInput>) => Promise<Buffer>;
  values: string[];
  codes: string[];
}> = [
  {
    name: 'receipt',
    render: (args) => renderReceipt({ ...args, data: args.data.receipt! }),
    values: ['09 244 00 00', 'PF4XK2M9', 'Lenovo ThinkPad E14 Gen 5', '12 maart 2025'],
    codes: [],
  },
  {
    name: 'cheques',
    render: (args) => renderCheques({ ...args, data: args.data.cheques! }),
    values: ['09 244 00 00'],
    codes: [...SAMPLE_CHEQUE_CODES],
  },
  {
    name: 'lesson plan',
    render: (args) => renderLessonPlan({ ...args, data: args.data.lessonPlan! }),
    values: ['Sint-Salvatorstraat 12B', '9000 Gent', 'Tram 1 of bus 3', '09 265 90 40'],
    codes: [],
  },
  {
    name: 'help nearby',
    render: (args) => renderHelpNearby({ ...args, data: args.data.helpNearby }),
    values: [
      'Sleepstraat 61B, 9000 Gent',
      '09:00-12:00 / 13:00-17:00',
      ...points.flatMap((point) => (point.phone ? [formatBelgianPhone({ phone: point.phone })] : [])),
    ],
    codes: [],
  },
  {
    name: 'welcome pack',
    render: renderWelcomePack,
    values: [
      '09 244 00 00',
      'PF4XK2M9',
      '12 maart 2025',
      'Sint-Salvatorstraat 12B',
      '09 265 90 40',
      'Sleepstraat 61B, 9000 Gent',
    ],
    codes: [...SAMPLE_CHEQUE_CODES],
  },
];

const CASES = RTL_LANGUAGES.flatMap((language) => DOCUMENTS.map((document) => ({ language, ...document })));

/** The day and year of a date as the language prints them (its own digits). */
function dayAndYear(date: Date, language: ClientLanguage): { day: string; year: string } {
  const parts = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
    calendar: 'gregory',
  }).formatToParts(date);
  return {
    day: parts.find((part) => part.type === 'day')!.value,
    year: parts.find((part) => part.type === 'year')!.value,
  };
}

describe('numbers, codes and addresses in right-to-left documents', () => {
  it('covers every right-to-left client language', () => {
    expect(RTL_LANGUAGES).toEqual(expect.arrayContaining(['ar', 'fa']));
  });

  it.each(CASES)(
    'prints every phone number, code, address, e-mail and web address of the $language $name in its own order',
    async ({ language, render, values, codes }) => {
      const lines = await visualLines(await render({ data, language, branding: BRANDING }));
      const missing = [...ON_EVERY_PAGE, ...values].filter((value) => !printedInOrder(lines, value));
      const missingCodes = codes.filter((code) => !codePrintedInOrder(lines, code));
      expect({ missing, missingCodes }).toEqual({ missing: [], missingCodes: [] });
    },
  );

  it.each(RTL_LANGUAGES)(
    'writes the %s dates from right to left with their digits in order, day first',
    async (language) => {
      const lines = await visualLines(
        await renderLessonPlan({ data: data.lessonPlan!, language, branding: BRANDING }),
      );
      for (const session of data.lessonPlan!.sessions) {
        const { day, year } = dayAndYear(session.startsAt, language);
        // Read from the right, the day comes before the year: on the line, the year is to its left.
        const pattern = new RegExp(`${year}\\D*[^\\d\\s]\\D*\\s${day}(\\D|$)`);
        expect(lines.some((line) => pattern.test(line))).toBe(true);
      }
    },
  );
});

import { inflateSync } from 'node:zlib';
import { OUTCOME_CATALOGUE, OUTCOME_PICTOGRAMS, type OutcomePictogramName } from '@digipakket/domain';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { SAMPLE_BRANDING } from '../documents/documents.samples';
import { renderOutcomeQuestionnaire } from './outcome-questionnaire.document';

/** Every content stream of a PDF, inflated: the drawing operators as the PDF holds them. */
function contentOf(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // An image or a font, not a page's content.
    }
  }
  return streams.join('\n');
}

/** The path operators pdfkit writes for one drawing on a page of its own: what the questionnaire must hold. */
function pathOperators(name: OutcomePictogramName): string {
  const doc = new PDFDocument({ compress: false, size: 'A4', margin: 0 });
  doc.path(OUTCOME_PICTOGRAMS[name]).stroke();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  doc.end();
  const lines = Buffer.concat(chunks).toString('latin1').split('\n');
  return lines.filter((line) => /^[\d.\s-]+ [mlch]$/.test(line)).join('\n');
}

/** Where each pictogram is placed: the x of the translation that precedes its scaling. */
function pictogramOffsets(content: string): number[] {
  return [...content.matchAll(/1 0 0 1 ([\d.]+) [\d.]+ cm\n1\.25 0 0 1\.25 0 0 cm/g)].map((match) =>
    Number(match[1]),
  );
}

const render = (language: 'nl' | 'ar') =>
  renderOutcomeQuestionnaire({
    language,
    items: OUTCOME_CATALOGUE,
    round: 'end',
    roundLabel: 'Einde',
    clientName: 'Amina El Idrissi',
    branding: SAMPLE_BRANDING,
  });

describe('the printed questionnaire', () => {
  it('draws beside every item the line drawing its catalogue entry names', async () => {
    const content = contentOf(await render('nl'));
    for (const item of OUTCOME_CATALOGUE) {
      expect(content, `${item.id} (${item.pictogram})`).toContain(pathOperators(item.pictogram));
    }
    expect(pictogramOffsets(content)).toHaveLength(OUTCOME_CATALOGUE.length);
  });

  it('puts the drawings at the reading start: the left margin in Dutch, the right margin in Arabic', async () => {
    const dutch = pictogramOffsets(contentOf(await render('nl')));
    const arabic = pictogramOffsets(contentOf(await render('ar')));
    expect(new Set(dutch)).toEqual(new Set([50]));
    expect(arabic).toHaveLength(OUTCOME_CATALOGUE.length);
    for (const x of arabic) expect(x).toBeCloseTo(595.28 - 50 - 30, 1);
  });
});

import { describe, expect, it } from 'vitest';
import { createTranslator } from './printing.i18n';
import { isolateFor, layoutText, ltr, orderLine } from './printing.text';

// One point per character: layout becomes predictable without a PDF.
const measure = (text: string) => Array.from(text).length;

function visual(line: string, direction: 'ltr' | 'rtl') {
  return orderLine({ line, direction, bold: false, size: 10, measure }).runs;
}

describe('ordering a line for drawing', () => {
  it('draws a Dutch line as one run, as written', () => {
    const runs = visual('Bel Beego op 09 244 00 00.', 'ltr');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      text: 'Bel Beego op 09 244 00 00.',
      face: 'latin',
      rtl: false,
      features: false,
    });
  });

  it('places the runs of an Arabic sentence from right to left with the Latin name and phone number left to right', () => {
    const runs = visual(`اتصل بـ Beego على الرقم ${ltr('09\u00a0244\u00a000\u00a000')}.`, 'rtl');
    expect(runs.map((run) => run.logical)).toEqual([
      '.',
      '09\u00a0244\u00a000\u00a000',
      ' على الرقم ',
      'Beego',
      'اتصل بـ ',
    ]);
    const phone = runs[1]!;
    expect(phone).toMatchObject({ text: '09\u00a0244\u00a000\u00a000', rtl: false, face: 'latin' });
    expect(runs[3]).toMatchObject({ text: 'Beego', rtl: false, face: 'latin' });
  });

  it('hands Arabic runs to the shaper in reading order, with features so the whole run is shaped and reversed at once', () => {
    const [run] = visual('مرحبا بكم', 'rtl');
    expect(run).toMatchObject({ text: 'مرحبا بكم', face: 'arabic', rtl: true, features: true });
  });

  it('reverses a run of Persian digits so the shaper, which reverses Arabic script, prints them in order', () => {
    const runs = visual('۱۲ مارس ۲۰۲۵', 'rtl');
    const year = runs.find((run) => run.logical === '۲۰۲۵');
    expect(year).toMatchObject({ text: '۵۲۰۲', rtl: false, face: 'arabic' });
    expect(runs.map((run) => run.logical)).toEqual(['۲۰۲۵', ' مارس ', '۱۲']);
  });

  it('mirrors brackets in right-to-left text', () => {
    const runs = visual('نقطة (Digipunt) قريبة', 'rtl');
    // Read from the right: نقطة, an opening bracket facing Digipunt, Digipunt, a closing bracket, قريبة.
    expect(runs.map((run) => run.logical).join('|')).toBe('( قريبة|Digipunt|نقطة )');
  });

  it('drops the invisible direction marks from what is drawn', () => {
    const runs = visual(`Code ${ltr('AB-12')}`, 'ltr');
    expect(runs.map((run) => run.text).join('')).toBe('Code AB-12');
  });

  it('keeps an Arabic client name in a Dutch line in the Arabic font', () => {
    const runs = visual('Welkom, سميرة حداد!', 'ltr');
    expect(runs.map((run) => [run.logical, run.face])).toEqual([
      ['Welkom, ', 'latin'],
      ['سميرة حداد', 'arabic'],
      ['!', 'latin'],
    ]);
  });
});

describe('breaking text into lines', () => {
  /** Lays out left-to-right text at size 10 in a box `width` wide. */
  const layoutLine = (text: string, width: number) =>
    layoutText({ text, style: { size: 10 }, width, direction: 'ltr', measure });

  it('never makes a line wider than the box', () => {
    const block = layoutLine(
      'Zorg goed voor de laptop. Houd hem droog en proper. Gebruik alleen de lader die u bij de laptop krijgt.',
      30,
    );
    expect(block.lines.length).toBeGreaterThan(3);
    for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(30);
    expect(block.height).toBe(block.lines.length * block.lineHeight);
  });

  it('keeps a phone number with non-breaking spaces on one line', () => {
    const block = layoutLine(`Bel Beego op ${ltr('09\u00a0244\u00a000\u00a000')} voor een afspraak.`, 20);
    const lines = block.lines.map((line) => line.runs.map((run) => run.text).join(''));
    expect(lines.some((line) => line.includes('09\u00a0244\u00a000\u00a000'))).toBe(true);
  });

  it('cuts a word longer than the line', () => {
    const block = layoutLine('x'.repeat(25), 10);
    expect(block.lines.map((line) => line.width)).toEqual([10, 10, 5]);
  });

  it('keeps hard line breaks', () => {
    const block = layoutLine('ma: 09:00\nza: 10:00', 100);
    expect(block.lines).toHaveLength(2);
  });

  it('gives Arabic lines more room than Latin ones', () => {
    const latin = layoutText({ text: 'a', style: { size: 10 }, width: 100, direction: 'ltr', measure });
    const arabic = layoutText({ text: 'ب', style: { size: 10 }, width: 100, direction: 'rtl', measure });
    expect(arabic.lineHeight).toBeGreaterThan(latin.lineHeight);
  });
});

describe('values put into right-to-left sentences', () => {
  it('keeps a phone number written with plain spaces in one left-to-right piece in an Arabic sentence', () => {
    const { t } = createTranslator({ language: 'ar' });
    const runs = visual(t('receipt.problem.text', { name: 'Beego', phone: '09 244 00 00' }), 'rtl');
    const digits = runs.filter((run) => /\d/.test(run.logical));
    expect(digits.map((run) => run.logical)).toEqual(['09 244 00 00']);
    expect(digits[0]).toMatchObject({ rtl: false });
  });

  it('keeps an address that starts with its number in its own order on an Arabic page', () => {
    const runs = visual(isolateFor('12B Sleepstraat, 9000 Gent', 'rtl'), 'rtl');
    expect(runs.map((run) => run.text).join('')).toBe('12B Sleepstraat, 9000 Gent');
  });

  it('leaves an Arabic value in an Arabic sentence and a Dutch one in a Dutch sentence as they are', () => {
    expect(isolateFor('سميرة حداد', 'rtl')).toBe('سميرة حداد');
    expect(isolateFor('09 244 00 00', 'ltr')).toBe('09 244 00 00');
    expect(isolateFor(ltr('09 244 00 00'), 'rtl')).toBe(ltr('09 244 00 00'));
  });
});

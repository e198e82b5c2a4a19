import { describe, expect, it } from 'vitest';
import { toCsv } from './reports.export';

const report = {
  columns: [
    { key: 'a', header: 'A' },
    { key: 'b', header: 'B' },
  ],
  rows: [
    { a: '=HYPERLINK("x")', b: -3 },
    { a: 'semi;colon, and "quotes"', b: 4 },
    { a: 'Café', b: 12.5 },
  ],
};

describe('CSV export', () => {
  it('neutralises text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
    const lines = toCsv(report).slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")";-3`);
  });

  it('quotes cells with separators or quotes', () => {
    const lines = toCsv(report).slice(1).split('\r\n');
    expect(lines[2]).toBe('"semi;colon, and ""quotes""";4');
  });

  it('writes what Excel in Belgium reads: semicolons, a decimal comma, UTF-8 with a byte order mark', () => {
    const csv = toCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('A;B');
    expect(lines[3]).toBe('Café;12,5');
  });
});

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
  ],
};

describe('CSV export', () => {
  it('neutralises text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
    const lines = toCsv(report).slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",-3`);
  });

  it('quotes cells with separators or quotes', () => {
    const lines = toCsv(report).slice(1).split('\r\n');
    expect(lines[2]).toBe('"semi;colon, and ""quotes""",4');
  });
});

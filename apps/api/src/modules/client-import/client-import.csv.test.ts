import { describe, expect, it } from 'vitest';
import { parseCsv } from './client-import.csv';

describe('parseCsv', () => {
  it('reads comma separated rows with quoted fields, doubled quotes and line breaks inside quotes', () => {
    const { header, rows } = parseCsv({ text: 'a,b\r\n"x, y","say ""hi"""\n\n"multi\nline",z\n' });
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['multi\nline', 'z'] },
    ]);
  });

  it('takes the semicolon from a header without commas, as Belgian spreadsheets export, and drops a BOM', () => {
    const { header, rows } = parseCsv({ text: '\uFEFFdossiernummer;voornaam\nG-1;Ann' });
    expect(header).toEqual(['dossiernummer', 'voornaam']);
    expect(rows).toEqual([{ line: 2, cells: ['G-1', 'Ann'] }]);
  });

  it('gives nothing for an empty file', () => {
    expect(parseCsv({ text: '' })).toEqual({ header: [], rows: [] });
  });
});

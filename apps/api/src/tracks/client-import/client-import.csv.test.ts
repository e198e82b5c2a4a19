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

  it('reads a CRLF line break inside quotes as LF and numbers the next row by the line it starts on', () => {
    const { header, rows } = parseCsv({ text: 'a;b\r\n"1";"two\r\nlines"\r\n3;4\r\n' });
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'two\nlines'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('reads lines ended by a lone CR, rows of any length and spaces around quoted fields', () => {
    const { header, rows } = parseCsv({ text: 'a,b,c\rx, "y" \r\r   ,  \rz\r' });
    expect(header).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([
      { line: 2, cells: ['x', 'y'] },
      { line: 5, cells: ['z'] },
    ]);
  });

  it('reports a record it cannot read by the line it starts on and reads on from the next line', () => {
    const { rows } = parseCsv({ text: 'a,b\nx,y\n"q"z,w\nc,"d\ne"\n"open,f\ng,h\n' });
    expect(rows).toEqual([
      { line: 2, cells: ['x', 'y'] },
      { line: 3, cells: [], problem: 'csv_unreadable' },
      { line: 4, cells: ['c', 'd\ne'] },
      { line: 6, cells: [], problem: 'csv_unreadable' },
    ]);
  });

  it('gives no header when the header line cannot be read', () => {
    expect(parseCsv({ text: '"a"b,c\nx,y\n' }).header).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { IMPORT_PART_ROWS, splitCsv } from './client-import.csv';

describe('splitCsv', () => {
  it('repeats the header in every part and numbers each part by its header line in the whole file', () => {
    const rows = Array.from({ length: IMPORT_PART_ROWS + 5 }, (_, index) => `F-${index},A,B,nl`);
    const { parts, rows: count } = splitCsv({
      text: ['fileNumber,firstName,lastName,language', ...rows].join('\r\n'),
    });
    expect(count).toBe(IMPORT_PART_ROWS + 5);
    expect(parts).toHaveLength(2);
    expect(parts[1]!.csv.split('\n')[0]).toBe('fileNumber,firstName,lastName,language');
    expect(parts[1]!.firstLine).toBe(IMPORT_PART_ROWS + 1);
  });

  it('keeps a quoted line break inside its row', () => {
    const { parts } = splitCsv({ text: 'a,b\n"x\ny",z\nq,r' });
    expect(parts[0]!.csv).toBe('a,b\n"x\ny",z\nq,r');
  });
});

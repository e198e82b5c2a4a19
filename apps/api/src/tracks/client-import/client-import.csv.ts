import { CsvError, parse } from 'csv-parse/sync';

/** A record of the file, with the line it starts on (header = line 1). */
export type CsvRow = {
  line: number;
  cells: string[];
  /** Set when the record could not be read (a quote not closed, text after a closing quote). */
  problem?: 'csv_unreadable';
};

const LINE_BREAK = /\n/g;

/** Where the text after the first `lines` lines starts. */
function offsetAfterLines({ text, lines }: { text: string; lines: number }): number {
  LINE_BREAK.lastIndex = 0;
  for (let seen = 0; seen < lines; seen += 1) {
    if (!LINE_BREAK.exec(text)) return text.length;
  }
  return LINE_BREAK.lastIndex;
}

/**
 * Reads CSV text as exported by spreadsheets and case systems: comma or semicolon separated (taken
 * from the header line), fields optionally in double quotes with `""` for a quote and line breaks
 * inside quotes (as LF), CRLF, LF or CR lines, a byte-order mark dropped. Returns the header and every
 * non-empty row with the line it starts on in the file (header = line 1). A record that cannot be
 * read comes back as a row with a `problem`, and reading goes on from the next line.
 */
export function parseCsv({ text }: { text: string }): { header: string[]; rows: CsvRow[] } {
  // One kind of line break, so the parser counts lines right (it counts a CRLF inside quotes twice).
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = source.slice(0, source.search(/\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: CsvRow[] = [];
  let rest = source;
  let linesBefore = 0;
  for (;;) {
    // The parser tells the line a record ends on; the next one starts on the line after it.
    let lastLine = 0;
    try {
      parse(rest, {
        delimiter,
        record_delimiter: '\n',
        relax_column_count: true,
        relax_quotes: true,
        trim: true,
        on_record: (cells: string[], { lines }) => {
          records.push({ line: linesBefore + lastLine + 1, cells });
          lastLine = lines;
          return null;
        },
      });
      break;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      records.push({ line: linesBefore + lastLine + 1, cells: [], problem: 'csv_unreadable' });
      // Going on after at least the record's first line, so each round reads further.
      const errorLine = Math.max(Number((error as { lines?: unknown }).lines) || 0, lastLine + 1);
      const offset = offsetAfterLines({ text: rest, lines: errorLine });
      if (offset >= rest.length) break;
      rest = rest.slice(offset);
      linesBefore += errorLine;
    }
  }
  const nonEmpty = records.filter(
    (record) => record.problem || record.cells.some((value) => value.trim() !== ''),
  );
  const [header, ...rows] = nonEmpty;
  return { header: header?.problem ? [] : (header?.cells ?? []).map((name) => name.trim()), rows };
}

/**
 * Reads CSV text as exported by spreadsheets and case systems: comma or semicolon separated (taken
 * from the header line), fields optionally in double quotes with `""` for a quote, CRLF or LF lines.
 * Returns the header and every non-empty row with its line number in the file (header = line 1).
 */
export function parseCsv({ text }: { text: string }): {
  header: string[];
  rows: { line: number; cells: string[] }[];
} {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line += 1;
      recordLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  const nonEmpty = records.filter((record) => record.cells.some((value) => value.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  return { header: (header?.cells ?? []).map((name) => name.trim()), rows };
}

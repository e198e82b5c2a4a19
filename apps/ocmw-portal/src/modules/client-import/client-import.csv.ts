/** Rows per request: small enough for the body limit and a visible progress, large enough to be quick. */
export const IMPORT_PART_ROWS = 1000;

/** A CSV file cut into parts that each start with the header line; quoted line breaks stay whole. */
export function splitCsv({ text }: { text: string }): {
  header: string;
  parts: { csv: string; firstLine: number }[];
  rows: number;
} {
  const lines: string[] = [];
  let current = '';
  let quotes = 0;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    current = current === '' ? line : `${current}\n${line}`;
    quotes += (line.match(/"/g) ?? []).length;
    if (quotes % 2 === 0) {
      lines.push(current);
      current = '';
      quotes = 0;
    }
  }
  if (current !== '') lines.push(current);
  const [header = '', ...body] = lines;
  const parts: { csv: string; firstLine: number }[] = [];
  let line = 1;
  for (let index = 0; index < body.length; index += IMPORT_PART_ROWS) {
    const chunk = body.slice(index, index + IMPORT_PART_ROWS);
    parts.push({ csv: [header, ...chunk].join('\n'), firstLine: line });
    line += chunk.reduce((sum, row) => sum + row.split('\n').length, 0);
  }
  return { header, parts, rows: body.filter((row) => row.trim() !== '').length };
}

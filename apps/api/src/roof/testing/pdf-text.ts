import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of every page of a PDF, in drawing order, as pdf.js reads it: the items of a page joined
 * by `itemSeparator` (nothing by default).
 */
export async function pdfPages(
  pdf: ArrayBuffer | Uint8Array,
  { itemSeparator = '' }: { itemSeparator?: string } = {},
): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true })
    .promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(itemSeparator));
  }
  await document.destroy();
  return pages;
}

/**
 * The text of a whole PDF, its pages on lines of their own. pdf.js splits runs arbitrarily, so by
 * default every white space is removed (`remove`); `fold` makes each run of it one space, `keep`
 * leaves it as read.
 */
export async function pdfText(
  pdf: ArrayBuffer | Uint8Array,
  { whiteSpace = 'remove' }: { whiteSpace?: 'remove' | 'fold' | 'keep' } = {},
): Promise<string> {
  const text = (await pdfPages(pdf)).join('\n');
  if (whiteSpace === 'keep') return text;
  return text.replace(/\s+/g, whiteSpace === 'fold' ? ' ' : '');
}

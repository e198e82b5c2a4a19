/**
 * A name as search and duplicate matching compare it: decomposed (NFD), without the combining
 * accent marks (U+0300–U+036F) and in lower case, so "José López" and "jose lopez" are the same.
 * The `clients.search_name` column applies the same steps in SQL (`normalize(…, NFD)`), so a query
 * normalised here meets the stored value.
 *
 * @example
 * normaliseNameForSearch('José López'); // 'jose lopez'
 * normaliseNameForSearch('Çağlar ŞİMŞEK'); // 'caglar simsek'
 */
export function normaliseNameForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * A Digipunten file's format for `POST /api/digipunten/import`: by its name (`.geojson` or `.json`
 * is GeoJSON, `.csv` is CSV), else by its type; anything else is read as CSV, whose check then says
 * what is wrong.
 */
export function digipuntenFormatOf({ name, type }: { name: string; type: string }): 'csv' | 'geojson' {
  if (/\.(geo)?json$/i.test(name)) return 'geojson';
  if (/\.csv$/i.test(name)) return 'csv';
  return /json/i.test(type) ? 'geojson' : 'csv';
}

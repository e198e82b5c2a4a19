import { type Digipunt, type DigipuntRowError, digipuntSchema } from './digipunten.schemas';

/** The CSV columns of a Digipunten directory, as documented in docs/digipunten-format.md. */
export const DIGIPUNT_COLUMNS = [
  'name',
  'street',
  'postcode',
  'city',
  'neighbourhood',
  'lat',
  'lon',
  'opening_hours',
  'languages',
  'phone',
] as const;

const REQUIRED_COLUMNS = ['name', 'street', 'postcode', 'city', 'opening_hours'] as const;

/** The result of reading a directory: the valid rows and, for every refused row, why. */
export type DigipuntImport = { rows: Digipunt[]; errors: DigipuntRowError[] };

type Record_ = { line: number; cells: string[] };

/** RFC 4180 records (quotes, doubled quotes, line breaks inside quotes), each with the line it starts on. */
function parseCsvRecords(text: string, delimiter: string): Record_[] {
  const records: Record_[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records.filter((record) => record.cells.some((value) => value.trim() !== ''));
}

function parseCoordinate(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  // Spreadsheets set to Dutch or French write decimal commas.
  const normalised = value.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

function parseLanguages(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((code) => (typeof code === 'string' ? code.trim().toLowerCase() : code));
  if (typeof value !== 'string') return value ?? [];
  return value
    .split(/[\s|,;/]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

function validate(
  row: number,
  candidate: Record<string, unknown>,
): { point?: Digipunt; errors: DigipuntRowError[] } {
  const parsed = digipuntSchema.safeParse(candidate);
  if (parsed.success) return { point: parsed.data, errors: [] };
  return {
    errors: parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const field = key === 'openingHours' ? 'opening_hours' : key;
      return {
        row,
        code: 'digipunten.invalid_row' as const,
        ...(field ? { field } : {}),
        message: `${field || 'row'} ${issue.message}`,
      };
    }),
  };
}

function coordinateErrors(row: number, values: Record<'lat' | 'lon', unknown>): DigipuntRowError[] {
  return (['lat', 'lon'] as const)
    .filter((field) => Number.isNaN(values[field]))
    .map((field) => ({
      row,
      code: 'digipunten.invalid_row' as const,
      field,
      message: `${field} is not a number`,
    }));
}

/**
 * Reads a Digipunten directory from CSV: a header row with the documented column names (any
 * order, extra columns ignored), comma or semicolon separated, UTF-8 with or without BOM.
 * Row numbers in errors are the lines of the file, the header being line 1.
 */
export function parseDigipuntenCsv({ csv }: { csv: string }): DigipuntImport {
  const text = csv.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [header, ...records] = parseCsvRecords(text, delimiter);
  if (!header) {
    return { rows: [], errors: [{ row: 1, code: 'digipunten.invalid_file', message: 'the file is empty' }] };
  }
  const columns = header.cells.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((name) => ({
        row: 1,
        code: 'digipunten.missing_column' as const,
        field: name,
        message: `the column ${name} is missing`,
      })),
    };
  }
  const rows: Digipunt[] = [];
  const errors: DigipuntRowError[] = [];
  for (const record of records) {
    const cell = (name: string) => {
      const index = columns.indexOf(name);
      return index === -1 ? undefined : record.cells[index];
    };
    const lat = parseCoordinate(cell('lat'));
    const lon = parseCoordinate(cell('lon'));
    const badCoordinates = coordinateErrors(record.line, { lat, lon });
    if (badCoordinates.length > 0) {
      errors.push(...badCoordinates);
      continue;
    }
    const result = validate(record.line, {
      name: cell('name') ?? '',
      street: cell('street') ?? '',
      postcode: cell('postcode') ?? '',
      city: cell('city') ?? '',
      neighbourhood: cell('neighbourhood'),
      lat,
      lon,
      openingHours: cell('opening_hours') ?? '',
      languages: parseLanguages(cell('languages') ?? ''),
      phone: cell('phone'),
    });
    if (result.point) rows.push(result.point);
    errors.push(...result.errors);
  }
  return { rows, errors };
}

/**
 * Reads a Digipunten directory from GeoJSON: a FeatureCollection of Point features whose
 * properties carry the CSV columns (languages as an array or a string). Row numbers in errors
 * count features from 1.
 */
export function parseDigipuntenGeoJson({ geojson }: { geojson: string | unknown }): DigipuntImport {
  let document: unknown = geojson;
  if (typeof geojson === 'string') {
    try {
      document = JSON.parse(geojson);
    } catch {
      return {
        rows: [],
        errors: [{ row: 1, code: 'digipunten.invalid_file', message: 'the file is not valid JSON' }],
      };
    }
  }
  const features = (document as { type?: unknown; features?: unknown } | null)?.features;
  if ((document as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    return {
      rows: [],
      errors: [
        { row: 1, code: 'digipunten.invalid_file', message: 'the file is not a GeoJSON FeatureCollection' },
      ],
    };
  }
  const rows: Digipunt[] = [];
  const errors: DigipuntRowError[] = [];
  features.forEach((feature: unknown, index) => {
    const row = index + 1;
    const geometry = (feature as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
    const coordinates = geometry?.coordinates;
    if (
      geometry?.type !== 'Point' ||
      !Array.isArray(coordinates) ||
      typeof coordinates[0] !== 'number' ||
      typeof coordinates[1] !== 'number'
    ) {
      errors.push({
        row,
        code: 'digipunten.invalid_row',
        field: 'geometry',
        message: 'geometry is not a Point [lon, lat]',
      });
      return;
    }
    const properties = ((feature as { properties?: unknown }).properties ?? {}) as Record<string, unknown>;
    const text = (name: string) => {
      const value = properties[name];
      return typeof value === 'number' ? String(value) : value;
    };
    const result = validate(row, {
      name: text('name') ?? '',
      street: text('street') ?? '',
      postcode: text('postcode') ?? '',
      city: text('city') ?? '',
      neighbourhood: text('neighbourhood') ?? undefined,
      lat: coordinates[1],
      lon: coordinates[0],
      openingHours: text('opening_hours') ?? '',
      languages: parseLanguages(properties.languages),
      phone: text('phone') ?? undefined,
    });
    if (result.point) rows.push(result.point);
    errors.push(...result.errors);
  });
  return { rows, errors };
}

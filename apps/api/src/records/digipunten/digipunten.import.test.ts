import { describe, expect, it } from 'vitest';
import { DEMO_DIGIPUNTEN_GENT } from './digipunten.demo';
import { parseDigipuntenCsv, parseDigipuntenGeoJson } from './digipunten.import';
import { digipuntSchema } from './digipunten.schemas';

const HEADER = 'name,street,postcode,city,neighbourhood,lat,lon,opening_hours,languages,phone';

describe('reading a Digipunten directory from CSV', () => {
  it('reads good rows with their coordinates, languages and opening hours', () => {
    const csv = [
      HEADER,
      'Digipunt Bibliotheek De Krook,Miriam Makebaplein 1,9000,Gent,Binnenstad,51.0479,3.7276,Mo-Fr 10:00-19:00; Sa 10:00-17:00,nl|fr|en,09 210 10 10',
      '"Wijkcentrum ""Rabot""",Opgeëistenlaan 455,9000,Gent,,,,"Mo-Th 09:00-12:00","nl, ar",',
    ].join('\r\n');
    const { rows, errors } = parseDigipuntenCsv({ csv });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      // The first place of the demo directory, every column filled.
      DEMO_DIGIPUNTEN_GENT[0],
      {
        name: 'Wijkcentrum "Rabot"',
        street: 'Opgeëistenlaan 455',
        postcode: '9000',
        city: 'Gent',
        openingHours: 'Mo-Th 09:00-12:00',
        languages: ['nl', 'ar'],
      },
    ]);
  });

  it('reads a semicolon-separated export with decimal commas, a BOM and columns in another order', () => {
    const csv =
      '\uFEFFcity;name;street;postcode;opening_hours;lat;lon;extra\nGent;Bib Ledeberg;Hundelgemsesteenweg 93;9050;Di 14-18;51,0372;3,7438;x\n';
    const { rows, errors } = parseDigipuntenCsv({ csv });
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ name: 'Bib Ledeberg', lat: 51.0372, lon: 3.7438, languages: [] });
  });

  it('refuses bad rows with their line number and reason, and keeps the good ones', () => {
    const csv = [
      HEADER,
      ',Straat 1,9000,Gent,,,,Mo 09:00-12:00,nl,',
      'Punt B,Straat 2,90000,Gent,,,,Mo 09:00-12:00,nl,',
      'Punt C,Straat 3,9000,Gent,,51.05,,Mo 09:00-12:00,nl,',
      'Punt D,Straat 4,9000,Gent,,noord,3.7,Mo 09:00-12:00,nl,',
      'Punt E,Straat 5,9000,Gent,,,,Mo 09:00-12:00,nederlands,',
      'Punt F,Straat 6,9000,Gent,,,,Mo 09:00-12:00,nl,',
    ].join('\n');
    const { rows, errors } = parseDigipuntenCsv({ csv });
    expect(rows.map((row) => row.name)).toEqual(['Punt F']);
    expect(errors.map((error) => [error.row, error.field, error.message])).toEqual([
      [2, 'name', 'name is empty'],
      [3, 'postcode', 'postcode is not a Belgian postcode (4 digits)'],
      [4, 'lat', 'lat lat and lon go together: give both or neither'],
      [5, 'lat', 'lat is not a number'],
      [6, 'languages', 'languages must be two-letter codes such as nl, fr, ar'],
    ]);
    expect(errors.every((error) => error.code === 'digipunten.invalid_row')).toBe(true);
  });

  it('counts lines inside quoted cells when numbering rows', () => {
    const csv = `${HEADER}\n"Punt A",Straat 1,9000,Gent,,,,"Mo 09:00-12:00\nop afspraak",nl,\nPunt B,Straat 2,9,Gent,,,,Mo 09:00-12:00,nl,\n`;
    const { rows, errors } = parseDigipuntenCsv({ csv });
    expect(rows[0]?.openingHours).toBe('Mo 09:00-12:00\nop afspraak');
    expect(errors.map((error) => error.row)).toEqual([4]);
  });

  it('names every required column that is missing', () => {
    const { rows, errors } = parseDigipuntenCsv({ csv: 'name,city\nA,Gent\n' });
    expect(rows).toEqual([]);
    expect(errors.map((error) => [error.code, error.field])).toEqual([
      ['digipunten.missing_column', 'street'],
      ['digipunten.missing_column', 'postcode'],
      ['digipunten.missing_column', 'opening_hours'],
    ]);
  });

  it('reports an empty file', () => {
    expect(parseDigipuntenCsv({ csv: '\n\n' }).errors[0]?.code).toBe('digipunten.invalid_file');
  });
});

describe('reading a Digipunten directory from GeoJSON', () => {
  const feature = (properties: Record<string, unknown>, coordinates: unknown = [3.7276, 51.0479]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties,
  });
  const good = {
    name: 'Digipunt De Krook',
    street: 'Miriam Makebaplein 1',
    postcode: 9000,
    city: 'Gent',
    neighbourhood: 'Binnenstad',
    opening_hours: 'Mo-Fr 10:00-19:00',
    languages: ['nl', 'FR'],
    phone: '09 210 10 10',
  };

  it('reads Point features, taking lat and lon from the geometry', () => {
    const { rows, errors } = parseDigipuntenGeoJson({
      geojson: JSON.stringify({ type: 'FeatureCollection', features: [feature(good)] }),
    });
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ postcode: '9000', lat: 51.0479, lon: 3.7276, languages: ['nl', 'fr'] });
  });

  it('refuses features that are not points or lack fields, numbering features from 1', () => {
    const { rows, errors } = parseDigipuntenGeoJson({
      geojson: {
        type: 'FeatureCollection',
        features: [
          feature(good),
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: good },
          feature({ ...good, opening_hours: '' }),
          feature(good, [3.7, 95]),
        ],
      },
    });
    expect(rows).toHaveLength(1);
    expect(errors.map((error) => [error.row, error.field])).toEqual([
      [2, 'geometry'],
      [3, 'opening_hours'],
      [4, 'lat'],
    ]);
  });

  it('refuses a file that is not a FeatureCollection', () => {
    expect(parseDigipuntenGeoJson({ geojson: '{"type":"Feature"}' }).errors[0]?.code).toBe(
      'digipunten.invalid_file',
    );
    expect(parseDigipuntenGeoJson({ geojson: 'not json' }).errors[0]?.message).toBe(
      'the file is not valid JSON',
    );
  });
});

describe('the demo directory of Gent', () => {
  it('holds about ten valid points, each with a neighbourhood and coordinates', () => {
    expect(DEMO_DIGIPUNTEN_GENT.length).toBeGreaterThanOrEqual(10);
    for (const point of DEMO_DIGIPUNTEN_GENT) {
      expect(digipuntSchema.safeParse(point).success).toBe(true);
      expect(point.neighbourhood).toBeTruthy();
      expect(point.lat).toBeGreaterThan(51);
    }
  });
});

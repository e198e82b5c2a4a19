import { describe, expect, it } from 'vitest';
import { digipuntenFormatOf } from './admin.digipunten';

describe('the format of a chosen Digipunten file', () => {
  it('follows the file name first, whatever type the browser reports', () => {
    expect(digipuntenFormatOf({ name: 'digipunten.GeoJSON', type: '' })).toBe('geojson');
    expect(digipuntenFormatOf({ name: 'export.json', type: 'application/octet-stream' })).toBe('geojson');
    expect(digipuntenFormatOf({ name: 'lijst.csv', type: 'application/vnd.ms-excel' })).toBe('csv');
  });

  it('falls back on the type, and reads anything else as CSV', () => {
    expect(digipuntenFormatOf({ name: 'digipunten', type: 'application/geo+json' })).toBe('geojson');
    expect(digipuntenFormatOf({ name: 'digipunten.txt', type: 'text/plain' })).toBe('csv');
  });
});

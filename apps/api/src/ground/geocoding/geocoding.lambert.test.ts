import { describe, expect, it } from 'vitest';
import { lambert72ToWgs84 } from './geocoding.lambert';

// Reference values from PROJ (cs2cs EPSG:31370 EPSG:4326); 0.00003 degrees is about 2-3 metres.
describe('Lambert 72 coordinates of the address register in WGS 84', () => {
  it.each([
    { x: 104000, y: 194000, lat: 51.05433, lon: 3.712679 },
    { x: 152000, y: 212000, lat: 51.217945, lon: 4.397382 },
    { x: 235000, y: 150000, lat: 50.654424, lon: 5.570829 },
  ])('puts ($x, $y) within a few metres of where PROJ puts it', ({ x, y, lat, lon }) => {
    const point = lambert72ToWgs84({ x, y });
    expect(Math.abs(point.lat - lat)).toBeLessThan(0.00003);
    expect(Math.abs(point.lon - lon)).toBeLessThan(0.00003);
  });
});

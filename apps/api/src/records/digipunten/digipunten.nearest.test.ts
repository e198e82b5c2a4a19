import { describe, expect, it } from 'vitest';
import { DEMO_DIGIPUNTEN_GENT } from './digipunten.demo';
import { haversineKm, nearestDigipunten } from './digipunten.nearest';
import type { Digipunt } from './digipunten.schemas';

const point = (name: string, extra: Partial<Digipunt> = {}): Digipunt => ({
  name,
  street: 'Straat 1',
  postcode: '9000',
  city: 'Gent',
  openingHours: 'Mo 09:00-12:00',
  languages: ['nl'],
  ...extra,
});

describe('the Digipunten nearest to a client', () => {
  it('measures great-circle distances', () => {
    const gentToBrussels = haversineKm({
      from: { lat: 51.0536, lon: 3.7304 },
      to: { lat: 50.8467, lon: 4.3525 },
    });
    expect(gentToBrussels).toBeGreaterThan(49);
    expect(gentToBrussels).toBeLessThan(49.5);
  });

  it('puts the closest first when the client has coordinates, with the distance', () => {
    const { points } = nearestDigipunten({
      client: { lat: 51.0594, lon: 3.7205 },
      points: DEMO_DIGIPUNTEN_GENT,
      limit: 3,
    });
    expect(points.map((p) => p.name)).toEqual([
      'Digipunt Wijkhuis Sluizeken',
      'Digipunt Wijkcentrum Rabot',
      'Digipunt Bibliotheek Brugse Poort',
    ]);
    expect(points[0]!.distanceKm).toBeLessThan(points[1]!.distanceKm!);
  });

  it('gives each distance to 100 m, so a few of them cannot locate the home', () => {
    const { points } = nearestDigipunten({
      client: { lat: 51.05938, lon: 3.72051 },
      points: DEMO_DIGIPUNTEN_GENT,
      limit: 50,
    });
    expect(points.length).toBeGreaterThan(3);
    for (const { distanceKm } of points) {
      if (distanceKm === undefined) continue;
      expect(distanceKm).toBe(Math.round(distanceKm * 10) / 10);
    }
  });

  it('orders points the same rounded distance away by name', () => {
    const { points } = nearestDigipunten({
      client: { lat: 51, lon: 3.7 },
      points: [point('Zuid', { lat: 51.00001, lon: 3.7 }), point('Aard', { lat: 51.0003, lon: 3.7 })],
      limit: 2,
    });
    expect(points.map((p) => [p.name, p.distanceKm])).toEqual([
      ['Aard', 0],
      ['Zuid', 0],
    ]);
  });

  it('puts points without coordinates after the located ones', () => {
    const { points } = nearestDigipunten({
      client: { lat: 51.05, lon: 3.72 },
      points: [
        point('Zonder plek'),
        point('Ver', { lat: 51.2, lon: 3.9 }),
        point('Dichtbij', { lat: 51.051, lon: 3.721 }),
      ],
      limit: 5,
    });
    expect(points.map((p) => p.name)).toEqual(['Dichtbij', 'Ver', 'Zonder plek']);
  });

  it('falls back to the client neighbourhood first, then the others, alphabetically', () => {
    const { points } = nearestDigipunten({
      client: { neighbourhood: 'ledeberg' },
      points: [
        point('Cafe', { neighbourhood: 'Binnenstad' }),
        point('Buurthuis', { neighbourhood: 'Ledeberg' }),
        point('Atelier', { neighbourhood: 'Rabot' }),
        point('Bibliotheek', { neighbourhood: 'Ledeberg' }),
      ],
      limit: 3,
    });
    expect(points.map((p) => p.name)).toEqual(['Bibliotheek', 'Buurthuis', 'Atelier']);
    expect(points.every((p) => p.distanceKm === undefined)).toBe(true);
  });

  it('lists alphabetically when nothing is known about where the client lives', () => {
    const { points } = nearestDigipunten({
      client: {},
      points: [point('B'), point('a'), point('C')],
      limit: 10,
    });
    expect(points.map((p) => p.name)).toEqual(['a', 'B', 'C']);
  });

  it("adds the nearest points that speak the client's language when the closest do not", () => {
    const sintAmandsberg = { lat: 51.0595, lon: 3.7494 };
    const { points, located } = nearestDigipunten({
      client: { ...sintAmandsberg, language: 'ar' },
      points: DEMO_DIGIPUNTEN_GENT,
      limit: 2,
    });
    expect(located).toBe(true);
    expect(points.map((p) => p.name)).toEqual([
      'Digipunt Bibliotheek Sint-Amandsberg',
      'Digipunt Dienstencentrum Dampoort',
      'Digipunt Wijkhuis Sluizeken',
      'Digipunt Wijkcentrum Rabot',
    ]);
    const dutch = nearestDigipunten({
      client: { ...sintAmandsberg, language: 'nl' },
      points: DEMO_DIGIPUNTEN_GENT,
      limit: 2,
    });
    expect(dutch.points).toHaveLength(2);
  });

  it('says the list is not ordered by distance when the client location is unknown', () => {
    expect(nearestDigipunten({ client: {}, points: [point('a')], limit: 3 }).located).toBe(false);
  });
});

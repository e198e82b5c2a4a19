import type { Digipunt } from './digipunten.schemas';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres between two points given in degrees. */
export function haversineKm(args: {
  from: { lat: number; lon: number };
  to: { lat: number; lon: number };
}): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(args.to.lat - args.from.lat);
  const dLon = radians(args.to.lon - args.from.lon);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(args.from.lat)) * Math.cos(radians(args.to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

function sameNeighbourhood(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && collator.compare(a.trim(), b.trim()) === 0;
}

/** A Digipunt with its distance from the client, when both have coordinates. */
export type NearbyDigipunt = Digipunt & { distanceKm?: number };

/**
 * The Digipunten to print for a client. With the client's coordinates: closest first (points
 * without coordinates after them). Without: the client's neighbourhood first, then the others,
 * each group alphabetically.
 *
 * @example
 * nearestDigipunten({ client: { neighbourhood: 'Rabot' }, points, limit: 3 }).points[0]?.neighbourhood; // 'Rabot'
 */
export function nearestDigipunten(args: {
  client: { lat?: number; lon?: number; neighbourhood?: string };
  points: Digipunt[];
  limit: number;
}): { points: NearbyDigipunt[] } {
  const { client } = args;
  const byName = (a: Digipunt, b: Digipunt) => collator.compare(a.name, b.name);
  const byNeighbourhoodThenName = (a: Digipunt, b: Digipunt) => {
    const aHere = sameNeighbourhood(a.neighbourhood, client.neighbourhood) ? 0 : 1;
    const bHere = sameNeighbourhood(b.neighbourhood, client.neighbourhood) ? 0 : 1;
    return aHere - bHere || byName(a, b);
  };
  if (client.lat === undefined || client.lon === undefined) {
    return { points: [...args.points].sort(byNeighbourhoodThenName).slice(0, args.limit) };
  }
  const from = { lat: client.lat, lon: client.lon };
  const located: NearbyDigipunt[] = [];
  const unlocated: Digipunt[] = [];
  for (const point of args.points) {
    if (point.lat === undefined || point.lon === undefined) unlocated.push(point);
    else
      located.push({ ...point, distanceKm: haversineKm({ from, to: { lat: point.lat, lon: point.lon } }) });
  }
  located.sort((a, b) => a.distanceKm! - b.distanceKm! || byName(a, b));
  return { points: [...located, ...unlocated.sort(byNeighbourhoodThenName)].slice(0, args.limit) };
}

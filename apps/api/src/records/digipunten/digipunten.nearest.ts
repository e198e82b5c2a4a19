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

/**
 * A distance as a person needs it: to 100 m. Exact distances to a few known points give the home
 * away (ten of them locate it to millimetres by least squares); rounded ones leave a ring of 100 m.
 */
export function roundDistanceKm(km: number): number {
  return Math.round(km * 10) / 10;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

function sameNeighbourhood(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && collator.compare(a.trim(), b.trim()) === 0;
}

/** A Digipunt with its distance from the client, to 100 m, when both have coordinates. */
export type NearbyDigipunt = Digipunt & { distanceKm?: number };

/** How many points speaking the client's language the list holds at least, when the directory has them. */
const LANGUAGE_MATCHES = 2;

/**
 * The Digipunten to print for a client. With the client's coordinates: closest first (points
 * without coordinates after them). Without: the client's neighbourhood first, then the others,
 * each group alphabetically. The `limit` first are taken; when fewer than two of them speak the
 * client's language (other than Dutch, which every point speaks), the first ones that do are added,
 * so an Arabic-speaking client also learns where volunteers speak Arabic. `located` says whether
 * the order is by distance from the client's home.
 *
 * @example
 * nearestDigipunten({ client: { neighbourhood: 'Rabot' }, points, limit: 3 }).points[0]?.neighbourhood; // 'Rabot'
 */
export function nearestDigipunten(args: {
  client: { lat?: number; lon?: number; neighbourhood?: string; language?: string };
  points: Digipunt[];
  limit: number;
}): { points: NearbyDigipunt[]; located: boolean } {
  const { client } = args;
  const byName = (a: Digipunt, b: Digipunt) => collator.compare(a.name, b.name);
  const byNeighbourhoodThenName = (a: Digipunt, b: Digipunt) => {
    const aHere = sameNeighbourhood(a.neighbourhood, client.neighbourhood) ? 0 : 1;
    const bHere = sameNeighbourhood(b.neighbourhood, client.neighbourhood) ? 0 : 1;
    return aHere - bHere || byName(a, b);
  };
  let ranked: NearbyDigipunt[];
  const located = client.lat !== undefined && client.lon !== undefined;
  if (client.lat === undefined || client.lon === undefined) {
    ranked = [...args.points].sort(byNeighbourhoodThenName);
  } else {
    const from = { lat: client.lat, lon: client.lon };
    const withDistance: NearbyDigipunt[] = [];
    const unlocated: Digipunt[] = [];
    for (const point of args.points) {
      if (point.lat === undefined || point.lon === undefined) unlocated.push(point);
      else
        withDistance.push({
          ...point,
          distanceKm: roundDistanceKm(haversineKm({ from, to: { lat: point.lat, lon: point.lon } })),
        });
    }
    // By the rounded distance, so the order tells no more than the distances do.
    withDistance.sort((a, b) => a.distanceKm! - b.distanceKm! || byName(a, b));
    ranked = [...withDistance, ...unlocated.sort(byNeighbourhoodThenName)];
  }
  const chosen = new Set(ranked.slice(0, args.limit));
  const language = client.language;
  if (language && language !== 'nl') {
    const speaks = (point: Digipunt) => point.languages.includes(language);
    let missing = LANGUAGE_MATCHES - [...chosen].filter(speaks).length;
    for (const point of ranked) {
      if (missing <= 0) break;
      if (!chosen.has(point) && speaks(point)) {
        chosen.add(point);
        missing -= 1;
      }
    }
  }
  return { points: ranked.filter((point) => chosen.has(point)), located };
}

/**
 * Clashes in a student's planning: two visits at the same time, or one after the other with too
 * little time to get from one home to the next.
 */

/** How long a visit takes when planned: one cheque is one hour of home help. */
export const PLANNED_VISIT_MINUTES = 60;

/** The time kept between two visits at different addresses when the distance is not known. */
export const FIXED_TRAVEL_MINUTES = 30;

/** Cycling through a city: about 15 km/h along streets about 1.4 times as long as the straight line. */
const CITY_KM_PER_HOUR = 15;
const DETOUR_FACTOR = 1.4;
const MIN_TRAVEL_MINUTES = 10;

export interface PlannedVisit {
  /** The cheque the visit is for. */
  chequeId: string;
  /** The client visited: two visits at one client need no travel time. */
  clientId: string;
  start: Date;
  /** The client's home, when known. */
  location: { lat: number; lon: number } | null;
  /** The client's address as written, to tell two visits at one address apart from others. */
  address: string | null;
}

export interface VisitClash {
  chequeId: string;
  kind: 'overlap' | 'travel';
  /** Minutes between the end of the earlier visit and the start of the later one (negative: overlap). */
  gapMinutes: number;
  /** The minutes the two visits need between them. */
  neededMinutes: number;
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The minutes a student needs to get from one visit to the other: none at the same client or address,
 * by bicycle through the city when both homes are known, else a fixed buffer.
 *
 * @example
 * travelMinutes(visitAtKorenmarkt, visitAtDampoort); // 13
 */
export function travelMinutes(from: PlannedVisit, to: PlannedVisit): number {
  if (from.clientId === to.clientId) return 0;
  const sameAddress =
    from.address !== null && to.address !== null && from.address.trim() === to.address.trim();
  if (sameAddress) return 0;
  if (!from.location || !to.location) return FIXED_TRAVEL_MINUTES;
  const km = distanceKm(from.location, to.location) * DETOUR_FACTOR;
  return Math.max(MIN_TRAVEL_MINUTES, Math.ceil((km / CITY_KM_PER_HOUR) * 60));
}

/**
 * The student's other visits that clash with a proposed one: overlapping it, or leaving less than the
 * travel time between the end of one and the start of the other. Soonest first.
 *
 * @example
 * findVisitClashes({ proposed, others: [sameHourElsewhere] });
 * // [{ chequeId: 'chq_2', kind: 'overlap', gapMinutes: -60, neededMinutes: 30 }]
 */
export function findVisitClashes({
  proposed,
  others,
  visitMinutes = PLANNED_VISIT_MINUTES,
}: {
  proposed: PlannedVisit;
  others: readonly PlannedVisit[];
  visitMinutes?: number;
}): VisitClash[] {
  const clashes: { at: number; clash: VisitClash }[] = [];
  for (const other of others) {
    if (other.chequeId === proposed.chequeId) continue;
    const [first, second] =
      other.start.getTime() <= proposed.start.getTime() ? [other, proposed] : [proposed, other];
    const gapMinutes = Math.round((second.start.getTime() - first.start.getTime()) / 60_000) - visitMinutes;
    const neededMinutes = travelMinutes(first, second);
    if (gapMinutes < 0) {
      clashes.push({
        at: other.start.getTime(),
        clash: { chequeId: other.chequeId, kind: 'overlap', gapMinutes, neededMinutes },
      });
    } else if (gapMinutes < neededMinutes) {
      clashes.push({
        at: other.start.getTime(),
        clash: { chequeId: other.chequeId, kind: 'travel', gapMinutes, neededMinutes },
      });
    }
  }
  return clashes.sort((a, b) => a.at - b.at).map((entry) => entry.clash);
}

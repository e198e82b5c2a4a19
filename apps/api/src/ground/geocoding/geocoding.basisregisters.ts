import { lambert72ToWgs84 } from './geocoding.lambert';
import { locateByPostcode } from './geocoding.offline';
import type { AddressInput, Geocoder } from './geocoding.types';

/** "Antwerpsesteenweg 169 bus 2" -> street name "Antwerpsesteenweg", house number "169". */
export function splitStreet(street: string): { streetName: string; houseNumber: string | undefined } {
  const match = /^(.*?\D)\s*,?\s+(\d+[a-zA-Z]?)(?:\s*(?:bus|b|\/|-).*)?$/.exec(street.trim());
  if (!match?.[1] || !match[2]) return { streetName: street.trim(), houseNumber: undefined };
  return { streetName: match[1].trim().replace(/,$/, ''), houseNumber: match[2] };
}

/** The position of the best match of an address-match answer (v2: GML in Lambert 72; v1: a point). */
function positionOf(body: unknown): { x: number; y: number } | undefined {
  const matches = (body as { adresMatches?: unknown[] } | null)?.adresMatches;
  if (!Array.isArray(matches)) return undefined;
  for (const match of matches) {
    const position = (match as { adresPositie?: Record<string, unknown> } | null)?.adresPositie;
    if (!position) continue;
    const gml = (position.geometrie as { gml?: unknown } | undefined)?.gml;
    const pos = typeof gml === 'string' ? /<gml:pos>\s*([\d.]+)\s+([\d.]+)\s*<\/gml:pos>/.exec(gml) : null;
    if (pos?.[1] && pos[2]) return { x: Number(pos[1]), y: Number(pos[2]) };
    const coordinates = (position.point as { coordinates?: unknown } | undefined)?.coordinates;
    if (
      Array.isArray(coordinates) &&
      typeof coordinates[0] === 'number' &&
      typeof coordinates[1] === 'number'
    ) {
      return { x: coordinates[0], y: coordinates[1] };
    }
  }
  return undefined;
}

/**
 * Geocodes through the Flemish address register's public address match
 * (`GET {baseUrl}/v2/adresmatch?postcode=…&gemeentenaam=…&straatnaam=…&huisnummer=…`), for
 * deployments that can reach it. An answer that does not come within `timeoutMs`, an error or no
 * match falls back to the bundled postcode centroids, so a registration never waits on it or fails
 * because of it. The neighbourhood always comes from the postcode: the register has none.
 */
export function createBasisregistersGeocoder({
  baseUrl,
  timeoutMs,
}: {
  baseUrl: string;
  timeoutMs: number;
}): Geocoder {
  const lookUp = async (address: AddressInput) => {
    if (!address.street || (!address.postcode && !address.city)) return undefined;
    const { streetName, houseNumber } = splitStreet(address.street);
    const query = new URLSearchParams();
    if (address.postcode) query.set('postcode', address.postcode);
    if (address.city) query.set('gemeentenaam', address.city);
    query.set('straatnaam', streetName);
    if (houseNumber) query.set('huisnummer', houseNumber);
    const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/v2/adresmatch?${query}`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return undefined;
    const position = positionOf(await response.json());
    return position ? lambert72ToWgs84(position) : undefined;
  };
  return {
    async geocode({ address }) {
      const { location: fallback } = locateByPostcode({ address });
      try {
        const point = await lookUp(address);
        if (point) {
          return {
            location: { ...point, neighbourhood: fallback?.neighbourhood ?? null, precision: 'address' },
          };
        }
      } catch {
        // Unreachable, too slow or a malformed answer: the postcode centroid is good enough.
      }
      return { location: fallback };
    },
  };
}

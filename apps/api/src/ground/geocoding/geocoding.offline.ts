import { BELGIAN_POSTCODES } from './data/belgian-postcodes';
import type { AddressInput, GeocodedLocation, Geocoder } from './geocoding.types';

type Place = { name: string; key: string; lat: number; lon: number };

/** "Sint-Amandsberg", "sint amandsberg" and "SINT-AMANDSBERG" are one place. */
function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

let index: { byPostcode: Map<string, Place[]>; byName: Map<string, Place> } | undefined;

/** The bundled postcode file, read once on first use (about 2800 lines). */
function postcodeIndex() {
  if (index) return index;
  const byPostcode = new Map<string, Place[]>();
  const byName = new Map<string, Place>();
  for (const line of BELGIAN_POSTCODES.split('\n')) {
    const [postcode, name, lat, lon] = line.split(';');
    if (!postcode || !name || !lat || !lon) continue;
    const place = { name, key: placeKey(name), lat: Number(lat), lon: Number(lon) };
    const places = byPostcode.get(postcode) ?? [];
    places.push(place);
    byPostcode.set(postcode, places);
    if (!byName.has(place.key)) byName.set(place.key, place);
  }
  index = { byPostcode, byName };
  return index;
}

/**
 * The location of an address from its postcode alone: the centre of the place the postcode serves
 * (the one named by the city when a postcode serves several, else their middle), with that place
 * as the neighbourhood. Without a postcode, a known place name in `city` is used.
 *
 * @example
 * locateByPostcode({ address: { postcode: '9040', city: 'Gent' } }).location?.neighbourhood; // 'Sint-Amandsberg'
 */
export function locateByPostcode({ address }: { address: AddressInput }): {
  location: GeocodedLocation | undefined;
} {
  const { byPostcode, byName } = postcodeIndex();
  const cityKey = address.city ? placeKey(address.city) : '';
  const postcode = address.postcode?.trim();
  const places = postcode ? byPostcode.get(postcode) : undefined;
  if (!places) {
    const named = cityKey ? byName.get(cityKey) : undefined;
    return {
      location: named
        ? { lat: named.lat, lon: named.lon, neighbourhood: named.name, precision: 'postcode' }
        : undefined,
    };
  }
  const place = places.length === 1 ? places[0] : places.find((candidate) => candidate.key === cityKey);
  if (place)
    return { location: { lat: place.lat, lon: place.lon, neighbourhood: place.name, precision: 'postcode' } };
  const mean = (pick: (p: Place) => number) => places.reduce((sum, p) => sum + pick(p), 0) / places.length;
  return {
    location: {
      lat: mean((p) => p.lat),
      lon: mean((p) => p.lon),
      neighbourhood: null,
      precision: 'postcode',
    },
  };
}

/** The geocoder shipped with the product: Belgian postcode centroids, no network. */
export function createOfflineGeocoder(): Geocoder {
  return {
    async geocode({ address }) {
      return locateByPostcode({ address });
    },
  };
}

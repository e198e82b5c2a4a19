/** An address as the client file holds it; any part may be missing. */
export type AddressInput = {
  street?: string | null | undefined;
  postcode?: string | null | undefined;
  city?: string | null | undefined;
};

/**
 * Where an address is: WGS 84 coordinates, the neighbourhood they fall in when known, and how
 * precise they are (`address`: the house, from the address register; `postcode`: the centre of the
 * place the postcode serves).
 */
export type GeocodedLocation = {
  lat: number;
  lon: number;
  neighbourhood: string | null;
  precision: 'address' | 'postcode';
};

/** Turns an address into a location; never throws, answers `undefined` when it cannot place it. */
export type Geocoder = {
  geocode(args: { address: AddressInput }): Promise<{ location: GeocodedLocation | undefined }>;
};

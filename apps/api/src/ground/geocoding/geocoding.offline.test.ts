import { describe, expect, it } from 'vitest';
import { createOfflineGeocoder, locateByPostcode } from './geocoding.offline';

describe('the offline geocoder (Belgian postcode centroids)', () => {
  it("places a Sint-Amandsberg address at its deelgemeente's centre, with that neighbourhood", async () => {
    const { location } = await createOfflineGeocoder().geocode({
      address: { street: 'Kasteellaan 20', postcode: '9040', city: 'Gent' },
    });
    expect(location).toEqual({
      lat: 51.0595,
      lon: 3.7494,
      neighbourhood: 'Sint-Amandsberg',
      precision: 'postcode',
    });
  });

  it('picks the place named by the city when one postcode serves several', () => {
    expect(
      locateByPostcode({ address: { postcode: '9050', city: 'ledeberg' } }).location?.neighbourhood,
    ).toBe('Ledeberg');
    expect(
      locateByPostcode({ address: { postcode: '9050', city: 'Gentbrugge' } }).location?.neighbourhood,
    ).toBe('Gentbrugge');
  });

  it('takes the middle of the places and names no neighbourhood when the city does not say which', () => {
    const { location } = locateByPostcode({ address: { postcode: '9050', city: 'Gent' } });
    expect(location?.neighbourhood).toBeNull();
    expect(location?.lat).toBeCloseTo((51.0369 + 51.0386) / 2, 4);
  });

  it('finds a place by its name when the postcode is missing, and nothing for an unknown address', () => {
    expect(locateByPostcode({ address: { city: 'Sint-Amandsberg' } }).location?.lat).toBe(51.0595);
    expect(locateByPostcode({ address: { postcode: '9999', city: 'Nergensland' } }).location).toBeUndefined();
    expect(locateByPostcode({ address: {} }).location).toBeUndefined();
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBasisregistersGeocoder, splitStreet } from './geocoding.basisregisters';

/** A local stand-in for the register's address match, answering in its v2 shape. */
let fake: Server;
let baseUrl: string;
const requests: URL[] = [];
let answer: (url: URL, res: ServerResponse) => void;

const match = (x: number, y: number) => ({
  adresMatches: [
    {
      identificator: { objectId: '1', naamruimte: 'https://data.vlaanderen.be/id/adres' },
      huisnummer: '20',
      adresPositie: {
        geometrie: {
          type: 'Point',
          gml: `<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/31370" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>${x} ${y}</gml:pos></gml:Point>`,
        },
        positieGeometrieMethode: 'aangeduidDoorBeheerder',
        positieSpecificatie: 'ingang',
      },
      score: 100,
    },
  ],
  warnings: [],
});

beforeAll(async () => {
  fake = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url);
    answer(url, res);
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(async () => {
  fake.closeAllConnections();
  await new Promise((resolve) => fake.close(resolve));
});

const address = { street: 'Antwerpsesteenweg 169 bus 2', postcode: '9040', city: 'Gent' };

describe('the address register geocoder', () => {
  it("asks the register's address match and answers the house's position in WGS 84", async () => {
    answer = (_url, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(match(106579.346, 194553.032)));
    };
    const { location } = await createBasisregistersGeocoder({ baseUrl, timeoutMs: 2000 }).geocode({
      address,
    });
    const asked = requests.at(-1)!;
    expect(asked.pathname).toBe('/v2/adresmatch');
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      postcode: '9040',
      gemeentenaam: 'Gent',
      straatnaam: 'Antwerpsesteenweg',
      huisnummer: '169',
    });
    expect(location?.precision).toBe('address');
    expect(location?.neighbourhood).toBe('Sint-Amandsberg');
    expect(location?.lat).toBeCloseTo(51.0595, 3);
    expect(location?.lon).toBeCloseTo(3.7494, 3);
  });

  it('falls back to the postcode centroid when the register is too slow, failing or finds nothing', async () => {
    const geocoder = createBasisregistersGeocoder({ baseUrl, timeoutMs: 100 });
    const offline = { lat: 51.0595, lon: 3.7494, neighbourhood: 'Sint-Amandsberg', precision: 'postcode' };
    answer = (_url, res) => {
      setTimeout(() => res.end(JSON.stringify(match(1, 1))), 1000);
    };
    const started = Date.now();
    expect((await geocoder.geocode({ address })).location).toEqual(offline);
    expect(Date.now() - started).toBeLessThan(900);
    answer = (_url, res) => {
      res.statusCode = 503;
      res.end('down');
    };
    expect((await geocoder.geocode({ address })).location).toEqual(offline);
    answer = (_url, res) => res.end(JSON.stringify({ adresMatches: [], warnings: [] }));
    expect((await geocoder.geocode({ address })).location).toEqual(offline);
    const unreachable = createBasisregistersGeocoder({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 500 });
    expect((await unreachable.geocode({ address })).location).toEqual(offline);
  });

  it('splits a street line into the street name and the house number', () => {
    expect(splitStreet('Antwerpsesteenweg 169')).toEqual({
      streetName: 'Antwerpsesteenweg',
      houseNumber: '169',
    });
    expect(splitStreet('Sint-Baafsplein 12A bus 3')).toEqual({
      streetName: 'Sint-Baafsplein',
      houseNumber: '12A',
    });
    expect(splitStreet('Groenplaats')).toEqual({ streetName: 'Groenplaats', houseNumber: undefined });
  });
});

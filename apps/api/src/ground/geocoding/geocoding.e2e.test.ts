import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { pdfText } from '../../roof/testing/pdf-text';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let socialWorker: string;

const register = async (client: Record<string, unknown>, cookie = socialWorker, app = t) => {
  const res = await app.request('/api/clients', { method: 'POST', body: client, cookie });
  expect(res.status).toBe(201);
  return (await res.json()).client as { id: string; neighbourhood: string | null; needsInterpreter: boolean };
};

/** Registers a client living at `street` in Sint-Amandsberg (9040 Gent), in Dutch unless `client` says otherwise. */
const registerInSintAmandsberg = (street: string, client: Record<string, unknown>) =>
  register({ preferredLanguage: 'nl', ...client, street, postcode: '9040', city: 'Gent' });

/** The three Digipunten nearest to the Kasteellaan in Sint-Amandsberg, nearest first. */
const NEAREST_TO_KASTEELLAAN = [
  'Digipunt Bibliotheek Sint-Amandsberg',
  'Digipunt Dienstencentrum Dampoort',
  'Digipunt Wijkhuis Sluizeken',
];

const stored = async (clientId: string, app = t) => {
  const [row] = await app.db.select().from(clientsTable).where(eq(clientsTable.id, clientId));
  return row!;
};

const nearest = async (clientId: string, limit = 3) => {
  const res = await t.request(`/api/digipunten?near=${clientId}&limit=${limit}`, { cookie: socialWorker });
  expect(res.status).toBe(200);
  return ((await res.json()).items as { name: string; distanceKm?: number }[]).map((item) => item.name);
};

signedInAppForFile({ socialWorker: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, socialWorker } = started);
});

describe("a client's location, from the address", () => {
  it('geocodes a registration in Sint-Amandsberg and lists the Digipunten nearest to her first', async () => {
    const client = await registerInSintAmandsberg('Kasteellaan 20', {
      fileNumber: 'GEO-0001',
      firstName: 'Marie',
      lastName: 'Van Damme',
    });
    expect(client.neighbourhood).toBe('Sint-Amandsberg');
    const row = await stored(client.id);
    expect(row.lat).toBeCloseTo(51.0595, 4);
    expect(row.lon).toBeCloseTo(3.7494, 4);
    expect(await nearest(client.id)).toEqual(NEAREST_TO_KASTEELLAAN);
  });

  it('adds the nearest points with volunteers who speak the client language', async () => {
    const client = await registerInSintAmandsberg('Kasteellaan 22', {
      fileNumber: 'GEO-0002',
      firstName: 'Amina',
      lastName: 'Benali',
      preferredLanguage: 'ar',
      needsInterpreter: true,
    });
    expect(client.needsInterpreter).toBe(true);
    // Sluizeken is among the three nearest and speaks Arabic; Rabot is the next one that does.
    expect(await nearest(client.id)).toEqual([...NEAREST_TO_KASTEELLAAN, 'Digipunt Wijkcentrum Rabot']);
  });

  it('geocodes the new address when it is changed, and forgets the location when it is cleared', async () => {
    const client = await registerInSintAmandsberg('Kasteellaan 24', {
      fileNumber: 'GEO-0003',
      firstName: 'Jan',
      lastName: 'Peeters',
    });
    const moved = await t.request(`/api/clients/${client.id}`, {
      method: 'PATCH',
      body: { street: 'Botestraat 10', postcode: '9032' },
      cookie: socialWorker,
    });
    expect(moved.status).toBe(200);
    expect((await moved.json()).client.neighbourhood).toBe('Wondelgem');
    expect((await nearest(client.id, 1))[0]).toBe('Digipunt Bibliotheek Wondelgem');
    await t.request(`/api/clients/${client.id}`, {
      method: 'PATCH',
      body: { street: null, postcode: null, city: null },
      cookie: socialWorker,
    });
    const row = await stored(client.id);
    expect([row.lat, row.lon, row.neighbourhood]).toEqual([null, null, null]);
  });

  it('geocodes the clients an import creates and the addresses it changes', async () => {
    const csv = (postcode: string) =>
      `dossiernummer;voornaam;achternaam;taal;straat;postcode;gemeente\nGEO-IMP-1;Sara;Claes;nl;Dendermondsesteenweg 100;${postcode};Gent\n`;
    const first = await t.request('/api/clients/import', {
      method: 'POST',
      body: { csv: csv('9040'), dryRun: false },
      cookie: socialWorker,
    });
    expect(first.status).toBe(200);
    const [imported] = await t.db.select().from(clientsTable).where(eq(clientsTable.fileNumber, 'GEO-IMP-1'));
    expect(imported?.neighbourhood).toBe('Sint-Amandsberg');
    expect(imported?.lat).toBeCloseTo(51.0595, 4);
    await t.request('/api/clients/import', {
      method: 'POST',
      body: { csv: csv('9041'), dryRun: false },
      cookie: socialWorker,
    });
    const updated = await stored(imported!.id);
    expect(updated.neighbourhood).toBe('Oostakker');
    expect(updated.lat).toBeCloseTo(51.1012, 4);
  });

  it('prints where the listed points are, not "near you", when the client location is unknown', async () => {
    const located = await registerInSintAmandsberg('Kasteellaan 26', {
      fileNumber: 'GEO-0004',
      firstName: 'Lotte',
      lastName: 'Maes',
    });
    const unknown = await register({
      fileNumber: 'GEO-0005',
      firstName: 'Tom',
      lastName: 'Wouters',
      preferredLanguage: 'nl',
    });
    const print = async (clientId: string) => {
      const res = await t.request(`/api/clients/${clientId}/documents/help-nearby.pdf`, {
        cookie: socialWorker,
      });
      expect(res.status).toBe(200);
      return pdfText(await res.arrayBuffer(), { whiteSpace: 'fold' });
    };
    const near = await print(located.id);
    expect(near).toContain('Hulp in de buurt');
    expect(near).toContain('van uw huis');
    const area = await print(unknown.id);
    expect(area).toContain('Digipunten in Gent');
    expect(area).toContain('Wij kennen uw adres niet');
    expect(area).not.toContain('Hulp in de buurt');
  });
});

describe("the home-help coordinator's neighbourhood filter", () => {
  it('offers the stored neighbourhoods of the waiting clients, and filters on them', async () => {
    const { cookie } = await t.login({ email: 'coordinator@beego.demo' });
    const all = await (await t.request('/api/visits/queue', { cookie })).json();
    const stored = [
      ...new Set(
        (all.items as { neighbourhood: string | null }[]).flatMap((item) =>
          item.neighbourhood ? [item.neighbourhood] : [],
        ),
      ),
    ].sort();
    expect(stored.length).toBeGreaterThan(0);
    expect([...all.neighbourhoods].sort()).toEqual(stored);
    const picked = stored[0]!;
    const filtered = await (
      await t.request(`/api/visits/queue?neighbourhood=${encodeURIComponent(picked)}`, { cookie })
    ).json();
    expect(filtered.items.length).toBeGreaterThan(0);
    expect(filtered.items.every((item: { neighbourhood: string }) => item.neighbourhood === picked)).toBe(
      true,
    );
    expect(filtered.neighbourhoods).toEqual(all.neighbourhoods);
  });
});

describe('the address register as geocoder', () => {
  let fake: Server;
  let registerApp: TestApp;
  const asked: string[] = [];

  beforeAll(async () => {
    fake = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      // Lambert 72 of a house at the Sint-Amandsberg library (Antwerpsesteenweg).
      res.end(
        JSON.stringify({
          adresMatches: [
            {
              adresPositie: {
                geometrie: {
                  type: 'Point',
                  gml: '<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/31370" xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>106835.00 194750.00</gml:pos></gml:Point>',
                },
              },
            },
          ],
          warnings: [],
        }),
      );
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    registerApp = await createTestApp({
      env: {
        GEOCODER: 'basisregisters',
        GEOCODER_URL: `http://127.0.0.1:${(fake.address() as AddressInfo).port}`,
      },
    });
  });
  afterAll(async () => {
    await registerApp.close();
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(resolve));
  });

  it("stores the house's position from the register with the postcode's neighbourhood", async () => {
    const { cookie } = await registerApp.login({ email: 'sociaal@ocmw-gent.demo' });
    const client = await register(
      {
        fileNumber: 'GEO-REG-1',
        firstName: 'Nadia',
        lastName: 'Aziz',
        preferredLanguage: 'nl',
        street: 'Antwerpsesteenweg 170',
        postcode: '9040',
        city: 'Gent',
      },
      cookie,
      registerApp,
    );
    expect(asked.at(-1)).toContain('/v2/adresmatch?');
    expect(asked.at(-1)).toContain('huisnummer=170');
    const row = await stored(client.id, registerApp);
    expect(row.neighbourhood).toBe('Sint-Amandsberg');
    expect(row.lat).not.toBeCloseTo(51.0595, 4);
    expect(row.lat).toBeCloseTo(51.061, 2);
    expect(row.lon).toBeCloseTo(3.753, 2);
  });
});

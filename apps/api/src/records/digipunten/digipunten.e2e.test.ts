import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSeedBuilder } from '../../roof/seed-builder/seed-builder';
import { aClientOfAnotherTenant } from '../../roof/seed-builder/seed-builder.fixtures';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { auditRows } from '../../roof/testing/audit-rows';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';
import { clientsTable } from '../clients/clients.tables';
import { DEMO_DIGIPUNTEN_GENT } from './digipunten.demo';

let t: TestApp;
let admin: string;
let projectLead: string;
let socialWorker: string;
let clientId: string;
let otherTenantClientId: string;

const CSV = [
  'name;street;postcode;city;neighbourhood;lat;lon;opening_hours;languages;phone',
  'Digipunt Bib Aalst;Esplanadeplein 2;9300;Aalst;Centrum;50,9378;4,0403;Mo-Fr 10:00-18:00;nl|fr;053 73 23 00',
  'Digipunt Zonder Postcode;Kerkstraat 1;93;Aalst;Centrum;;;Mo 09:00-12:00;nl;',
  'Digipunt Wijkhuis;Molenstraat 5;9300;Aalst;Schaarbeek;;;Op afspraak;nl ar;',
].join('\n');

signedInAppForFile(
  {
    admin: 'admin@ocmw-gent.demo',
    projectLead: 'projectleider@ocmw-gent.demo',
    socialWorker: 'sociaal@ocmw-gent.demo',
  },
  async (started) => {
    ({ t, admin, projectLead, socialWorker } = started);
    const [client] = await t.db
      .select({ id: clientsTable.id })
      .from(clientsTable)
      .where(eq(clientsTable.postcode, '9000'))
      .limit(1);
    clientId = client!.id;
    const { client: other } = await aClientOfAnotherTenant(createSeedBuilder({ db: t.db }));
    otherTenantClientId = other.id;
  },
);

describe("the tenant's Digipunten", () => {
  it('holds the demo directory of Gent for the demo tenant', async () => {
    const res = await t.request('/api/digipunten', { cookie: socialWorker });
    expect(res.status).toBe(200);
    const { items, total } = await res.json();
    expect(total).toBe(DEMO_DIGIPUNTEN_GENT.length);
    expect(items[0].name).toBe(DEMO_DIGIPUNTEN_GENT[0]!.name);
  });

  it('lists the points nearest to a client, closest first, and audits the read', async () => {
    const res = await t.request(`/api/digipunten?near=${clientId}&limit=3`, { cookie: socialWorker });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    // The three nearest, and points speaking the client's language when those three do not.
    expect(items.length).toBeGreaterThanOrEqual(3);
    const distances = items.map((item: { distanceKm: number }) => item.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const audits = await auditRows(t.db, { action: 'digipunten.near_client' });
    expect(audits.some((row) => row.clientId === clientId && row.outcome === 'success')).toBe(true);
  });

  it('names the places the list covers near a client whose location is unknown, and none when it is by distance', async () => {
    const located = await (
      await t.request(`/api/digipunten?near=${clientId}&limit=3`, { cookie: socialWorker })
    ).json();
    expect(located.area).toBeUndefined();

    const { client } = await (
      await t.request('/api/clients', {
        method: 'POST',
        body: {
          fileNumber: 'DGP-NOADDRESS',
          firstName: 'Zonder',
          lastName: 'Adres',
          preferredLanguage: 'nl',
        },
        cookie: socialWorker,
      })
    ).json();
    const res = await t.request(`/api/digipunten?near=${client.id}&limit=3`, { cookie: socialWorker });
    expect(res.status).toBe(200);
    const unlocated = await res.json();
    expect(unlocated.items).toHaveLength(3);
    const cities = [...new Set(unlocated.items.map((item: { city: string }) => item.city))];
    expect(unlocated.area).toBe(cities.join(', '));
    for (const item of unlocated.items) expect(item.distanceKm).toBeUndefined();
  });

  it('gives the distances to 100 m', async () => {
    const res = await t.request(`/api/digipunten?near=${clientId}&limit=50`, { cookie: socialWorker });
    const { items } = await res.json();
    const distances: number[] = items
      .map((item: { distanceKm?: number }) => item.distanceKm)
      .filter((distance: number | undefined) => distance !== undefined);
    expect(distances.length).toBeGreaterThan(3);
    for (const distance of distances) expect(distance).toBe(Math.round(distance * 10) / 10);
  });

  it("answers the admin's question near a client exactly like one about a missing client, and audits it as refused", async () => {
    const near = await t.request(`/api/digipunten?near=${clientId}`, { cookie: admin });
    const missing = await t.request('/api/digipunten?near=cli_00000000000000000000', { cookie: admin });
    expect(near.status).toBe(404);
    expect(missing.status).toBe(404);
    const withoutRequestId = async (res: Response) => (await res.text()).replace(/"requestId":"[^"]+"/, '');
    expect(await withoutRequestId(near)).toBe(await withoutRequestId(missing));
    const audits = await auditRows(t.db, { action: 'digipunten.near_client' });
    expect(audits.some((row) => row.clientId === clientId && row.outcome === 'denied')).toBe(true);
  });

  it("answers another tenant's client like a missing one", async () => {
    const other = await t.request(`/api/digipunten?near=${otherTenantClientId}`, { cookie: socialWorker });
    const missing = await t.request('/api/digipunten?near=cli_00000000000000000000', {
      cookie: socialWorker,
    });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await other.json()).error.code).toBe('client.not_found');
  });
});

describe('importing a directory', () => {
  it('checks a CSV row by row in a dry run and changes nothing', async () => {
    const res = await t.request('/api/digipunten/import', {
      method: 'POST',
      cookie: admin,
      body: { format: 'csv', content: CSV, dryRun: true },
    });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ dryRun: true, valid: 2, refused: 1, imported: 0 });
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'postcode', code: 'digipunten.invalid_row' }),
    ]);
    const { total } = await (await t.request('/api/digipunten', { cookie: admin })).json();
    expect(total).toBe(DEMO_DIGIPUNTEN_GENT.length);
  });

  it('replaces the directory with the valid rows on a real run', async () => {
    const res = await t.request('/api/digipunten/import', {
      method: 'POST',
      cookie: projectLead,
      body: { format: 'csv', content: CSV },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ dryRun: false, valid: 2, refused: 1, imported: 2 });
    const { items } = await (await t.request('/api/digipunten', { cookie: admin })).json();
    expect(items.map((item: { name: string }) => item.name)).toEqual([
      'Digipunt Bib Aalst',
      'Digipunt Wijkhuis',
    ]);
    expect(items[0]).toMatchObject({ lat: 50.9378, lon: 4.0403, languages: ['nl', 'fr'] });
  });

  it('imports GeoJSON sent as text', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: DEMO_DIGIPUNTEN_GENT.map((point) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
        properties: {
          ...point,
          opening_hours: point.openingHours,
          openingHours: undefined,
          lat: undefined,
          lon: undefined,
        },
      })),
    });
    const res = await t.request('/api/digipunten/import', {
      method: 'POST',
      cookie: admin,
      body: { format: 'geojson', content: geojson },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ imported: DEMO_DIGIPUNTEN_GENT.length, refused: 0 });
  });

  it('keeps the directory when the file has no valid row', async () => {
    const res = await t.request('/api/digipunten/import', {
      method: 'POST',
      cookie: admin,
      body: { format: 'csv', content: 'name,street\nA,B' },
    });
    await expectRefusal(res, { status: 400, code: 'digipunten.nothing_to_import' });
    const { total } = await (await t.request('/api/digipunten', { cookie: admin })).json();
    expect(total).toBe(DEMO_DIGIPUNTEN_GENT.length);
  });

  it('lets only the admin and the project lead import, and refuses unknown fields', async () => {
    const body = { format: 'csv', content: CSV, dryRun: true };
    expect(
      (await t.request('/api/digipunten/import', { method: 'POST', cookie: socialWorker, body })).status,
    ).toBe(403);
    const extra = await t.request('/api/digipunten/import', {
      method: 'POST',
      cookie: admin,
      body: { ...body, tenantId: 'ten_x' },
    });
    expect(extra.status).toBe(400);
  });
});

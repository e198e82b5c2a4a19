import { normaliseNameForSearch } from '@digipakket/domain';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { clientsTable } from '../../records/clients/clients.tables';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let joseId: string;

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, async (started) => {
  ({ t, cookie } = started);
  const res = await t.request('/api/clients', {
    method: 'POST',
    body: {
      fileNumber: 'GNT-ACC-1',
      firstName: 'José',
      lastName: 'López',
      birthDate: '1979-11-02',
      preferredLanguage: 'nl',
    },
    cookie,
  });
  joseId = (await res.json()).client.id;
});

const names = (body: { items: { firstName: string; lastName: string }[] }) =>
  body.items.map((item) => `${item.firstName} ${item.lastName}`);

describe('names with and without accents', () => {
  it('shows "José López" as a possible duplicate when "Jose Lopez" with the same birth date is created', async () => {
    const res = await t.request('/api/clients/duplicates', {
      method: 'POST',
      body: { firstName: 'Jose', lastName: 'LOPEZ', birthDate: '1979-11-02' },
      cookie,
    });
    expect(res.status).toBe(200);
    const { candidates } = await res.json();
    expect(candidates).toEqual([expect.objectContaining({ id: joseId, matches: ['name_birth_date'] })]);

    const otherBirthDate = await t.request('/api/clients/duplicates', {
      method: 'POST',
      body: { firstName: 'Jose', lastName: 'Lopez', birthDate: '1979-11-03' },
      cookie,
    });
    expect((await otherBirthDate.json()).candidates).toEqual([]);
  });

  it('finds "López" when searching "lopez", "López" or a typo of it', async () => {
    for (const q of ['lopez', 'López', 'LOPEZ', 'jose lopez', 'Lopes']) {
      const body = await (await t.request(`/api/clients?q=${encodeURIComponent(q)}`, { cookie })).json();
      expect(names(body), q).toContain('José López');
    }
  });

  it('finds a name stored without accents when searching with them', async () => {
    const body = await (
      await t.request(`/api/clients?q=${encodeURIComponent('Mohammed Él Amraní')}`, { cookie })
    ).json();
    expect(names(body)).toContain('Mohammed El Amrani');
  });

  it('keeps the search name current when the name is changed', async () => {
    const res = await t.request(`/api/clients/${joseId}`, {
      method: 'PATCH',
      body: { firstName: 'Joaquín' },
      cookie,
    });
    expect(res.status).toBe(200);
    const [row] = await t.db.select().from(clientsTable).where(eq(clientsTable.id, joseId));
    expect(row!.searchName).toBe('joaquin lopez');
  });

  it('normalises in the database exactly as the domain does for the names it meets', async () => {
    const samples = [
      'José López',
      'Çağlar ŞİMŞEK',
      'Zoë Noël-François',
      'Ngozi Adébáyọ̀',
      'Åsa Ångström',
      'Mohammed El Amrani',
      'Nguyễn Thị Hương',
      'Dvořák Čapek',
    ];
    for (const sample of samples) {
      const [row] = await queryRows<{ name: string }>({
        db: t.db,
        query: sql`SELECT lower(regexp_replace(normalize(${sample}, NFD), '[\\u0300-\\u036f]', '', 'g')) AS name`,
      });
      expect(row!.name, sample).toBe(normaliseNameForSearch(sample));
    }
  });
});

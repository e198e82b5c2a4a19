import { describe, expect, it } from 'vitest';
import { signedInAppForFile } from '../../roof/testing/app-for-file';
import { expectRefusal } from '../../roof/testing/expect-refusal';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let cookie: string;
let sequence = 0;

const create = (birthDate: string) => {
  sequence += 1;
  return t.request('/api/clients', {
    method: 'POST',
    cookie,
    body: {
      fileNumber: `BD-${sequence}`,
      firstName: 'Lien',
      lastName: 'Claes',
      preferredLanguage: 'nl',
      birthDate,
    },
  });
};

signedInAppForFile({ cookie: 'sociaal@ocmw-gent.demo' }, (started) => {
  ({ t, cookie } = started);
});

describe("a client's birth date", () => {
  it.each(['2100-01-01', '9999-12-31', '1800-01-01', '2025-03-13'])(
    'refuses %s on registration with a code naming birthDate and the window',
    async (birthDate) => {
      const res = await create(birthDate);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error).toMatchObject({
        code: 'client.birth_date_out_of_range',
        details: {
          field: 'birthDate',
          earliest: '1905-03-12',
          latest: '2025-03-12',
          fields: [{ path: 'birthDate', code: 'date_out_of_range' }],
        },
      });
    },
  );

  it('accepts a plausible one, and refuses an implausible one on a change', async () => {
    const created = await create('1960-07-01');
    expect(created.status).toBe(201);
    const { client } = await created.json();
    const changed = await t.request(`/api/clients/${client.id}`, {
      method: 'PATCH',
      cookie,
      body: { birthDate: '9999-12-31' },
    });
    await expectRefusal(changed, { status: 400, code: 'client.birth_date_out_of_range' });
    const read = await (await t.request(`/api/clients/${client.id}`, { cookie })).json();
    expect(read.client.birthDate).toBe('1960-07-01');
  });

  it('refuses an implausible one in an imported row, with the field and the reason', async () => {
    const csv = [
      'dossiernummer;voornaam;achternaam;geboortedatum;taal',
      'BD-IMP-1;An;Oud;1800-01-01;nl',
      'BD-IMP-2;Bo;Goed;1975-05-05;nl',
    ].join('\n');
    const res = await t.request('/api/clients/import', {
      method: 'POST',
      cookie,
      body: { csv, dryRun: true },
    });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.rows.map((row: { outcome: string }) => row.outcome)).toEqual(['refused', 'create']);
    expect(report.rows[0].problems).toEqual([{ field: 'birthDate', code: 'date_out_of_range' }]);
  });
});

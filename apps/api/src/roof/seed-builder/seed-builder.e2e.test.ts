import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystemScope } from '../../ground/database/database';
import { clientsTable } from '../../records/clients/clients.tables';
import { createTestApp, type TestApp } from '../testing/test-app';
import { createSeedBuilder } from './seed-builder';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t.close();
});

describe('the seed builder', () => {
  it('inserts each object with an id of its kind and hands back the rows it wrote', async () => {
    await withSystemScope({
      work: async () => {
        const seed = createSeedBuilder({ db: t.db });
        const tenant = await seed.tenant({ name: 'OCMW Proef', slug: 'proef' });
        const [welfare] = await seed.organisations([
          { kind: 'welfare', name: 'OCMW Proef', tenantId: tenant.id },
        ]);
        const [author] = await seed.users([
          {
            email: 'sociaal@proef.test',
            passwordHash: 'x',
            displayName: 'Sociaal',
            organisationId: welfare!.id,
            orgKind: 'welfare',
            role: 'social_worker',
          },
        ]);
        const client = await seed.client({
          tenantId: tenant.id,
          fileNumber: 'PRF-1',
          firstName: 'An',
          lastName: 'Peeters',
          createdBy: author!.id,
        });
        expect(tenant.id).toMatch(/^ten_/);
        expect(client.id).toMatch(/^cli_/);
        expect(client.firstName).toBe('An');
        const [row] = await t.db.select().from(clientsTable).where(eq(clientsTable.id, client.id));
        expect(row).toMatchObject({ tenantId: tenant.id, lastName: 'Peeters', createdBy: author!.id });
      },
    });
  });

  it('writes nothing for an empty list', async () => {
    expect(await createSeedBuilder({ db: t.db }).signals([])).toEqual([]);
  });
});

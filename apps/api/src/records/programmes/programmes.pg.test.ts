import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { appForFile } from '../../roof/testing/app-for-file';
import { signInNewAccount } from '../../roof/testing/first-login';
import type { TestApp } from '../../roof/testing/test-app';
import { programmesTable } from './programmes.tables';

// "A tenant has at most one active programme" under real concurrency: separate connections, started together.
let t: TestApp;
let cookie: string;
let tenantId: string;

appForFile(
  async (app) => {
    t = app;
    const organisations = createOrganisationsRepository({ db: t.db });
    const { tenant } = await organisations.insertTenant({ name: 'OCMW Aalst', slug: 'aalst' });
    tenantId = tenant.id;
    const { organisation } = await organisations.insertOrganisation({
      kind: 'welfare',
      name: 'OCMW Aalst',
      tenantId,
    });
    cookie = await signInNewAccount({
      t,
      email: 'admin@ocmw-aalst.test',
      organisationRef: organisation.id,
      role: 'admin',
      displayName: 'Beheerder',
    });
  },
  { demo: false },
);

describe('one active programme per welfare centre on PostgreSQL', () => {
  it('starts exactly one of 10 programmes started at the same time; the other 9 get 409', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        t.request('/api/programmes', { method: 'POST', cookie, body: { name: `Digipakket ${index}` } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(9);
    for (const answer of answers.filter((candidate) => candidate.status === 409))
      expect((await answer.json()).error.code).toBe('programme.already_active');
    expect(await t.db.$count(programmesTable, eq(programmesTable.tenantId, tenantId))).toBe(1);
  });

  it('holds one active programme per tenant in the database itself, for two writes past the API at once', async () => {
    const insert = (id: string, status: string) =>
      t.db.execute(
        sql`INSERT INTO programmes (id, tenant_id, name, status) VALUES (${id}, ${tenantId}, 'Direct', ${status})`,
      );
    await t.db.execute(sql`UPDATE programmes SET status = 'closed' WHERE tenant_id = ${tenantId}`);
    const results = await Promise.allSettled([
      insert('prg_directone', 'active'),
      insert('prg_directtwo', 'active'),
    ]);
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(getUniqueViolationConstraint((refused[0] as PromiseRejectedResult).reason)).toBe(
      'programmes_one_active_per_tenant',
    );
    await insert('prg_directclosed', 'closed');
    expect(
      await t.db.$count(
        programmesTable,
        sql`${programmesTable.tenantId} = ${tenantId} AND ${programmesTable.status} = 'active'`,
      ),
    ).toBe(1);
  });
});

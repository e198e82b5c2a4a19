import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows, withDatabaseScope } from '../../ground/database/database';
import { searchCondition } from '../../records/clients/clients.repository';
import { clientsTable } from '../../records/clients/clients.tables';
import { appForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';

let t: TestApp;
let tenantId: string;

const FIRST = ['Jan', 'José', 'Fatma', 'Mohammed', 'Ana', 'Zoë', 'Pieter', 'Çağlar'];
const LAST = ['Peeters', 'López', 'Yılmaz', 'El Amrani', 'Janssens', 'Noël', 'De Smet', 'Şimşek'];

appForFile(async (app) => {
  t = app;
  const [client] = await t.db.select({ tenantId: clientsTable.tenantId }).from(clientsTable).limit(1);
  tenantId = client!.tenantId;
  // A welfare centre of 3000 clients, the size the search has to stay fast on.
  await t.db.execute(sql`
    INSERT INTO clients (id, tenant_id, file_number, first_name, last_name, preferred_language)
    SELECT 'cli_' || lpad(i::text, 20, '0'), ${tenantId}, 'PERF-' || i,
      (string_to_array(${FIRST.join(',')}, ','))[1 + i % ${FIRST.length}],
      CASE WHEN i % 300 = 0 THEN (string_to_array(${LAST.join(',')}, ','))[1 + (i / 300) % ${LAST.length}]
        ELSE initcap(translate(substr(md5(i::text), 1, 9), '0123456789', 'aeioubkmrt')) END,
      'nl'
    FROM generate_series(1, 3000) AS i`);
  // As autovacuum would: merges the GIN pending list of the rows just added, then gathers statistics.
  await t.db.execute(sql`VACUUM ANALYZE clients`);
});

async function plan(q: string) {
  const query = t.db
    .select({ id: clientsTable.id })
    .from(clientsTable)
    .where(and(eq(clientsTable.tenantId, tenantId), searchCondition({ q })))
    .getSQL();
  // As the API runs it: its role, under row-level security, in the centre's scope. A search
  // condition whose functions are not leakproof would then be applied after the tenant policy, so
  // never through the index.
  const rows = await withDatabaseScope({
    scope: { kind: 'tenants', tenantIds: [tenantId] },
    work: () => queryRows<{ 'QUERY PLAN': string }>({ db: t.appDb, query: sql`EXPLAIN ${query}` }),
  });
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

describe('client search on PostgreSQL', () => {
  it('reads names through the trigram index led by the tenant, also under row-level security', async () => {
    for (const q of ['lopez', 'López', 'jose lopez', 'simsek']) {
      const text = await plan(q);
      expect(text, q).toContain('clients_tenant_search_name_trgm_idx');
      expect(text, q).toMatch(/Index Cond: \(\(tenant_id = .*search_name/);
      expect(text, q).not.toMatch(/Seq Scan on clients/);
    }
  });

  it('finds the accented names of a large centre with a query without accents', async () => {
    const [row] = await queryRows<{ n: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS n FROM clients WHERE tenant_id = ${tenantId} AND ${searchCondition({ q: 'simsek' })}`,
    });
    expect(row!.n).toBeGreaterThan(0);
  });
});

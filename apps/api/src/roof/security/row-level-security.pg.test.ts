import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDatabaseAppUrl } from '../../ground/config/config';
import {
  queryRows,
  withDatabaseScope,
  withSystemScope,
  withTransaction,
} from '../../ground/database/database';
import { partnershipsTable } from '../../ground/organisations/organisations.tables';
import { clientsTable } from '../../records/clients/clients.tables';
import { createTestApp, type TestApp } from '../testing/test-app';
import { createOtherTenant } from './security.fixtures';

/**
 * Tables with a `tenant_id` column that row-level security leaves open on purpose, and why
 * (docs/adr/0004-row-level-security.md). Any other table with a `tenant_id` column must have
 * row-level security enabled and forced, with a `tenant_isolation` policy.
 */
const WITHOUT_ROW_LEVEL_SECURITY: Record<string, string> = {
  organisations:
    'read with the session, before a tenant context exists; partner organisations have no tenant',
  partnerships: 'defines the tenant context of a partner organisation itself',
};

/** Tenant-owned tables the demo tenant leaves empty; the checks on rows skip them. */
const EMPTY_IN_DEMO = new Set([
  'buddy_meetings',
  'contact_consents',
  'digipunt_info_records',
  'info_moment_invitations',
  'info_moments',
  'messages',
  'outcome_answers',
  'outcome_rounds',
  'statement_line_reconciliations',
  'statement_lines',
  'statements',
  'trajectory_events',
]);

let t: TestApp;
let other: Awaited<ReturnType<typeof createOtherTenant>>;
let app: postgres.Sql;
let demoTenantId: string;
let tables: { name: string; rls: boolean; forced: boolean; policies: string[] }[];
let protectedTables: string[];

beforeAll(async () => {
  t = await createTestApp();
  other = await createOtherTenant({ t });
  const [row] = await queryRows<{ id: string; database: string }>({
    db: t.db,
    query: sql`SELECT id, current_database() AS database FROM tenants WHERE slug <> 'elders'`,
  });
  demoTenantId = row!.id;
  for (const tenantId of [demoTenantId, other.tenantId]) {
    await t.db.execute(
      sql`INSERT INTO jobs (id, tenant_id, kind) VALUES (${`job_rls_${tenantId}`}, ${tenantId}, 'rls.probe')`,
    );
  }
  const url = new URL(getTestDatabaseAppUrl()!);
  url.pathname = `/${row!.database}`;
  app = postgres(url.toString(), { max: 1, onnotice: () => {} });
  tables = await queryRows({
    db: t.db,
    query: sql`SELECT c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
                 coalesce(array_agg(p.polname::text) FILTER (WHERE p.polname IS NOT NULL), '{}') AS policies
               FROM pg_class c
               JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
               LEFT JOIN pg_policy p ON p.polrelid = c.oid
               WHERE c.relkind IN ('r', 'p')
               GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity
               ORDER BY c.relname`,
  });
  protectedTables = tables.map((table) => table.name).filter((name) => !WITHOUT_ROW_LEVEL_SECURITY[name]);
});
afterAll(async () => {
  await app?.end();
  await t?.close();
});

/** Runs `work` on the application role's one connection with the given settings, then clears them. */
async function asApp<T>(settings: { tenantIds?: string; scope?: string }, work: () => Promise<T>) {
  await app`SELECT set_config('digipakket.tenant_ids', ${settings.tenantIds ?? ''}, false),
                   set_config('digipakket.scope', ${settings.scope ?? ''}, false)`;
  try {
    return await work();
  } finally {
    await app`SELECT set_config('digipakket.tenant_ids', '', false), set_config('digipakket.scope', '', false)`;
  }
}

async function ownerCount(table: string, where = 'true') {
  const [row] = await queryRows<{ n: string }>({
    db: t.db,
    query: sql.raw(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`),
  });
  return Number(row!.n);
}

async function appCount(table: string, where = 'true') {
  const [row] = await app.unsafe<{ n: string }[]>(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`);
  return Number(row!.n);
}

describe('row-level security on tenant-owned tables', () => {
  it('is enabled and forced, with a tenant_isolation policy, on every table with a tenant_id column', () => {
    const unprotected = tables
      .filter((table) => !WITHOUT_ROW_LEVEL_SECURITY[table.name])
      .filter((table) => !table.rls || !table.forced || !table.policies.includes('tenant_isolation'))
      .map((table) => table.name);
    expect(unprotected).toEqual([]);
    expect(protectedTables).toContain('clients');
    expect(protectedTables).toContain('audit_log');
  });

  it('reads the tenant context once per query, not once per row, in every tenant policy', async () => {
    const policies = await queryRows<{ table: string; qual: string; check: string | null }>({
      db: t.db,
      query: sql`SELECT tablename AS table, qual, with_check AS check FROM pg_policies
                 WHERE schemaname = 'public' AND policyname = 'tenant_isolation'`,
    });
    expect(policies.length).toBe(protectedTables.length);
    // As scalar subqueries the context functions are InitPlans; called inline they run for every row.
    const perRow = policies
      .filter((policy) =>
        [policy.qual, policy.check]
          .filter((expression): expression is string => expression !== null)
          .some(
            (expression) =>
              !expression.includes('SELECT digipakket_tenant_ids()') ||
              !expression.includes('SELECT digipakket_system_scope()'),
          ),
      )
      .map((policy) => policy.table);
    expect(perRow).toEqual([]);
  });

  it('lists only existing tables with a tenant_id column as exceptions', () => {
    const names = tables.map((table) => table.name);
    expect(Object.keys(WITHOUT_ROW_LEVEL_SECURITY).filter((name) => !names.includes(name))).toEqual([]);
    expect([...EMPTY_IN_DEMO].filter((name) => !protectedTables.includes(name))).toEqual([]);
  });

  it('connects the API as a role that owns no table and neither is a superuser nor bypasses it', async () => {
    const [role] = await app<{ name: string; superuser: boolean; bypass: boolean }[]>`
      SELECT rolname AS name, rolsuper AS superuser, rolbypassrls AS bypass
      FROM pg_roles WHERE rolname = current_user`;
    expect(role).toEqual({ name: 'digipakket_app', superuser: false, bypass: false });
    const owned = await app`SELECT tablename FROM pg_tables WHERE tableowner = current_user`;
    expect(owned).toEqual([]);
  });

  it('shows the application role no row of any tenant-owned table without a tenant context', async () => {
    const empty: string[] = [];
    const visible: string[] = [];
    for (const table of protectedTables) {
      if ((await ownerCount(table)) === 0) empty.push(table);
      if ((await appCount(table)) > 0) visible.push(table);
    }
    expect(empty.filter((table) => !EMPTY_IN_DEMO.has(table))).toEqual([]);
    expect(visible).toEqual([]);
  });

  it("with one tenant's context, returns only that tenant's rows from a query without a tenant filter", async () => {
    await asApp({ tenantIds: other.tenantId }, async () => {
      const tenants = await app`SELECT DISTINCT tenant_id FROM clients`;
      expect(tenants).toEqual([{ tenant_id: other.tenantId }]);
      for (const table of protectedTables) {
        const foreign = await appCount(table, `tenant_id IS DISTINCT FROM '${other.tenantId}'`);
        expect({ table, foreign }).toEqual({ table, foreign: 0 });
      }
    });
    await asApp({ tenantIds: demoTenantId }, async () => {
      for (const table of protectedTables.filter((name) => !EMPTY_IN_DEMO.has(name))) {
        const own = await appCount(table);
        expect({ table, same: own }).toEqual({
          table,
          same: await ownerCount(table, `tenant_id = '${demoTenantId}'`),
        });
      }
    });
  });

  it("refuses to write a row of another tenant, and leaves that tenant's rows untouched", async () => {
    await asApp({ tenantIds: demoTenantId }, async () => {
      await expect(
        app`INSERT INTO clients (id, tenant_id, file_number, first_name, last_name, preferred_language)
            VALUES ('cli_rls_probe', ${other.tenantId}, 'RLS-1', 'Probe', 'Row', 'nl')`,
      ).rejects.toMatchObject({ code: '42501' });
      const updated = await app`UPDATE clients SET first_name = 'Changed' WHERE id = ${other.clientId}`;
      expect(updated.count).toBe(0);
      const deleted = await app`DELETE FROM clients WHERE id = ${other.clientId}`;
      expect(deleted.count).toBe(0);
    });
    expect(await ownerCount('clients', `id = '${other.clientId}' AND first_name = 'Other'`)).toBe(1);
  });

  it('lets the system scope see every tenant', async () => {
    await asApp({ scope: 'system' }, async () => {
      const tenants = await app`SELECT DISTINCT tenant_id FROM clients ORDER BY tenant_id`;
      expect(tenants.map((row) => row.tenant_id).sort()).toEqual([demoTenantId, other.tenantId].sort());
    });
  });

  it('keeps the audit log append-only for the application role by its privileges', async () => {
    await asApp({ scope: 'system' }, async () => {
      await expect(app`UPDATE audit_log SET action = 'x'`).rejects.toMatchObject({ code: '42501' });
      await expect(app`DELETE FROM audit_log`).rejects.toMatchObject({ code: '42501' });
    });
  });
});

describe("the API's database scopes", () => {
  it('find nothing of a tenant-owned table outside any scope', async () => {
    expect(await t.appDb.select().from(clientsTable)).toEqual([]);
  });

  it("see only the scope's tenants, also inside a transaction and a nested one", async () => {
    const rows = await withDatabaseScope({
      scope: { kind: 'tenants', tenantIds: [other.tenantId] },
      work: () =>
        withTransaction({
          db: t.appDb,
          work: (tx) =>
            tx.transaction((nested) => nested.select({ tenantId: clientsTable.tenantId }).from(clientsTable)),
        }),
    });
    expect(new Set(rows.map((row) => row.tenantId))).toEqual(new Set([other.tenantId]));
  });

  it('roll a failed transaction back on the scope connection and keep serving the scope after', async () => {
    const outcome = await withDatabaseScope({
      scope: { kind: 'tenants', tenantIds: [other.tenantId] },
      work: async () => {
        await expect(
          withTransaction({
            db: t.appDb,
            work: async (tx) => {
              await tx
                .update(clientsTable)
                .set({ firstName: 'Rolled' })
                .where(eq(clientsTable.id, other.clientId));
              throw new Error('stop');
            },
          }),
        ).rejects.toThrow('stop');
        return t.appDb
          .select({ firstName: clientsTable.firstName })
          .from(clientsTable)
          .where(eq(clientsTable.id, other.clientId));
      },
    });
    expect(outcome).toEqual([{ firstName: 'Other' }]);
  });

  it('give a partner organisation the tenants it works for', async () => {
    const [partnership] = await t.db.select().from(partnershipsTable).limit(1);
    const rows = await withDatabaseScope({
      scope: { kind: 'partner', organisationId: partnership!.partnerOrgId },
      work: () => t.appDb.selectDistinct({ tenantId: clientsTable.tenantId }).from(clientsTable),
    });
    expect(rows).toEqual([{ tenantId: partnership!.tenantId }]);
  });

  it('see every tenant in the system scope', async () => {
    const rows = await withSystemScope({
      work: () => t.appDb.selectDistinct({ tenantId: clientsTable.tenantId }).from(clientsTable),
    });
    expect(rows.map((row) => row.tenantId).sort()).toEqual([demoTenantId, other.tenantId].sort());
  });

  it('clear the settings before the connection goes back to the pool', async () => {
    await withSystemScope({ work: () => t.appDb.select().from(clientsTable).limit(1) });
    const results = await Promise.all(
      Array.from({ length: 30 }, () => t.appDb.select({ id: clientsTable.id }).from(clientsTable)),
    );
    expect(results.flat()).toEqual([]);
  });
});

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../ground/audit/audit.usecases';
import { getTestDatabaseAppUrl, getTestDatabaseUrl } from '../../ground/config/config';
import { openDatabase, queryRows, withSystemScope } from '../../ground/database/database';
import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import { createManualClock } from '../../ground/shared/clock';
import { randomString } from '../../ground/shared/ids';
import { loadDemoData } from '../demo/demo.seed';
import { createTestDatabase, TEST_NOW } from '../testing/test-app';
import { backupDatabase, describeTables, restoreDatabase } from './backup.usecases';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'dp-backup-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function seed(db: Parameters<typeof loadDemoData>[0]['db']) {
  await loadDemoData({
    db,
    clock: createManualClock({ start: TEST_NOW }),
    password: 'digipakket-demo',
    timeZone: 'Europe/Brussels',
  });
}

/** One audit row, so the drill checks that the append-only audit log comes back too. */
function writeDrillAudit(db: Parameters<typeof writeAudit>[0]['db']) {
  return writeAudit({
    db,
    entry: { actor: undefined, tenantId: null, action: 'backup.drill', resource: 'database', at: TEST_NOW },
  });
}

/** The tables a drill backs up hold clients and audit rows, so equal counts after a restore mean something. */
function expectClientsAndAuditRows(tables: Awaited<ReturnType<typeof describeTables>>['tables']) {
  expect(tables.find((table) => table.table === 'public.clients')!.rows).toBeGreaterThan(0);
  expect(tables.find((table) => table.table === 'public.audit_log')!.rows).toBeGreaterThan(0);
}

describe('backup and restore drill', () => {
  it('brings a PostgreSQL backup back into a scratch database with identical row counts and checksums', async () => {
    const source = await createTestDatabase();
    const serverUrl = getTestDatabaseUrl()!;
    const scratchName = `dp_restore_${randomString({ length: 10 })}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${scratchName}`);
    const scratchUrl = new URL(serverUrl);
    scratchUrl.pathname = `/${scratchName}`;
    try {
      await seed(source.db);
      await writeDrillAudit(source.db);
      const { tables: original } = await describeTables({ db: source.db });
      const [current] = await queryRows<{ name: string }>({
        db: source.db,
        query: sql`SELECT current_database() AS name`,
      });
      const url = new URL(serverUrl);
      url.pathname = `/${current!.name}`;

      const file = join(folder, 'drill.dump');
      await backupDatabase({ url: url.toString(), dataDir: '', out: file });
      expect(statSync(file).size).toBeGreaterThan(1000);

      await restoreDatabase({ url: scratchUrl.toString(), dataDir: '', file, now: TEST_NOW });
      const restored = await openDatabase({ url: scratchUrl.toString(), poolSize: 2 });
      try {
        const { tables } = await describeTables({ db: restored.db });
        expect(original.length).toBeGreaterThan(20);
        expectClientsAndAuditRows(original);
        expect(tables).toEqual(original);
        // The append-only guard comes back with the data.
        await expect(restored.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
      } finally {
        await restored.close();
      }
    } finally {
      await source.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('backs up and restores as a table owner that is no superuser, with row-level security forced on it', async () => {
    const serverUrl = getTestDatabaseUrl()!;
    const suffix = randomString({ length: 10 });
    const owner = { role: `dp_owner_${suffix}`, password: randomString({ length: 24 }) };
    const sourceName = `dp_owned_${suffix}`;
    const targetName = `dp_owned_restore_${suffix}`;
    const as = ({ role, password, name }: { role?: string; password?: string; name: string }) => {
      const url = new URL(serverUrl);
      if (role) {
        url.username = role;
        url.password = password ?? '';
      }
      url.pathname = `/${name}`;
      return url.toString();
    };
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(
      `CREATE ROLE ${owner.role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${owner.password}'`,
    );
    await admin.unsafe(`CREATE DATABASE ${sourceName} OWNER ${owner.role}`);
    await admin.unsafe(`CREATE DATABASE ${targetName} OWNER ${owner.role}`);
    const sourceUrl = as({ ...owner, name: sourceName });
    const targetUrl = as({ ...owner, name: targetName });
    try {
      const source = await openDatabase({ url: sourceUrl, poolSize: 2 });
      let original: Awaited<ReturnType<typeof describeTables>>['tables'];
      try {
        await source.migrate();
        await seed(source.db);
        await withSystemScope({ work: () => writeDrillAudit(source.db) });
        ({ tables: original } = await withSystemScope({ work: () => describeTables({ db: source.db }) }));
        // Forced row-level security hides every row from the owner outside the system scope.
        const [unscoped] = await queryRows<{ n: number }>({
          db: source.db,
          query: sql`SELECT count(*)::int AS n FROM clients`,
        });
        expect(unscoped!.n).toBe(0);
      } finally {
        await source.close();
      }
      // What the owner counts in the system scope is every row: the superuser, whom no policy limits, agrees.
      const superuserView = await openDatabase({ url: as({ name: sourceName }), poolSize: 1 });
      try {
        expect((await describeTables({ db: superuserView.db })).tables).toEqual(original);
      } finally {
        await superuserView.close();
      }
      expectClientsAndAuditRows(original);

      const file = join(folder, 'owned.dump');
      // An operator's own PGOPTIONS are kept beside the system scope.
      const operatorOptions = process.env.PGOPTIONS;
      process.env.PGOPTIONS = '-c lock_timeout=60000';
      try {
        await backupDatabase({ url: sourceUrl, dataDir: '', out: file });
        await restoreDatabase({ url: targetUrl, dataDir: '', file, now: TEST_NOW });
      } finally {
        if (operatorOptions === undefined) delete process.env.PGOPTIONS;
        else process.env.PGOPTIONS = operatorOptions;
      }

      const restored = await openDatabase({ url: targetUrl, poolSize: 2 });
      try {
        const { tables } = await withSystemScope({ work: () => describeTables({ db: restored.db }) });
        expect(tables).toEqual(original);
        // The restore gives the tables to the restoring owner, with their policies still forced on it.
        const guarded = await queryRows<{ name: string; owner: string; forced: boolean; policies: number }>({
          db: restored.db,
          query: sql`SELECT c.relname AS name, pg_get_userbyid(c.relowner) AS owner,
              c.relrowsecurity AND c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname IN ('clients', 'cheques', 'visits')
            ORDER BY 1`,
        });
        expect(guarded).toEqual(
          ['cheques', 'clients', 'visits'].map((name) => ({
            name,
            owner: owner.role,
            forced: true,
            policies: 1,
          })),
        );
        const [unscoped] = await queryRows<{ n: number }>({
          db: restored.db,
          query: sql`SELECT count(*)::int AS n FROM clients`,
        });
        expect(unscoped!.n).toBe(0);
        // The append-only audit log comes back guarded: no policy lets the owner delete a row, and
        // truncating (which policies do not cover) meets the trigger.
        const auditRows = original.find((table) => table.table === 'public.audit_log')!.rows;
        await withSystemScope({
          work: async () => {
            await restored.db.execute(sql`DELETE FROM audit_log`);
            await expect(restored.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
            const [left] = await queryRows<{ n: number }>({
              db: restored.db,
              query: sql`SELECT count(*)::int AS n FROM audit_log`,
            });
            expect(left!.n).toBe(auditRows);
          },
        });
      } finally {
        await restored.close();
      }

      // The API's role gets its grants back from the owner when the API starts (and migrates) after the
      // restore, which leaves privileges out; it then reads the restored rows within its scope only.
      const appRole = new URL(getTestDatabaseAppUrl()!);
      const served = await openDatabase({
        url: as({ role: appRole.username, password: appRole.password, name: targetName }),
        ownerUrl: targetUrl,
        poolSize: 2,
      });
      try {
        await served.migrate();
        expect((await withSystemScope({ work: () => describeTables({ db: served.db }) })).tables).toEqual(
          original,
        );
      } finally {
        await served.close();
      }

      // Restoring over a database that changed since the backup (the operator's case) replaces its rows.
      const changed = await openDatabase({ url: sourceUrl, poolSize: 1 });
      try {
        await withSystemScope({
          work: () =>
            createOrganisationsRepository({ db: changed.db }).insertTenant({
              name: 'OCMW Na de back-up',
              slug: 'na-de-back-up',
            }),
        });
        await restoreDatabase({ url: sourceUrl, dataDir: '', file, now: TEST_NOW });
        expect((await withSystemScope({ work: () => describeTables({ db: changed.db }) })).tables).toEqual(
          original,
        );
      } finally {
        await changed.close();
      }
    } finally {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${sourceName} WITH (FORCE)`);
      await admin.unsafe(`DROP DATABASE IF EXISTS ${targetName} WITH (FORCE)`);
      await admin.unsafe(`DROP ROLE IF EXISTS ${owner.role}`);
      await admin.end();
    }
  }, 120_000);

  it('brings a PGlite backup back into a new data folder with identical row counts and checksums', async () => {
    const dataDir = join(folder, 'pglite');
    const source = await openDatabase({ dataDir });
    await source.migrate();
    // A small data set: the on-disk PGlite is slow to fill, and the folder is copied whole anyway.
    const { tenant } = await createOrganisationsRepository({ db: source.db }).insertTenant({
      name: 'OCMW Backup',
      slug: 'backup',
    });
    await writeAudit({
      db: source.db,
      entry: {
        actor: undefined,
        tenantId: tenant.id,
        action: 'backup.drill',
        resource: 'database',
        at: TEST_NOW,
      },
    });
    const { tables: original } = await describeTables({ db: source.db });
    await source.close();

    const file = join(folder, 'drill.tar.gz');
    await backupDatabase({ url: undefined, dataDir, out: file });
    const { movedAside } = await restoreDatabase({ url: undefined, dataDir, file, now: TEST_NOW });
    expect(movedAside).toMatch(/pglite\.before-restore-/);

    const restored = await openDatabase({ dataDir });
    try {
      expect(original.find((table) => table.table === 'public.tenants')!.rows).toBe(1);
      expect((await describeTables({ db: restored.db })).tables).toEqual(original);
    } finally {
      await restored.close();
    }
  }, 120_000);
});

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDatabaseUrl } from '../app/config';
import { openDatabase, queryRows } from '../app/database';
import { createTestDatabase, TEST_NOW } from '../app/testing/test-app';
import { writeAudit } from '../audit/audit.usecases';
import { loadDemoData } from '../demo/demo.seed';
import { createOrganisationsRepository } from '../organisations/organisations.repository';
import { createManualClock } from '../shared/clock';
import { randomString } from '../shared/ids';
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
      await writeAudit({
        db: source.db,
        entry: {
          actor: undefined,
          tenantId: null,
          action: 'backup.drill',
          resource: 'database',
          at: TEST_NOW,
        },
      });
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
        expect(original.find((table) => table.table === 'public.clients')!.rows).toBeGreaterThan(0);
        expect(original.find((table) => table.table === 'public.audit_log')!.rows).toBeGreaterThan(0);
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

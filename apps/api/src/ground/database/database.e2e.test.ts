import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOrganisationsRepository } from '../organisations/organisations.repository';
import { getMigrationStatus, openDatabase } from './database';

const dataDir = mkdtempSync(join(tmpdir(), 'dp-pglite-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('PGlite in a data folder', () => {
  // Two PGlite start-ups with the migrations check: 7 to 12 s on a quiet machine, more on a busy one.
  it('keeps data across a restart and does not migrate twice', async () => {
    const first = await openDatabase({ dataDir });
    await first.migrate();
    const { tenant } = await createOrganisationsRepository({ db: first.db }).insertTenant({
      name: 'OCMW Restart',
      slug: 'ocmw-restart',
    });
    const before = await getMigrationStatus({ db: first.db });
    await first.close();

    const second = await openDatabase({ dataDir });
    await second.migrate();
    const { tenant: found } = await createOrganisationsRepository({ db: second.db }).findTenant({
      ref: 'ocmw-restart',
    });
    expect(found?.id).toBe(tenant.id);
    expect(await getMigrationStatus({ db: second.db })).toEqual(before);
    await second.close();
  }, 120_000);
});

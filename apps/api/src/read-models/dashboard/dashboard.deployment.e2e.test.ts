import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { createOtherTenant } from '../../roof/security/security.fixtures';
import { appForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';
import { formatDeploymentFigures, readDeploymentFigures } from './dashboard.deployment.repository';

let t: TestApp;

appForFile(async (app) => {
  t = app;
  await createOtherTenant({ t });
});

const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>({ db: t.db, query }))[0]!.n;

describe('the deployment-wide figures', () => {
  it('counts every welfare centre on its own line, and the totals add up to the whole database', async () => {
    const figures = await readDeploymentFigures({ db: t.db });
    expect(figures.tenants.map((tenant) => tenant.name).sort()).toEqual(['OCMW Elders', 'OCMW Gent (demo)']);
    expect(figures.totals).toEqual({
      tenants: 2,
      clients: await count(sql`SELECT count(*)::int AS n FROM clients`),
      laptopsHandedOut: await count(sql`SELECT count(*)::int AS n FROM devices WHERE status = 'handed_out'`),
      chequesIssued: await count(sql`SELECT count(*)::int AS n FROM cheques`),
      chequesRedeemed: await count(sql`SELECT count(*)::int AS n FROM cheques WHERE status = 'redeemed'`),
      chequesExpired: await count(sql`SELECT count(*)::int AS n FROM cheques WHERE status = 'expired'`),
      attendanceMarks: await count(sql`SELECT count(*)::int AS n FROM attendance`),
      attended: await count(
        sql`SELECT count(*)::int AS n FROM attendance WHERE status IN ('present', 'late')`,
      ),
      openSignals: await count(sql`SELECT count(*)::int AS n FROM signals WHERE status = 'open'`),
    });
    const gent = figures.tenants.find((tenant) => tenant.name === 'OCMW Gent (demo)')!;
    expect(gent.clients).toBe(
      await count(sql`SELECT count(*)::int AS n FROM clients WHERE tenant_id = ${gent.tenantId}`),
    );
    expect(gent.chequesRedeemed).toBeGreaterThan(0);
  });

  it('prints one aligned line per centre and a line of totals', async () => {
    const text = formatDeploymentFigures({ figures: await readDeploymentFigures({ db: t.db }) });
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^welfare centre\s+clients\s+laptops/);
    expect(lines[3]).toMatch(/^total \(2 centres\)/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

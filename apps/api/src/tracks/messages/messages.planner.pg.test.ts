import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { appForFile } from '../../roof/testing/app-for-file';
import type { TestApp } from '../../roof/testing/test-app';
import { planScheduledMessages } from './messages.planner';

const CLIENTS = 3000;

let t: TestApp;

appForFile(async (app) => {
  t = app;
  const [programme] = await t.db.select().from(programmesTable);
  const tenantId = programme!.tenantId;
  // A wave of Gent's size, set-based: every client's installation visit five weeks ago, the second
  // cheque unused, no consent recorded (so every nudge goes by letter).
  const statements = [
    sql`INSERT INTO clients (id, tenant_id, file_number, first_name, last_name, preferred_language)
        SELECT 'cli_ndg' || n, ${tenantId}, 'NDG-' || n, 'Voornaam', 'Naam' || n, 'nl' FROM generate_series(1, ${CLIENTS}) n`,
    sql`INSERT INTO cheques (id, tenant_id, client_id, programme_id, code, purpose, status, valid_until, home_help_org_id, redeemed_at, issued_at)
        SELECT 'chq_ndi' || n, ${tenantId}, 'cli_ndg' || n, p.id, 'NDGI' || n, 'installation', 'redeemed',
          current_date + 300, p.home_help_org_id, now() - interval '35 days', now() - interval '60 days'
        FROM generate_series(1, ${CLIENTS}) n CROSS JOIN programmes p WHERE p.id = ${programme!.id}`,
    sql`INSERT INTO cheques (id, tenant_id, client_id, programme_id, code, purpose, status, valid_until, home_help_org_id, issued_at)
        SELECT 'chq_ndf' || n, ${tenantId}, 'cli_ndg' || n, p.id, 'NDGF' || n, 'free', 'issued',
          current_date + 300, p.home_help_org_id, now() - interval '60 days'
        FROM generate_series(1, ${CLIENTS}) n CROSS JOIN programmes p WHERE p.id = ${programme!.id}`,
    sql`ANALYZE`,
  ];
  for (const statement of statements) await t.db.execute(statement);
});

const nudges = async () => {
  const [row] = await queryRows<{ count: number }>({
    db: t.db,
    query: sql`SELECT count(*)::int AS count FROM messages WHERE kind = 'cheque_nudge' AND client_id LIKE 'cli_ndg%'`,
  });
  return row!.count;
};

describe('planning the nudges of a wave on PostgreSQL', () => {
  it('writes one nudge per client in one run, and none again in the next', async () => {
    const started = performance.now();
    const first = await planScheduledMessages({ db: t.db, now: new Date(), timeZone: 'Europe/Brussels' });
    const firstMs = performance.now() - started;
    const again = performance.now();
    const second = await planScheduledMessages({ db: t.db, now: new Date(), timeZone: 'Europe/Brussels' });
    const secondMs = performance.now() - again;
    // A figure for the guides, not a timed assertion: the machine is shared.
    console.info(
      `nudges for ${CLIENTS} clients (${t.driver}): first run ${firstMs.toFixed(0)} ms, next run ${secondMs.toFixed(0)} ms`,
    );
    expect(first.nudges).toBeGreaterThanOrEqual(CLIENTS);
    expect(second.nudges).toBe(0);
    expect(await nudges()).toBe(CLIENTS);
  });
});

import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestDatabaseUrl } from '../../ground/config/config';
import { randomString } from '../../ground/shared/ids';
import { countTableRows, loadGeneratedData } from './data-generator.load';
import { createCopySink } from './data-generator.sinks';

const serverUrl = getTestDatabaseUrl();
const name = `dp_gen_${randomString({ length: 10 })}`;
let url = '';

beforeAll(async () => {
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(serverUrl!);
  target.pathname = `/${name}`;
  url = target.toString();
});

afterAll(async () => {
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe('data generator on PostgreSQL', () => {
  it('loads a reduced gent with COPY, every constraint holding, and brings back the dropped keys and indexes', async () => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const result = await loadGeneratedData({
        url,
        seed: 1,
        tenants: 2,
        clientsPerTenant: 200,
        today: '2025-03-12',
        password: 'bench-password-1',
        deferIndexes: true,
      });
      const constraintsAfterLoad =
        await sql`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f'`;
      const indexesAfterLoad =
        await sql`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = 'public'`;

      const counts = await countTableRows({ url });
      expect(counts.clients).toBe(400);
      expect(counts.tenants).toBe(2);
      expect(counts.organisations).toBe(4);
      expect(result.rows).toBe(Object.values(counts).reduce((sum, n) => sum + n, 0));

      const [overCapacity] = await sql`
        SELECT count(*)::int AS n FROM course_groups g
        WHERE g.enrolled_count <> (SELECT count(*) FROM enrolments e WHERE e.group_id = g.id AND e.status = 'enrolled')`;
      expect(overCapacity?.n).toBe(0);
      const [redeemedWithoutVisit] = await sql`
        SELECT count(*)::int AS n FROM cheques c
        WHERE c.status = 'redeemed' AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.cheque_id = c.id)`;
      expect(redeemedWithoutVisit?.n).toBe(0);
      const [visitOfUnredeemed] = await sql`
        SELECT count(*)::int AS n FROM visits v JOIN cheques c ON c.id = v.cheque_id WHERE c.status <> 'redeemed'`;
      expect(visitOfUnredeemed?.n).toBe(0);
      const [crossTenant] = await sql`
        SELECT count(*)::int AS n FROM cheques c JOIN clients k ON k.id = c.client_id WHERE k.tenant_id <> c.tenant_id`;
      expect(crossTenant?.n).toBe(0);

      const fresh = `${name}_fresh`;
      await sql.unsafe(`CREATE DATABASE ${fresh}`);
      try {
        const freshUrl = new URL(url);
        freshUrl.pathname = `/${fresh}`;
        const other = postgres(freshUrl.toString(), { max: 1, onnotice: () => {} });
        const { openDatabase } = await import('../../ground/database/database');
        const connection = await openDatabase({ url: freshUrl.toString(), poolSize: 1 });
        await connection.migrate();
        await connection.close();
        const keys = await other`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f'`;
        const indexes = await other`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = 'public'`;
        await other.end();
        expect(constraintsAfterLoad[0]?.n).toBe(keys[0]?.n);
        expect(indexesAfterLoad[0]?.n).toBe(indexes[0]?.n);
      } finally {
        await sql.unsafe(`DROP DATABASE IF EXISTS ${fresh} WITH (FORCE)`);
      }
    } finally {
      await sql.end();
    }
  }, 120_000);

  it('refuses to load the same tenants twice, leaving the first load intact', async () => {
    await expect(
      loadGeneratedData({
        url,
        seed: 1,
        tenants: 1,
        clientsPerTenant: 50,
        today: '2025-03-12',
        password: 'bench-password-1',
      }),
    ).rejects.toThrow(/already holds generated tenants/);
    const counts = await countTableRows({ url });
    expect(counts.clients).toBe(400);
  }, 60_000);

  it('fails with a clear message, instead of hanging, when PostgreSQL refuses a row after the last chunk', async () => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await sql`CREATE TABLE copy_refusal (id int PRIMARY KEY, label text NOT NULL)`;
      // The duplicate comes last, so the refusal arrives after every chunk has been sent.
      const rows = [...Array.from({ length: 20_000 }, (_, n) => [n, 'x'.repeat(40)]), [0, 'again']];
      await expect(
        sql.begin(async (tx) => {
          await createCopySink({ sql: tx, probeAfterMs: 0 }).write({
            table: 'copy_refusal',
            columns: ['id', 'label'],
            rows,
          });
        }),
      ).rejects.toThrow(/COPY into copy_refusal was refused by PostgreSQL/);
      const [row] = await sql`SELECT count(*)::int AS n FROM copy_refusal`;
      expect(row?.n).toBe(0);
    } finally {
      await sql.end();
    }
  }, 60_000);
});

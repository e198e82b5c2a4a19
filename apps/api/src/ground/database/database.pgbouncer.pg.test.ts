import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOtherTenant } from '../../roof/security/security.fixtures';
import { freePort } from '../../roof/security/security.process';
import { createTestApp, type TestApp } from '../../roof/testing/test-app';
import { getTestDatabaseAppUrl } from '../config/config';
import {
  type DatabaseConnection,
  openDatabase,
  queryRows,
  withDatabaseScope,
  withTransaction,
} from './database';

// The API's database layer through PgBouncer 1.18 (Debian's) in transaction mode, where a client
// connection is one server connection only for the length of a transaction and there are no
// prepared statements: DATABASE_PREPARE=false and DATABASE_POOLER=transaction.

const PGBOUNCER = '/usr/sbin/pgbouncer';
const isRoot = process.getuid?.() === 0;

let t: TestApp;
let dir: string;
let bouncer: ChildProcess | undefined;
let pooled: DatabaseConnection;
const tenants: { id: string; clients: number }[] = [];

async function startPgBouncer({ database }: { database: string }) {
  const server = new URL(getTestDatabaseAppUrl()!);
  const port = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'digipakket-pgbouncer-'));
  chmodSync(dir, 0o777);
  writeFileSync(join(dir, 'userlist.txt'), `"${server.username}" ""\n`);
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `${database} = host=${server.hostname} port=${server.port} dbname=${database}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      "unix_socket_dir = ''",
      'auth_type = trust',
      `auth_file = ${join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      // Fewer server connections than the API's pool: clients take turns on them.
      'default_pool_size = 2',
      'max_client_conn = 100',
      `pidfile = ${join(dir, 'pgbouncer.pid')}`,
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  // PgBouncer refuses to run as root; as root it runs as the `postgres` user, like the throwaway cluster.
  const [command, args] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', PGBOUNCER, join(dir, 'pgbouncer.ini')]]
    : [PGBOUNCER, [join(dir, 'pgbouncer.ini')]];
  bouncer = spawn(command, args, { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!existsSync(join(dir, 'pgbouncer.pid'))) {
    if (Date.now() > deadline) throw new Error('PgBouncer did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = new URL(server);
  url.port = String(port);
  url.pathname = `/${database}`;
  return url.toString();
}

beforeAll(async () => {
  if (!existsSync(PGBOUNCER)) return;
  t = await createTestApp();
  const other = await createOtherTenant({ t });
  for (const tenant of await queryRows<{ id: string }>({ db: t.db, query: sql`SELECT id FROM tenants` })) {
    const [{ n } = { n: 0 }] = await queryRows<{ n: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS n FROM clients WHERE tenant_id = ${tenant.id}`,
    });
    tenants.push({ id: tenant.id, clients: n });
  }
  // The other tenant gets clients of its own, so both tenants have rows to see and not to see.
  await t.db.execute(sql`
    INSERT INTO clients (id, tenant_id, file_number, first_name, last_name, preferred_language)
    SELECT 'cli_bouncer_' || n, ${other.tenantId}, 'B-' || n, 'Voornaam', 'Achternaam', 'nl'
    FROM generate_series(1, 7) AS n`);
  tenants.find((tenant) => tenant.id === other.tenantId)!.clients += 7;
  const [{ database } = { database: '' }] = await queryRows<{ database: string }>({
    db: t.db,
    query: sql`SELECT current_database() AS database`,
  });
  pooled = await openDatabase({
    url: await startPgBouncer({ database }),
    poolSize: 8,
    acquireTimeoutMs: 30_000,
    prepare: false,
    pooler: 'transaction',
  });
}, 60_000);

afterAll(async () => {
  await pooled?.close();
  if (dir && existsSync(join(dir, 'pgbouncer.pid'))) {
    process.kill(Number(readFileSync(join(dir, 'pgbouncer.pid'), 'utf8').trim()), 'SIGTERM');
  }
  bouncer?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
  await t?.close();
});

describe.skipIf(!existsSync(PGBOUNCER))('the database layer behind PgBouncer in transaction mode', () => {
  it("keeps each request to its own tenant's rows while two tenants' requests interleave through the pooler", async () => {
    expect(tenants.filter((tenant) => tenant.clients > 0).length).toBe(2);
    const seen = await Promise.all(
      Array.from({ length: 30 }, (_, i) => {
        const tenant = tenants[i % tenants.length]!;
        return withDatabaseScope({
          scope: { kind: 'tenants', tenantIds: [tenant.id] },
          work: async () => {
            // A single query, then a transaction, with other requests' work in between.
            const before = await queryRows<{ tenant_id: string; n: number }>({
              db: pooled.db,
              query: sql`SELECT tenant_id, count(*)::int AS n FROM clients GROUP BY 1`,
            });
            await new Promise((resolve) => setTimeout(resolve, i % 3));
            const inTransaction = await withTransaction({
              db: pooled.db,
              work: async (tx) => {
                await tx.execute(sql`SELECT pg_sleep(0.005)`);
                return queryRows<{ tenant_id: string; n: number }>({
                  db: tx,
                  query: sql`SELECT tenant_id, count(*)::int AS n FROM clients GROUP BY 1`,
                });
              },
            });
            return { tenant, before, inTransaction };
          },
        });
      }),
    );
    for (const { tenant, before, inTransaction } of seen) {
      expect(before).toEqual([{ tenant_id: tenant.id, n: tenant.clients }]);
      expect(inTransaction).toEqual([{ tenant_id: tenant.id, n: tenant.clients }]);
    }
  }, 60_000);

  it('sees no tenant row outside a scope, also on a server connection a scoped request used before', async () => {
    await withDatabaseScope({
      scope: { kind: 'tenants', tenantIds: [tenants[0]!.id] },
      work: () => queryRows({ db: pooled.db, query: sql`SELECT id FROM clients LIMIT 1` }),
    });
    const rows = await Promise.all(
      Array.from({ length: 6 }, () =>
        queryRows<{ n: number }>({ db: pooled.db, query: sql`SELECT count(*)::int AS n FROM clients` }),
      ),
    );
    expect(rows.map(([row]) => row?.n)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import type { RoleKey } from '../../ground/http/access.policy';
import { appForFile } from '../testing/app-for-file';
import type { TestApp } from '../testing/test-app';
import {
  allows,
  callAs,
  createOtherTenant,
  demoEmail,
  demoSession,
  mintSession,
  ROLE_KEYS,
  readOperations,
} from './security.fixtures';

type AuditRow = {
  tenant_id: string | null;
  actor_user_id: string | null;
  actor_org_id: string | null;
  actor_role: string | null;
  client_id: string | null;
  action: string;
  outcome: string;
};

let t: TestApp;
let other: Awaited<ReturnType<typeof createOtherTenant>>;
let clientId: string;
let tenantId: string;

appForFile(async (app) => {
  t = app;
  other = await createOtherTenant({ t });
  const [row] = await queryRows<{ id: string; tenant_id: string }>({
    db: t.db,
    query: sql`SELECT c.id, c.tenant_id FROM clients c JOIN tenants n ON n.id = c.tenant_id WHERE n.slug <> 'elders' ORDER BY c.id LIMIT 1`,
  });
  clientId = row!.id;
  tenantId = row!.tenant_id;
});

async function rowsOf(requestId: string | null) {
  return queryRows<AuditRow>({
    db: t.db,
    query: sql`SELECT tenant_id, actor_user_id, actor_org_id, actor_role, client_id, action, outcome FROM audit_log WHERE request_id = ${requestId}`,
  });
}

async function userOf(email: string) {
  const [user] = await queryRows<{ id: string; organisation_id: string; role: string }>({
    db: t.db,
    query: sql`SELECT id, organisation_id, role FROM users WHERE email = ${email}`,
  });
  return user!;
}

/**
 * Reads the client file in a fresh session of the demo account with `role`, expects `status`, and
 * one audit row of the request, about the client: who, their organisation and role, `action` and `outcome`.
 */
async function readClientAuditedAs(
  role: RoleKey,
  { status, action, outcome }: { status: number; action: string; outcome: string },
) {
  const email = demoEmail(role);
  const user = await userOf(email);
  const res = await t.request(`/api/clients/${clientId}`, { cookie: await mintSession({ t, email }) });
  expect(res.status).toBe(status);
  expect(await rowsOf(res.headers.get('x-request-id'))).toEqual([
    {
      tenant_id: tenantId,
      actor_user_id: user.id,
      actor_org_id: user.organisation_id,
      actor_role: role.split(':')[1],
      client_id: clientId,
      action,
      outcome,
    },
  ]);
}

describe('the audit log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from the role the API connects as', async () => {
    const before = await queryRows<{ n: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS n FROM audit_log`,
    });
    expect(before[0]!.n).toBeGreaterThan(0);
    for (const statement of [
      sql`UPDATE audit_log SET outcome = 'failure'`,
      sql`UPDATE audit_log SET actor_user_id = NULL`,
      sql`DELETE FROM audit_log`,
      sql`TRUNCATE audit_log`,
    ]) {
      await expect(t.db.execute(statement)).rejects.toThrow();
    }
    const after = await queryRows<{ n: number }>({
      db: t.db,
      query: sql`SELECT count(*)::int AS n FROM audit_log`,
    });
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('reads and refused attempts on a client', () => {
  it('writes exactly one row for each read, naming who, their organisation and role, the client and the outcome', async () => {
    for (let i = 0; i < 2; i += 1) {
      await readClientAuditedAs('welfare:social_worker', {
        status: 200,
        action: 'client.read',
        outcome: 'success',
      });
    }
  });

  it("writes one denied row, in the client's tenant, when a role may not read the client file", async () => {
    await readClientAuditedAs('home_help:student', {
      status: 403,
      action: 'client.access_refused',
      outcome: 'denied',
    });
  });

  it('writes one denied row for a missing client and for a client of another tenant', async () => {
    for (const id of ['cli_00000000000000000000', other.clientId, "cli_'; select 1; --"]) {
      const res = await t.request(`/api/clients/${encodeURIComponent(id)}`, {
        cookie: await demoSession({ t, role: 'welfare:project_lead' }),
      });
      expect(res.status).toBe(404);
      const rows = await rowsOf(res.headers.get('x-request-id'));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ outcome: 'denied', actor_role: 'project_lead', tenant_id: tenantId });
      expect(rows[0]!.client_id).toBeNull();
    }
  });

  it('writes exactly one row for every refused attempt on every route about a client', async () => {
    const { operations } = await readOperations({ t });
    const clientRoutes = operations.filter(
      (operation) =>
        operation.access !== undefined &&
        operation.access !== 'public' &&
        (/^\/api\/clients\/\{id\}/.test(operation.path) || operation.pathParams.includes('clientId')),
    );
    expect(clientRoutes.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const operation of clientRoutes) {
      const param = operation.pathParams.includes('clientId') ? 'clientId' : 'id';
      for (const role of ROLE_KEYS) {
        const allowed = allows({ access: operation.access!, role });
        const res = await callAs({
          t,
          operation,
          role,
          values: { [param]: allowed ? other.clientId : clientId },
          body: operation.hasJsonBody ? {} : undefined,
        });
        if (res.status !== 403 && res.status !== 404) continue;
        const rows = await rowsOf(res.headers.get('x-request-id'));
        if (rows.length !== 1 || rows[0]!.outcome !== 'denied')
          wrong.push(
            `${operation.method} ${operation.path} as ${role}: ${res.status} with ${rows.length} rows`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });
});

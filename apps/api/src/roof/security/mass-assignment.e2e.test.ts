import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import type { RoleKey } from '../../ground/http/access.policy';
import { appForFile } from '../testing/app-for-file';
import { expectRefusal } from '../testing/expect-refusal';
import type { TestApp } from '../testing/test-app';
import {
  type ApiOperation,
  demoSession,
  fillPath,
  mintSession,
  operationLabel,
  resolveSchema,
  welfareCallerOf,
} from './security.fixtures';
import {
  type DemoObjects,
  ownPathValues,
  type ParamFixture,
  prepareRouteCalls,
  type RouteCalls,
} from './security.objects';
import { type SecurityWorld, WORLD_EMAILS } from './security.world';

/** Fields a caller must never set: who owns a row, its state, its identity and its history. */
const FORBIDDEN_FIELDS = {
  tenantId: 'ten_00000000000000000000',
  organisationId: 'org_00000000000000000000',
  homeHelpOrgId: 'org_00000000000000000000',
  trainingOrgId: 'org_00000000000000000000',
  status: 'redeemed',
  ownerId: 'usr_00000000000000000000',
  createdBy: 'usr_00000000000000000000',
  id: 'cli_00000000000000000000',
  redeemedAt: '2025-01-01T00:00:00.000Z',
  createdAt: '2025-01-01T00:00:00.000Z',
} as const;

/** Tables whose rows a refused request may add (who tried what, rate limits, sessions, retries). */
const BOOKKEEPING_TABLES = new Set([
  'audit_log',
  'sessions',
  'login_failures',
  'idempotency_keys',
  'signal_sweeps',
]);

let t: TestApp;
let operations: ApiOperation[];
let document: RouteCalls['document'];
let world: SecurityWorld;
let demo: DemoObjects;
let fixtures: Record<string, ParamFixture>;
let validBody: RouteCalls['validBody'];
let tables: string[];

const label = operationLabel;

appForFile(async (app) => {
  t = app;
  ({ operations, document, world, demo, fixtures, validBody } = await prepareRouteCalls({ t }));
  const rows = await queryRows<{ name: string }>({
    db: t.db,
    query: sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  });
  tables = rows
    .map((row) => row.name)
    .filter((name) => !BOOKKEEPING_TABLES.has(name) && !name.startsWith('__'));
});

/** A checksum of every row of every table that holds the product's data. */
async function fingerprint(): Promise<Record<string, string>> {
  const parts = tables.map(
    (name) =>
      `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS sum FROM "${name}" x`,
  );
  const rows = await queryRows<{ name: string; sum: string }>({
    db: t.db,
    query: sql.raw(parts.join(' UNION ALL ')),
  });
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}

function callerOf(operation: ApiOperation): RoleKey | 'anonymous' {
  return operation.access === 'public' ? 'anonymous' : welfareCallerOf(operation);
}

describe('mass assignment on every route with a body', () => {
  it('refuses each owner, tenant, status, id or history field added to a valid body with 400, and changes nothing', async () => {
    const wrong: string[] = [];
    let checked = 0;
    const before = await fingerprint();
    for (const operation of operations.filter((candidate) => candidate.hasJsonBody)) {
      const schema = resolveSchema({ schema: operation.bodySchema, document });
      const base = validBody(operation);
      if (!base || typeof base !== 'object' || Array.isArray(base)) {
        wrong.push(`${label(operation)}: the body is not an object; add a valid body to validBodies`);
        continue;
      }
      const role = callerOf(operation);
      const values = ownPathValues({ fixtures, operation, role: role as RoleKey });
      const cookie = role === 'anonymous' ? undefined : await demoSession({ t, role });
      for (const [field, value] of Object.entries(FORBIDDEN_FIELDS)) {
        // A field the route declares is its input, not mass assignment (e.g. the tenant a statement is for).
        if (schema?.properties && field in schema.properties) continue;
        const res = await t.request(fillPath({ path: operation.path, values }), {
          method: operation.method,
          cookie,
          body: { ...(base as Record<string, unknown>), [field]: value },
        });
        checked += 1;
        const answer = (await res.json()) as {
          error?: { code?: string; details?: { fields?: { path: string; code: string }[] } };
        };
        const refused =
          res.status === 400 &&
          answer.error?.code === 'validation.failed' &&
          answer.error.details?.fields?.some(
            (issue) => issue.path === field && issue.code === 'unrecognized_key',
          );
        if (!refused)
          wrong.push(
            `${label(operation)} with "${field}" as ${role}: ${res.status} ${JSON.stringify(answer).slice(0, 160)}`,
          );
      }
    }
    const after = await fingerprint();
    const changed = tables.filter((name) => before[name] !== after[name]);
    if (changed.length > 0) wrong.push(`refused bodies changed the tables ${changed.join(', ')}`);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it("refuses unknown fields inside a body's nested objects too (the intake's package and answers)", async () => {
    const cookie = await demoSession({ t, role: 'welfare:social_worker' });
    const before = await fingerprint();
    for (const body of [
      {
        decision: 'draft',
        package: { cheques: 2, basicCourse: true, digibuddy: false, infoSession: true, status: 'completed' },
      },
      { decision: 'draft', answers: { browse_website: 'yes', tenantId: 'yes' } },
    ]) {
      const res = await t.request(`/api/clients/${demo.clientId}/intake`, { method: 'PUT', cookie, body });
      await expectRefusal(res, { status: 400, code: 'validation.failed' });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('lets a home-help partner make a statement only for a tenant it serves: another tenant answers like a missing one and nothing is made', async () => {
    const cookie = await demoSession({ t, role: 'home_help:coordinator' });
    const before = await fingerprint();
    const send = async (tenantId: string) => {
      const res = await t.request('/api/statements', {
        method: 'POST',
        cookie,
        body: { tenantId, month: '2025-02' },
      });
      return { status: res.status, body: (await res.text()).replace(/"requestId":"[^"]*"/, '') };
    };
    const foreign = await send(world.elders.tenantId);
    const missing = await send('ten_00000000000000000000');
    expect(foreign.status).toBeGreaterThanOrEqual(400);
    expect(foreign).toEqual(missing);
    expect(await fingerprint()).toEqual(before);
  });

  it("never lets a partner's coordinator read the queue of a tenant it does not serve", async () => {
    const cookie = await demoSession({ t, role: 'home_help:coordinator' });
    const res = await t.request(`/api/visits/queue?tenantId=${world.elders.tenantId}`, { cookie });
    const text = await res.text();
    expect(text).not.toContain(world.elders.clientId);
    expect(text).not.toContain('Elders');
    const otherCookie = await mintSession({ t, email: WORLD_EMAILS.otherHomeHelpCoordinator });
    const own = await t.request(`/api/visits/queue?tenantId=${world.elders.tenantId}`, {
      cookie: otherCookie,
    });
    expect(own.status).toBe(200);
  });
});

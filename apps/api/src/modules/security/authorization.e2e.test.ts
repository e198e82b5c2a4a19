import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../app/database';
import { createTestApp, type TestApp } from '../app/testing/test-app';
import type { RoleKey } from '../auth/auth.policy';
import { usersTable } from '../users/users.tables';
import { createUser } from '../users/users.usecases';
import {
  type ApiOperation,
  allows,
  createOtherTenant,
  demoEmail,
  failOrWarn,
  fillPath,
  listRegisteredApiRoutes,
  mintSession,
  ROLE_KEYS,
  readOperations,
  UNDOCUMENTED_API_ROUTES,
  withoutRequestId,
} from './security.fixtures';

let t: TestApp;
let operations: ApiOperation[];
let other: Awaited<ReturnType<typeof createOtherTenant>>;
let ownClientId: string;
const DISABLED_EMAIL = 'uitgeschakeld@ocmw-gent.demo';

beforeAll(async () => {
  t = await createTestApp();
  ({ operations } = await readOperations({ t }));
  other = await createOtherTenant({ t });
  const list = await t.request('/api/clients?limit=1', {
    cookie: await mintSession({ t, email: demoEmail('welfare:social_worker') }),
  });
  ownClientId = ((await list.json()) as { items: { id: string }[] }).items[0]!.id;

  const [welfare] = await queryRows<{ organisation_id: string }>({
    db: t.db,
    query: sql`SELECT organisation_id FROM users WHERE email = ${demoEmail('welfare:social_worker')}`,
  });
  await createUser({
    db: t.db,
    email: DISABLED_EMAIL,
    organisationRef: welfare!.organisation_id,
    role: 'project_lead',
    displayName: 'Uitgeschakeld',
    password: 'disabled-password-1',
  });
});
afterAll(async () => {
  await t.close();
});

function requestAs({ operation, cookie, path }: { operation: ApiOperation; cookie?: string; path?: string }) {
  return t.request(path ?? fillPath({ path: operation.path }), {
    method: operation.method,
    cookie,
    body: operation.hasJsonBody ? {} : undefined,
  });
}

const label = (operation: ApiOperation) => `${operation.method} ${operation.path}`;

describe('the route list', () => {
  it('gives every documented operation an access rule', () => {
    expect(operations.length).toBeGreaterThan(5);
    const withoutRule = operations.filter((operation) => operation.access === undefined).map(label);
    expect(withoutRule, 'routes without x-access (define them with defineRoute)').toEqual([]);
  });

  it('documents every API route the server answers, so none escapes the access rules', () => {
    const documented = new Set(operations.map(label));
    const undocumented = listRegisteredApiRoutes({ t }).filter(
      (route) => !documented.has(route) && !UNDOCUMENTED_API_ROUTES.has(route),
    );
    expect(undocumented, 'routes registered without defineRoute').toEqual([]);
  });

  it('keeps public routes to the few that must be public', () => {
    const publicRoutes = operations.filter((operation) => operation.access === 'public').map(label);
    expect(publicRoutes).toEqual(['POST /api/auth/login']);
  });
});

describe('every route x every role', () => {
  it('answers 401 auth.unauthenticated to anonymous callers of every non-public route', async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      if (operation.access === 'public') continue;
      const res = await requestAs({ operation });
      const body = (await res.json()) as { error?: { code?: string } };
      if (res.status !== 401 || body.error?.code !== 'auth.unauthenticated')
        wrong.push(`${label(operation)} -> ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to every role outside the rule and never 401/403 to a role inside it', async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      if (operation.access === undefined) continue;
      for (const role of ROLE_KEYS) {
        const cookie = await mintSession({ t, email: demoEmail(role) });
        const res = await requestAs({ operation, cookie });
        const body = await res.text();
        if (allows({ access: operation.access, role })) {
          if (res.status === 401 || res.status === 403 || res.status >= 500)
            wrong.push(`${label(operation)} as ${role} (allowed) -> ${res.status} ${body.slice(0, 120)}`);
        } else if (res.status !== 403 || !body.includes('"auth.forbidden"')) {
          wrong.push(`${label(operation)} as ${role} (not allowed) -> ${res.status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('treats a disabled account as logged out on every non-public route, even with a session left over', async () => {
    const cookie = await mintSession({ t, email: DISABLED_EMAIL });
    await t.db.execute(sql`UPDATE users SET disabled_at = now() WHERE email = ${DISABLED_EMAIL}`);
    const wrong: string[] = [];
    for (const operation of operations) {
      if (operation.access === 'public') continue;
      const res = await requestAs({ operation, cookie });
      if (res.status !== 401) wrong.push(`${label(operation)} -> ${res.status}`);
    }
    expect(wrong).toEqual([]);
    const [user] = await t.db
      .select({ disabledAt: usersTable.disabledAt })
      .from(usersTable)
      .where(sql`${usersTable.email} = ${DISABLED_EMAIL}`);
    expect(user?.disabledAt).not.toBeNull();
  });
});

/**
 * Objects the suite knows how to make, by path prefix: the first path parameter of a matching route
 * gets an object of the caller's own tenant, one of another tenant and one that does not exist.
 */
const OBJECT_FIXTURES: {
  prefix: string;
  missingId: string;
  ids: () => { own: string; otherTenant: string };
}[] = [
  {
    prefix: '/api/clients/{',
    missingId: 'cli_00000000000000000000',
    ids: () => ({ own: ownClientId, otherTenant: other.clientId }),
  },
];

describe('object owner', () => {
  const fixtureOf = (operation: ApiOperation) =>
    OBJECT_FIXTURES.find((fixture) => operation.path.startsWith(fixture.prefix));

  it('has a fixture for every route with a path id that this suite has always known', () => {
    const withId = operations.filter((operation) => operation.pathParams.length > 0);
    const uncovered = withId.filter((operation) => !fixtureOf(operation)).map(label);
    const { failures } = failOrWarn({
      problems: uncovered.map((route) => ({ route, detail: route })),
      what: 'routes with a path id but no object fixture in OBJECT_FIXTURES (authorization.e2e.test.ts)',
    });
    expect(failures).toEqual([]);
  });

  it("answers another tenant's object exactly like a missing one, and serves the caller's own", async () => {
    const differences: string[] = [];
    for (const operation of operations) {
      const fixture = fixtureOf(operation);
      if (!fixture || operation.access === undefined || operation.access === 'public') continue;
      const role: RoleKey =
        operation.access === 'authenticated'
          ? 'welfare:social_worker'
          : (operation.access.find((key) => key.startsWith('welfare:')) ?? operation.access[0]!);
      const { own, otherTenant } = fixture.ids();
      const param = operation.pathParams[0]!;
      const send = async (id: string) => {
        const res = await requestAs({
          operation,
          cookie: await mintSession({ t, email: demoEmail(role) }),
          path: fillPath({ path: operation.path, values: { [param]: id } }),
        });
        return { status: res.status, body: withoutRequestId(await res.text()) };
      };
      const foreign = await send(otherTenant);
      const missing = await send(fixture.missingId);
      if (foreign.status !== missing.status || foreign.body !== missing.body) {
        differences.push(
          `${label(operation)}: other tenant ${foreign.status} ${foreign.body} vs missing ${missing.status} ${missing.body}`,
        );
      }
      if (foreign.body.includes(otherTenant)) differences.push(`${label(operation)} echoes the foreign id`);
      if (operation.method === 'GET' && operation.pathParams.length === 1) {
        const mine = await send(own);
        if (mine.status !== 200) differences.push(`${label(operation)}: own object answered ${mine.status}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('never lets the other tenant see the demo tenant, nor the demo tenant see the other', async () => {
    const foreignRead = await t.request(`/api/clients/${ownClientId}`, { cookie: other.cookie });
    expect(foreignRead.status).toBe(404);
    const list = await t.request('/api/clients?limit=100', { cookie: other.cookie });
    const ids = ((await list.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    expect(ids).toEqual([other.clientId]);
  });
});

import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import type { RoleKey } from '../../ground/http/access.policy';
import { usersTable } from '../../records/users/users.tables';
import { createUser } from '../../tracks/accounts/accounts.usecases';
import { appForFile } from '../testing/app-for-file';
import type { TestApp } from '../testing/test-app';
import {
  type ApiOperation,
  allows,
  demoEmail,
  demoSession,
  fillPath,
  listRegisteredApiRoutes,
  mintSession,
  ROLE_KEYS,
  readOperations,
  UNDOCUMENTED_API_ROUTES,
  withoutRequestId,
} from './security.fixtures';
import {
  buildParamFixtures,
  type DemoObjects,
  findDemoObjects,
  loadValidBodyOf,
  type ParamFixture,
  type RouteCalls,
  refreshSessionsToEnd,
} from './security.objects';
import { createSecurityWorld, type SecurityWorld, WORLD_EMAILS } from './security.world';

// The sweeps below send every route as every role: well over a thousand requests, 5 to 15 s on a quiet
// machine and several times that on a busy 2-core one, so they get more than the default 30 s.
const ROUTE_SWEEP_TIMEOUT_MS = 120_000;

let t: TestApp;
let operations: ApiOperation[];
let document: Awaited<ReturnType<typeof readOperations>>['document'];
let world: SecurityWorld;
let demo: DemoObjects;
let fixtures: Record<string, ParamFixture>;
let validBody: RouteCalls['validBody'];
const DISABLED_EMAIL = 'uitgeschakeld@ocmw-gent.demo';
const MUST_CHANGE_EMAIL = 'nog-te-wijzigen@ocmw-gent.demo';

appForFile(async (app) => {
  t = app;
  ({ operations, document } = await readOperations({ t }));
  world = await createSecurityWorld({ t });
  demo = await findDemoObjects({ t, world });
  const batches = {
    own: await world.batch(demoEmail('welfare:social_worker'), demo.clientId),
    otherTenant: await world.batch(WORLD_EMAILS.otherSocialWorker, world.elders.clientId),
  };
  const letterBatches = {
    own: await world.letterBatch(demoEmail('welfare:social_worker'), {
      tenantId: world.gent.tenantId,
      welfareOrgId: world.gent.welfareOrgId,
      clientId: demo.clientId,
    }),
    otherTenant: await world.letterBatch(WORLD_EMAILS.otherSocialWorker, {
      tenantId: world.elders.tenantId,
      welfareOrgId: world.elders.welfareOrgId,
      clientId: world.elders.clientId,
    }),
  };
  fixtures = buildParamFixtures({ world, demo, batches, letterBatches });
  validBody = await loadValidBodyOf({ t, world, demo, operations, document });

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
    passwordChangeRequired: false,
  });
  await createUser({
    db: t.db,
    email: MUST_CHANGE_EMAIL,
    organisationRef: welfare!.organisation_id,
    role: 'project_lead',
    displayName: 'Nog te wijzigen',
    password: 'chosen-by-the-admin-1',
    passwordChangeRequired: true,
  });
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
    expect(publicRoutes).toEqual([
      'POST /api/auth/login',
      ...SIGN_IN_LINK_ROUTES,
      ...SINGLE_SIGN_ON_ROUTES,
      ...SIGNED_ROUTES.keys(),
    ]);
  });
});

/**
 * Public routes for people who cannot sign in yet: checking and using an invitation or reset link
 * (its token is the proof), and asking for a reset link (answers the same for any address).
 */
const SIGN_IN_LINK_ROUTES = [
  'POST /api/auth/links/check',
  'POST /api/auth/links/use',
  'POST /api/auth/password-reset',
];

/**
 * Public routes of single sign-on, used before anyone is signed in: which provider an e-mail domain
 * leads to (it says nothing about accounts), sending the browser to the provider (its attempt is
 * throttled per address), and the provider's answer, which carries its own proof (the state bound to
 * the browser's cookie, the code exchanged with the PKCE verifier, the signed ID token and its nonce).
 */
const SINGLE_SIGN_ON_ROUTES = [
  'POST /api/auth/sso/discover',
  'GET /api/auth/sso/start',
  'GET /api/auth/sso/callback',
];

/**
 * Public routes whose caller is another system proven by a signature of the body instead of a session
 * (the SMS provider's delivery reports), with the code an unsigned call answers and a body that
 * passes validation, so the refusal seen is the signature's.
 */
const SIGNED_ROUTES = new Map([
  [
    'POST /api/messages/delivery-reports/sms',
    {
      code: 'message.report_unsigned',
      body: { results: [{ messageId: 'msg_00000000000000000000', status: { groupName: 'DELIVERED' } }] },
    },
  ],
]);

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

  it(
    'answers 403 to every role outside the rule and never 401/403 to a role inside it',
    async () => {
      const wrong: string[] = [];
      for (const operation of operations) {
        if (operation.access === undefined) continue;
        for (const role of ROLE_KEYS) {
          const cookie = await demoSession({ t, role });
          const signedBy = SIGNED_ROUTES.get(label(operation));
          const res = signedBy
            ? await t.request(operation.path, { method: operation.method, cookie, body: signedBy.body })
            : await requestAs({ operation, cookie });
          const body = await res.text();
          if (signedBy) {
            // No session opens it: without the provider's signature every caller gets the same 401.
            if (res.status !== 401 || !body.includes(`"${signedBy.code}"`))
              wrong.push(`${label(operation)} as ${role} (signed) -> ${res.status} ${body.slice(0, 120)}`);
          } else if (allows({ access: operation.access, role })) {
            if (res.status === 401 || res.status === 403 || res.status >= 500)
              wrong.push(`${label(operation)} as ${role} (allowed) -> ${res.status} ${body.slice(0, 120)}`);
          } else if (res.status !== 403 || !body.includes('"auth.forbidden"')) {
            wrong.push(`${label(operation)} as ${role} (not allowed) -> ${res.status}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
    ROUTE_SWEEP_TIMEOUT_MS,
  );

  it('lets a session whose password someone else chose reach only who is logged in, logout and the change of password', async () => {
    const open = operations.filter((operation) => operation.beforePasswordChange).map(label);
    expect(open.sort()).toEqual(['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password']);
    const wrong: string[] = [];
    for (const operation of operations) {
      if (operation.access === 'public') continue;
      // A session per route: logging out ends the one it was sent with.
      const cookie = await mintSession({ t, email: MUST_CHANGE_EMAIL });
      const res = await requestAs({ operation, cookie });
      const body = await res.text();
      if (operation.beforePasswordChange) {
        if (res.status === 401 || res.status === 403 || res.status >= 500)
          wrong.push(`${label(operation)} (open) -> ${res.status} ${body.slice(0, 120)}`);
      } else if (res.status !== 403 || !body.includes('"auth.password_change_required"')) {
        wrong.push(`${label(operation)} (closed) -> ${res.status} ${body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets a session waiting for its second factor reach only who is logged in, logout and the second-factor routes of its step', async () => {
    const openDuring = (step: 'verify' | 'enrol') =>
      operations
        .filter((operation) => operation.secondFactorStep === 'any' || operation.secondFactorStep === step)
        .map(label)
        .sort();
    expect(openDuring('verify')).toEqual([
      'GET /api/auth/me',
      'GET /api/auth/second-factor',
      'POST /api/auth/logout',
      'POST /api/auth/second-factor/verify/code',
      'POST /api/auth/second-factor/verify/passkey',
      'POST /api/auth/second-factor/verify/passkey/options',
    ]);
    expect(openDuring('enrol')).toEqual([
      'GET /api/auth/me',
      'GET /api/auth/second-factor',
      'POST /api/auth/logout',
      'POST /api/auth/second-factor/passkeys',
      'POST /api/auth/second-factor/passkeys/options',
      'POST /api/auth/second-factor/totp',
      'POST /api/auth/second-factor/totp/setup',
    ]);
    const wrong: string[] = [];
    for (const step of ['verify', 'enrol'] as const) {
      const open = new Set(openDuring(step));
      for (const operation of operations) {
        if (operation.access === 'public') continue;
        const cookie = await mintSession({
          t,
          email: demoEmail('welfare:social_worker'),
          secondFactor: step,
        });
        const res = await requestAs({ operation, cookie });
        const body = await res.text();
        if (open.has(label(operation))) {
          if (res.status === 401 || res.status === 403 || res.status >= 500)
            wrong.push(`${label(operation)} (${step}, open) -> ${res.status} ${body.slice(0, 120)}`);
        } else if (res.status !== 403 || !body.includes('"auth.second_factor_required"')) {
          wrong.push(`${label(operation)} (${step}, closed) -> ${res.status} ${body.slice(0, 120)}`);
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

describe('object owner', () => {
  // The routes above ended every other session of the demo accounts, those of the fixtures too.
  beforeAll(() => refreshSessionsToEnd({ t, world, demo }));
  type Sent = { status: number; body: string };
  const paramKey = (operation: ApiOperation, param: string) =>
    operation.path.slice(0, operation.path.indexOf(`{${param}}`) + param.length + 2);
  const fixtureOf = (operation: ApiOperation, param: string) => fixtures[paramKey(operation, param)];
  const rolesOf = (operation: ApiOperation): RoleKey[] =>
    operation.access === undefined || operation.access === 'public'
      ? []
      : ROLE_KEYS.filter((role) => allows({ access: operation.access!, role }));

  it('has an object fixture for every path parameter of every route', () => {
    const uncovered = operations.flatMap((operation) =>
      operation.pathParams
        .filter((param) => !fixtureOf(operation, param))
        .map(
          (param) =>
            `${label(operation)}: no fixture for "${paramKey(operation, param)}"; add one to buildParamFixtures in security.objects.ts (own object, another organisation of the same tenant, another tenant, missing)`,
        ),
    );
    expect(uncovered).toEqual([]);
  });

  it('names, for every role on every route with a path id, another organisation of the same tenant and another tenant, or says why not', () => {
    const gaps: string[] = [];
    for (const operation of operations) {
      for (const param of operation.pathParams) {
        const fixture = fixtureOf(operation, param);
        if (!fixture) continue;
        for (const role of rolesOf(operation)) {
          const cases = fixture.cases(role, label(operation));
          const notApplicable =
            typeof fixture.notApplicable === 'function'
              ? fixture.notApplicable(role)
              : (fixture.notApplicable ?? {});
          if (!cases.sameTenantOtherOrg && !notApplicable.sameTenantOtherOrg)
            gaps.push(
              `${label(operation)} {${param}} as ${role}: no object of another organisation of the same tenant`,
            );
          if (!cases.otherTenant && !notApplicable.otherTenant)
            gaps.push(`${label(operation)} {${param}} as ${role}: no object of another tenant`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it(
    "answers another organisation's and another tenant's object byte for byte like a missing one, and serves the caller's own",
    async () => {
      const differences: string[] = [];
      const destructive: (() => Promise<void>)[] = [];
      let compared = 0;
      for (const operation of operations) {
        if (
          operation.pathParams.length === 0 ||
          operation.pathParams.some((param) => !fixtureOf(operation, param))
        )
          continue;
        const body = operation.hasJsonBody ? validBody(operation) : undefined;
        for (const role of rolesOf(operation)) {
          const cookie = await demoSession({ t, role });
          const own = Object.fromEntries(
            operation.pathParams.map((param) => [
              param,
              fixtureOf(operation, param)!.cases(role, label(operation)).own,
            ]),
          );
          const send = async (values: Record<string, string>): Promise<Sent> => {
            const res = await t.request(fillPath({ path: operation.path, values }), {
              method: operation.method,
              cookie,
              body,
            });
            return { status: res.status, body: withoutRequestId(await res.text()) };
          };
          for (const param of operation.pathParams) {
            const cases = fixtureOf(operation, param)!.cases(role, label(operation));
            const missing = await send({ ...own, [param]: cases.missing });
            const where = `${label(operation)} {${param}} as ${role}`;
            const expected = cases.missingStatus ?? 404;
            if (missing.status !== expected)
              differences.push(
                `${where}: a missing id answered ${missing.status} ${missing.body.slice(0, 160)} (expected ${expected}; if the body is refused first, add a valid body to validBodies in security.objects.ts)`,
              );
            const hidden: [string, string | undefined][] = [
              ['another organisation of the same tenant', cases.sameTenantOtherOrg],
              ['another tenant', cases.otherTenant],
              ...Object.entries(cases.others ?? {}),
            ];
            for (const [what, id] of hidden) {
              if (!id) continue;
              compared += 1;
              const foreign = await send({ ...own, [param]: id });
              if (foreign.status !== missing.status || foreign.body !== missing.body)
                differences.push(
                  `${where}, ${what}: ${foreign.status} ${foreign.body.slice(0, 200)} vs missing ${missing.status} ${missing.body.slice(0, 200)}`,
                );
              if (foreign.body.includes(id)) differences.push(`${where}, ${what}: the answer echoes the id`);
            }
          }
          const serveOwn = async () => {
            // Real requests never share an instant; rows keyed by time (e.g. Digipunt information) need that.
            t.clock.set(new Date(t.clock.now().getTime() + 1));
            const mine = await send(own);
            // Served: the object was found (a conflict with its state, e.g. "already withdrawn", is fine).
            const served = mine.status < 400 || mine.status === 409 || mine.status === 422;
            if (!served)
              differences.push(
                `${label(operation)} as ${role}: own object answered ${mine.status} ${mine.body.slice(0, 200)}`,
              );
          };
          if (operation.method === 'GET') await serveOwn();
          else destructive.push(serveOwn);
        }
      }
      // Changes to the caller's own objects run last, so that they cannot hide a leak on another route.
      for (const run of destructive) await run();
      expect(differences).toEqual([]);
      // About 140 route x role x owner triples today: far fewer means fixtures stopped being exercised.
      expect(compared).toBeGreaterThan(120);
    },
    ROUTE_SWEEP_TIMEOUT_MS,
  );

  it('never lets the other tenant see the demo tenant, nor the demo tenant see the other', async () => {
    const cookie = await mintSession({ t, email: WORLD_EMAILS.otherSocialWorker });
    const foreignRead = await t.request(`/api/clients/${demo.clientId}`, { cookie });
    expect(foreignRead.status).toBe(404);
    const list = await t.request('/api/clients?limit=100', { cookie });
    const ids = ((await list.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    expect(ids).toEqual([world.elders.clientId]);
  });
});

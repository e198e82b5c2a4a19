import { type ClientField, type OrgKind, type Role, visibilityFor } from '@digipakket/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../ground/database/database';
import type { RoleKey } from '../../ground/http/access.policy';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  type ApiOperation,
  allows,
  demoEmail,
  demoSession,
  fillPath,
  mintSession,
  ROLE_KEYS,
  readOperations,
} from './security.fixtures';
import { buildParamFixtures, type DemoObjects, findDemoObjects, type ParamFixture } from './security.objects';
import { createSecurityWorld, type SecurityWorld, WORLD_EMAILS } from './security.world';

/**
 * The API's names for the client fields of the domain's visibility table. The allowed set of each
 * role comes from `CLIENT_VISIBILITY` itself; this only says which answer keys carry which field.
 */
const FIELD_OF_KEY: Record<string, ClientField> = {
  firstName: 'name',
  lastName: 'name',
  clientName: 'name',
  fullName: 'name',
  preferredLanguage: 'preferredLanguage',
  language: 'preferredLanguage',
  needsInterpreter: 'preferredLanguage',
  skillLevel: 'skillLevel',
  address: 'address',
  street: 'address',
  postcode: 'address',
  city: 'address',
  neighbourhood: 'address',
  lat: 'address',
  lon: 'address',
  phone: 'phone',
  email: 'phone',
  fileNumber: 'fileNumber',
  birthDate: 'birthDate',
  nationalNumber: 'birthDate',
  household: 'household',
  means: 'means',
  canAffordLaptop: 'means',
  householdHasUsableLaptop: 'means',
  activeWelfareFile: 'means',
  answers: 'intakeAnswers',
  purposes: 'intakeAnswers',
  socialNotes: 'socialNotes',
  serial: 'deviceSerial',
  deviceSerial: 'deviceSerial',
  handedOutAt: 'deviceHandout',
  signatureMethod: 'deviceHandout',
  hasLaptop: 'hasLaptop',
  model: 'deviceModel',
  deviceModel: 'deviceModel',
};

/** Keys that mark an object as describing a client (a list row, a learner, a visit). */
const CLIENT_MARKERS = ['clientName', 'clientId', 'fileNumber'];

let t: TestApp;
let operations: ApiOperation[];
let world: SecurityWorld;
let demo: DemoObjects;
let fixtures: Record<string, ParamFixture>;
/** Every JSON answer of every GET route, per role. */
const answers = new Map<RoleKey, { route: string; body: unknown }[]>();

const label = (operation: ApiOperation) => `${operation.method} ${operation.path}`;
const viewerOf = (role: RoleKey) => {
  const [orgKind, name] = role.split(':') as [OrgKind, Role];
  return { orgKind, role: name };
};

beforeAll(async () => {
  t = await createTestApp();
  ({ operations } = await readOperations({ t }));
  world = await createSecurityWorld({ t });
  demo = await findDemoObjects({ t, world });
  const batches = {
    own: await world.batch(demoEmail('welfare:social_worker'), demo.clientOfLigoId),
    otherTenant: await world.batch(WORLD_EMAILS.otherSocialWorker, world.elders.clientId),
  };
  fixtures = buildParamFixtures({ world, demo, batches });
  for (const role of ROLE_KEYS) {
    const cookie = await demoSession({ t, role });
    const list: { route: string; body: unknown }[] = [];
    for (const operation of operations) {
      if (operation.method !== 'GET' || !operation.access || !allows({ access: operation.access, role }))
        continue;
      const values = Object.fromEntries(
        operation.pathParams.map((param) => {
          const key = operation.path.slice(0, operation.path.indexOf(`{${param}}`) + param.length + 2);
          const own = fixtures[key]?.cases(role, label(operation)).own ?? 'x';
          // The client of the file is the one with data in every track.
          return [param, own === demo.clientId ? demo.clientOfLigoId : own];
        }),
      );
      const res = await t.request(fillPath({ path: operation.path, values }), { cookie });
      if (res.status !== 200) continue;
      const type = res.headers.get('content-type') ?? '';
      if (type.includes('json')) list.push({ route: label(operation), body: await res.json() });
      else if (type.includes('csv')) list.push({ route: label(operation), body: await res.text() });
    }
    answers.set(role, list);
  }
}, 120_000);
afterAll(async () => {
  await t.close();
});

/** The client fields (with a value) that an answer shows, per route, with the key that showed each. */
function clientFieldsIn(body: unknown): Map<ClientField, string> {
  const seen = new Map<ClientField, string>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (value === null || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      const field = FIELD_OF_KEY[key];
      if (field && item !== null && item !== undefined && item !== '') seen.set(field, key);
      collect(item);
    }
  };
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const isClient =
      CLIENT_MARKERS.some((key) => key in record) ||
      ('firstName' in record && 'lastName' in record) ||
      (typeof record.id === 'string' && record.id.startsWith('cli_'));
    if (isClient) collect(record);
    else Object.values(record).forEach(walk);
  };
  walk(body);
  return seen;
}

describe("each role's view of a client holds only the fields the domain's visibility table allows", () => {
  it('answers the client file and the partner lists with client data to the roles that may see them', () => {
    const clientRoutes = (role: RoleKey) =>
      (answers.get(role) ?? []).filter((answer) => clientFieldsIn(answer.body).size > 0).map((a) => a.route);
    expect(clientRoutes('welfare:social_worker')).toEqual(
      expect.arrayContaining(['GET /api/clients/{id}', 'GET /api/clients/{id}/overview', 'GET /api/clients']),
    );
    expect(clientRoutes('home_help:coordinator')).toEqual(
      expect.arrayContaining(['GET /api/visits/queue', 'GET /api/visits/mine', 'GET /api/visits/{chequeId}']),
    );
    expect(clientRoutes('home_help:student')).toEqual(
      expect.arrayContaining(['GET /api/visits/mine', 'GET /api/visits/{chequeId}']),
    );
    expect(clientRoutes('training:coordinator')).toEqual(
      expect.arrayContaining(['GET /api/training/groups/{id}', 'GET /api/training/sessions/{id}/attendance']),
    );
    expect(clientRoutes('training:teacher')).toEqual(
      expect.arrayContaining(['GET /api/training/sessions/{id}/attendance']),
    );
  });

  it('recognises client fields in a client row and ignores the same words outside one', () => {
    const found = clientFieldsIn({
      items: [{ clientName: 'A', phone: '0470', fileNumber: null, device: { serial: 'S1' } }],
      location: { street: 'Not a client street', city: 'Gent' },
    });
    expect([...found.keys()].sort()).toEqual(['deviceSerial', 'name', 'phone']);
  });

  it.each(ROLE_KEYS)('shows %s no client field beyond its allow-list, on any GET route', (role) => {
    const allowed = new Set<ClientField>(visibilityFor({ viewer: viewerOf(role) }).fields);
    const extra: string[] = [];
    for (const answer of answers.get(role) ?? []) {
      if (typeof answer.body === 'string') continue;
      for (const [field, key] of clientFieldsIn(answer.body))
        if (!allowed.has(field)) extra.push(`${answer.route}: "${key}" shows ${field}`);
    }
    expect(extra).toEqual([]);
  });

  it('keeps the columns of the CSV exports a partner gets within its allow-list', () => {
    const csv = (answers.get('home_help:coordinator') ?? []).filter(
      (answer) => typeof answer.body === 'string',
    );
    expect(csv.length).toBeGreaterThan(0);
    for (const answer of csv) {
      const header = (answer.body as string).split('\n')[0]!.split(';');
      expect(
        header.filter((column) => /phone|address|street|birth|file|national|serial/i.test(column)),
      ).toEqual([]);
    }
  });
});

describe('list and export routes return exactly the allowed records', () => {
  const itemsOf = (role: RoleKey, route: string) => {
    const answer = (answers.get(role) ?? []).find((candidate) => candidate.route === route);
    return ((answer?.body as { items?: Record<string, unknown>[] })?.items ?? []) as Record<
      string,
      unknown
    >[];
  };
  const column = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ id: string }>({ db: t.db, query })).map((row) => row.id).sort();

  it("gives the student exactly their own scheduled visits from today on, and the coordinator only its organisation's", async () => {
    const mine = itemsOf('home_help:student', 'GET /api/visits/mine').map((item) => String(item.chequeId));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.sort()).toEqual(
      await column(
        sql`SELECT id FROM cheques WHERE student_user_id = ${world.gent.demoStudentId} AND status = 'scheduled' AND appointment_at >= '2025-03-11T23:00:00Z'`,
      ),
    );
    const coordinator = itemsOf('home_help:coordinator', 'GET /api/visits/mine').map((item) =>
      String(item.chequeId),
    );
    expect(coordinator.sort()).toEqual(
      await column(
        sql`SELECT id FROM cheques WHERE home_help_org_id = ${world.gent.beegoOrgId} AND status = 'scheduled' AND appointment_at >= '2025-03-11T23:00:00Z'`,
      ),
    );
  });

  it("gives a home-help coordinator a queue of only its own organisation's cheques, from the tenants it serves", async () => {
    const queue = itemsOf('home_help:coordinator', 'GET /api/visits/queue').map((item) =>
      String(item.chequeId),
    );
    expect(queue.length).toBeGreaterThan(0);
    const foreign = await column(
      sql`SELECT id FROM cheques WHERE home_help_org_id <> ${world.gent.beegoOrgId} OR tenant_id <> ${world.gent.tenantId}`,
    );
    expect(queue.filter((id) => foreign.includes(id))).toEqual([]);
    const other = await t.request('/api/visits/queue', {
      cookie: await mintSession({ t, email: WORLD_EMAILS.otherHomeHelpCoordinator }),
    });
    const otherIds = ((await other.json()) as { items: { chequeId: string }[] }).items.map(
      (item) => item.chequeId,
    );
    const notTheirs = await column(
      sql`SELECT id FROM cheques WHERE home_help_org_id <> ${world.orgs.digihelpers}`,
    );
    expect(otherIds.filter((id) => notTheirs.includes(id))).toEqual([]);
  });

  it("gives the teacher only their own groups' sessions and learners, and the training coordinator its organisation's", async () => {
    const sessions = itemsOf('training:teacher', 'GET /api/training/sessions/mine').map((item) =>
      String(item.id),
    );
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.sort()).toEqual(
      await column(
        sql`SELECT s.id FROM course_sessions s JOIN course_groups g ON g.id = s.group_id
            WHERE g.teacher_user_id = ${world.gent.demoTeacherId} AND s.date >= '2025-03-12' AND s.cancelled_at IS NULL`,
      ),
    );
    const attendance = (answers.get('training:teacher') ?? []).find(
      (answer) => answer.route === 'GET /api/training/sessions/{id}/attendance',
    )?.body as { learners: { enrolmentId: string }[] };
    expect(attendance.learners.map((learner) => learner.enrolmentId).sort()).toEqual(
      await column(sql`SELECT id FROM enrolments WHERE group_id = ${demo.groupAId} AND status = 'enrolled'`),
    );
  });

  it('shows the welfare centre exactly its own clients in its list, and a second tenant none of them', async () => {
    const cookie = await demoSession({ t, role: 'welfare:project_lead' });
    const res = await t.request('/api/clients?limit=100', { cookie });
    const body = (await res.json()) as { items: { id: string }[]; total?: number };
    const expected = await column(sql`SELECT id FROM clients WHERE tenant_id = ${world.gent.tenantId}`);
    expect(body.total ?? body.items.length).toBe(expected.length);
    expect(body.items.map((item) => item.id).filter((id) => !expected.includes(id))).toEqual([]);
  });

  it("gives each role exactly the open signals it may work: a social worker its own clients', the lead the tenant's, a partner its own", async () => {
    const signalIds = async (role: RoleKey) => {
      const cookie = await demoSession({ t, role });
      const ids: string[] = [];
      for (let offset = 0; ; offset += 100) {
        const res = await t.request(`/api/signals?status=open&limit=100&offset=${offset}`, { cookie });
        expect(res.status, role).toBe(200);
        const page = (await res.json()) as { items: { id: string }[]; total: number };
        ids.push(...page.items.map((item) => item.id));
        if (page.items.length < 100) {
          expect(ids.length, role).toBe(page.total);
          return ids.sort();
        }
      }
    };
    const [socialWorker] = await queryRows<{ id: string }>({
      db: t.db,
      query: sql`SELECT id FROM users WHERE email = ${demoEmail('welfare:social_worker')}`,
    });
    const expected: [RoleKey, ReturnType<typeof sql>][] = [
      [
        'welfare:social_worker',
        sql`SELECT s.id FROM signals s JOIN clients c ON c.id = s.client_id
            WHERE s.tenant_id = ${world.gent.tenantId} AND s.status = 'open' AND c.created_by = ${socialWorker!.id}`,
      ],
      [
        'welfare:project_lead',
        sql`SELECT id FROM signals WHERE tenant_id = ${world.gent.tenantId} AND status = 'open'`,
      ],
      [
        'home_help:coordinator',
        sql`SELECT id FROM signals WHERE owner_org_id = ${world.gent.beegoOrgId} AND status = 'open'`,
      ],
      [
        'training:coordinator',
        sql`SELECT id FROM signals WHERE owner_org_id = ${world.gent.ligoOrgId} AND status = 'open'`,
      ],
    ];
    let seen = 0;
    for (const [role, query] of expected) {
      const ids = await signalIds(role);
      expect(ids, role).toEqual(await column(query));
      seen += ids.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("never shows another tenant's client to any role of the demo tenant or its partners, on any GET route", () => {
    const leaks: string[] = [];
    for (const [role, list] of answers)
      for (const answer of list) {
        const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        if (text.includes(world.elders.clientId) || text.includes('Elderstraat') || text.includes('ELD-0001'))
          leaks.push(`${answer.route} as ${role}`);
      }
    expect(leaks).toEqual([]);
  });
});

import { sql } from 'drizzle-orm';
import { queryRows } from '../../ground/database/database';
import type { RoleKey } from '../../ground/http/access.policy';
import { passkeysTable } from '../../records/auth/auth.factors.tables';
import { createAuthRepository } from '../../records/auth/auth.repository';
import { generateSessionToken, hashSessionToken } from '../../records/auth/auth.tokens';
import { DEMO_CHEQUE_CODES } from '../demo/demo.seed';
import type { TestApp } from '../testing/test-app';
import {
  type ApiOperation,
  demoEmail,
  demoSession,
  type JsonSchema,
  operationLabel,
  pruneToSchema,
  ROLE_KEYS,
  readOperations,
  sampleFromSchema,
} from './security.fixtures';
import { createSecurityWorld, type SecurityWorld, WORLD_EMAILS } from './security.world';

/**
 * What a path parameter names, as one caller sees it: an object the caller may use (`own`) and
 * objects it must not see, each of which must answer exactly like `missing`.
 */
export type ObjectCases = {
  own: string;
  /** Another organisation of the caller's own tenant (e.g. a second home-help partner of the same OCMW). */
  sameTenantOtherOrg?: string;
  otherTenant?: string;
  /** Further objects the caller must not see, by a sentence naming them. */
  others?: Record<string, string>;
  missing: string;
  /** What a missing value answers: 404, or 400 for a parameter that is a fixed name (an enum). */
  missingStatus?: 400 | 404;
};

/** Why a case does not exist for a parameter, when it does not. */
export type NotApplicable = { sameTenantOtherOrg?: string; otherTenant?: string };

export type ParamFixture = {
  /** The cases for a caller on a route (`METHOD /path`), so a route that changes an object can get its own. */
  cases: (role: RoleKey, route: string) => ObjectCases;
  notApplicable?: NotApplicable | ((role: RoleKey) => NotApplicable);
};

const ONE_WELFARE_ORG =
  'a tenant has exactly one welfare organisation (unique index organisations_one_welfare_per_tenant); welfare staff see their whole tenant';
const A_NAME_NOT_AN_OBJECT = 'the parameter is a fixed name, not an object with an owner';

/** A well-formed id of the same kind that exists nowhere. */
export function missingIdLike(id: string): string {
  return id.replace(/_([0-9a-z]+)$/, (_, body: string) => `_${'0'.repeat(body.length)}`);
}

/** An object with an owner: the cases given, and a missing one like the caller's own. */
const objectOf = (cases: Omit<ObjectCases, 'missing'>): ParamFixture => ({
  cases: () => ({ ...cases, missing: missingIdLike(cases.own) }),
});

/** The same for an object of a tenant's welfare centre, which is the tenant's only organisation. */
const welfareObject = (cases: Omit<ObjectCases, 'missing'>): ParamFixture => ({
  ...objectOf(cases),
  notApplicable: { sameTenantOtherOrg: ONE_WELFARE_ORG },
});

const isWelfare = (role: RoleKey) => role.startsWith('welfare:');
const welfareOnly = (role: RoleKey): NotApplicable =>
  isWelfare(role) ? { sameTenantOtherOrg: ONE_WELFARE_ORG } : {};

type PartnerCases = Pick<ObjectCases, 'own' | 'sameTenantOtherOrg' | 'otherTenant'>;

/**
 * An object kept both by the partners and by the welfare centre: a partner's coordinator (home help or
 * training) has its own organisation's and must not see `partnerOthers` (the welfare centre's); every
 * other caller has the welfare centre's cases. Missing: an id like the caller's own.
 */
const coordinatorOrWelfareObject = ({
  homeHelp,
  training,
  partnerOthers,
  welfare,
}: {
  homeHelp: PartnerCases;
  training: PartnerCases;
  partnerOthers: Record<string, string>;
  welfare: Omit<ObjectCases, 'missing'>;
}): ParamFixture => ({
  cases: (role) => {
    const coordinators: Partial<Record<RoleKey, PartnerCases>> = {
      'home_help:coordinator': homeHelp,
      'training:coordinator': training,
    };
    const partner = coordinators[role];
    const cases = partner ? { ...partner, others: partnerOthers } : welfare;
    return { ...cases, missing: missingIdLike(cases.own) };
  },
  notApplicable: welfareOnly,
});

/**
 * The objects of the demo tenant that the fixtures need beyond the security world: found by their
 * demo facts (fixed cheque codes, group names), never by position.
 */
export async function findDemoObjects({ t, world }: { t: TestApp; world: SecurityWorld }) {
  const one = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => {
    const [row] = await queryRows<T>({ db: t.db, query });
    if (!row) throw new Error('Security fixtures: a demo object is missing');
    return row;
  };
  const tenantId = world.gent.tenantId;
  const chequeByCode = async (code: string) =>
    (await one<{ id: string }>(sql`SELECT id FROM cheques WHERE code = ${code}`)).id;
  const groupA = await one<{ id: string }>(
    sql`SELECT g.id FROM course_groups g JOIN enrolments e ON e.group_id = g.id
        WHERE g.teacher_user_id = ${world.gent.demoTeacherId} AND g.training_org_id = ${world.gent.ligoOrgId}
        GROUP BY g.id ORDER BY min(g.starts_on) DESC LIMIT 1`,
  );
  const sessionA = await one<{ id: string }>(
    sql`SELECT id FROM course_sessions WHERE group_id = ${groupA.id} ORDER BY date LIMIT 1`,
  );
  const enrolmentsA = await queryRows<{ id: string }>({
    db: t.db,
    query: sql`SELECT id FROM enrolments WHERE group_id = ${groupA.id} AND status = 'enrolled' ORDER BY id`,
  });
  const issuedCheque = await one<{ id: string }>(
    sql`SELECT id FROM cheques WHERE tenant_id = ${tenantId} AND home_help_org_id = ${world.gent.beegoOrgId} AND status = 'issued' ORDER BY id LIMIT 1`,
  );
  const clientOfLigo = await one<{ id: string }>(
    sql`SELECT client_id AS id FROM enrolments WHERE id = ${enrolmentsA[0]!.id}`,
  );
  const clientOfBeego = await one<{ id: string }>(
    sql`SELECT c.client_id AS id FROM cheques c
        JOIN intakes i ON i.client_id = c.client_id AND i.decision = 'approved' AND i.closure_kind IS NULL
        WHERE c.tenant_id = ${tenantId} AND c.home_help_org_id = ${world.gent.beegoOrgId}
        ORDER BY c.client_id LIMIT 1`,
  );
  const location = await one<{ id: string }>(
    sql`SELECT id FROM training_locations WHERE training_org_id = ${world.gent.ligoOrgId} ORDER BY name LIMIT 1`,
  );
  const anyClient = await one<{ id: string }>(
    sql`SELECT id FROM clients WHERE tenant_id = ${tenantId} ORDER BY file_number LIMIT 1`,
  );
  const welfareUser = await one<{ id: string }>(
    sql`SELECT id FROM users WHERE email = ${demoEmail('welfare:social_worker')}`,
  );
  const pairings = await queryRows<{ id: string; client_id: string }>({
    db: t.db,
    query: sql`SELECT id, client_id FROM buddy_pairings WHERE tenant_id = ${tenantId} ORDER BY id`,
  });
  const [pairing, otherPairing] = pairings;
  if (!pairing || !otherPairing) throw new Error('Security fixtures: the demo has two buddy pairings');
  const [digipunt] = await queryRows<{ name: string }>({
    db: t.db,
    query: sql`SELECT name FROM digipunten WHERE tenant_id = ${tenantId} ORDER BY name LIMIT 1`,
  });
  const droppedOut = await one<{ id: string }>(
    sql`SELECT client_id AS id FROM intakes WHERE tenant_id = ${tenantId} AND closure_kind = 'dropped_out' ORDER BY client_id LIMIT 1`,
  );
  const spare = async (email: string) =>
    (await one<{ id: string }>(sql`SELECT id FROM users WHERE email = ${email}`)).id;
  const spareWelfareUserId = await spare(WORLD_EMAILS.spareWelfareUser);
  return {
    sessionsToEnd: await sessionsToEnd({ t, world, spareWelfareUserId }),
    passkeysToRemove: await passkeysToRemove({ t, world, spareWelfareUserId }),
    clientId: anyClient.id,
    clientOfLigoId: clientOfLigo.id,
    /** A client with an open trajectory and a cheque of the demo's home-help partner. */
    clientOfBeegoId: clientOfBeego.id,
    /** A client whose trajectory ended (dropped out). */
    droppedOutClientId: droppedOut.id,
    plannedTodayChequeId: await chequeByCode(DEMO_CHEQUE_CODES.plannedToday),
    requestedChequeId: await chequeByCode(DEMO_CHEQUE_CODES.requested),
    issuedChequeId: issuedCheque.id,
    groupAId: groupA.id,
    sessionAId: sessionA.id,
    enrolmentAId: enrolmentsA[0]!.id,
    /** A second enrolment of group A, for routes that change an enrolment (withdraw). */
    enrolmentA2Id: enrolmentsA[1]!.id,
    locationId: location.id,
    pairing: { id: pairing.id, clientId: pairing.client_id },
    otherPairingId: otherPairing.id,
    digipuntName: digipunt?.name ?? 'none',
    welfareUserId: welfareUser.id,
    spareWelfareUserId,
    spareStudentId: await spare(WORLD_EMAILS.spareStudent),
    spareTeacherId: await spare(WORLD_EMAILS.spareTeacher),
  };
}

type Accounts = { t: TestApp; world: SecurityWorld; spareWelfareUserId: string };

/**
 * One object of `make` for each role's demo account (`own`), one of a colleague of the welfare
 * centre and one of the other tenant's social worker.
 */
async function objectPerAccount({
  t,
  world,
  spareWelfareUserId,
  make,
}: Accounts & { make: (userId: string) => Promise<string> }) {
  const own = new Map<RoleKey, string>();
  for (const role of ROLE_KEYS) {
    const [user] = await queryRows<{ id: string }>({
      db: t.db,
      query: sql`SELECT id FROM users WHERE email = ${demoEmail(role)}`,
    });
    own.set(role, await make(user!.id));
  }
  return {
    own,
    colleague: await make(spareWelfareUserId),
    otherTenant: await make(world.userIds.otherSocialWorker),
  };
}

/**
 * Sessions for the route that ends one of one's own: one per role's demo account (each ended once,
 * by its owner), and sessions of a colleague and of the other tenant that nobody else may end.
 * Routes that end one's other sessions run before the object-owner checks: those call
 * {@link refreshSessionsToEnd} first.
 */
async function sessionsToEnd({ t, ...accounts }: Accounts) {
  const now = t.clock.now();
  const sessionOf = async (userId: string) =>
    (
      await createAuthRepository({ db: t.db }).createSession({
        tokenHash: hashSessionToken({ token: generateSessionToken() }),
        userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + 30 * 86_400_000),
        ip: null,
        userAgent: 'security suite',
      })
    ).session.id;
  return objectPerAccount({ t, ...accounts, make: sessionOf });
}

/**
 * A passkey of every role's demo account, of a colleague and of the other tenant's social worker, to
 * remove: stored straight in the table, as no authenticator is needed to be refused or to delete one.
 */
async function passkeysToRemove({ t, ...accounts }: Accounts) {
  const passkeyOf = async (userId: string) => {
    const [row] = await t.db
      .insert(passkeysTable)
      .values({
        userId,
        credentialId: generateSessionToken(),
        publicKey: generateSessionToken(),
        name: 'security suite',
      })
      .returning({ id: passkeysTable.id });
    return row!.id;
  };
  return objectPerAccount({ t, ...accounts, make: passkeyOf });
}

/** Mints the sessions of {@link sessionsToEnd} again, into the same demo objects. */
export async function refreshSessionsToEnd({
  t,
  world,
  demo,
}: {
  t: TestApp;
  world: SecurityWorld;
  demo: DemoObjects;
}) {
  Object.assign(
    demo.sessionsToEnd,
    await sessionsToEnd({ t, world, spareWelfareUserId: demo.spareWelfareUserId }),
  );
}

export type DemoObjects = Awaited<ReturnType<typeof findDemoObjects>>;

/**
 * An object of one account (`objects`, read when the cases are asked for, as the sessions are minted
 * again): each role's own, the other tenant's, a colleague's; any other account is as foreign as a
 * colleague's, so there is no case of the same tenant's other organisation.
 */
function accountObject(objects: Awaited<ReturnType<typeof objectPerAccount>>, kind: string): ParamFixture {
  return {
    cases: (role) => {
      const own = objects.own.get(role)!;
      return {
        own,
        otherTenant: objects.otherTenant,
        others: { [`a ${kind} of another account of the tenant`]: objects.colleague },
        missing: missingIdLike(own),
      };
    },
    notApplicable: {
      sameTenantOtherOrg: `a ${kind} belongs to one account: any other account, in any organisation, is as foreign as a colleague`,
    },
  };
}

/** One's own sessions and passkeys: each belongs to one account, never to an organisation or tenant. */
function sessionFixtures({ demo: d }: { demo: DemoObjects }): Record<string, ParamFixture> {
  return {
    '/api/auth/sessions/{id}': accountObject(d.sessionsToEnd, 'session'),
    '/api/auth/second-factor/passkeys/{id}': accountObject(d.passkeysToRemove, 'passkey'),
  };
}

/** What the fixtures of the path parameters are made from. */
type FixtureSources = { world: SecurityWorld; demo: DemoObjects };

/** The fixtures of the clients and what is kept of them: outcomes, documents, laptops, cheques. */
function clientFixtures({ world: w, demo: d }: FixtureSources): Record<string, ParamFixture> {
  const client: ParamFixture = {
    cases: (_role, route) => ({
      own: route.includes('{pairingId}') ? d.pairing.clientId : d.clientId,
      otherTenant: w.elders.clientId,
      missing: missingIdLike(d.clientId),
    }),
    notApplicable: { sameTenantOtherOrg: ONE_WELFARE_ORG },
  };
  const name = (own: string, missing: string): ParamFixture => ({
    cases: () => ({ own, missing, missingStatus: 400 }),
    notApplicable: { sameTenantOtherOrg: A_NAME_NOT_AN_OBJECT, otherTenant: A_NAME_NOT_AN_OBJECT },
  });
  return {
    '/api/outcomes/clients/{clientId}': {
      cases: (role) => ({
        own: role.startsWith('home_help:') ? d.clientOfBeegoId : d.clientOfLigoId,
        ...(isWelfare(role) ? {} : { sameTenantOtherOrg: w.gent.otherPartnersClientId }),
        otherTenant: w.elders.clientId,
        missing: missingIdLike(d.clientId),
      }),
      notApplicable: welfareOnly,
    },
    '/api/outcomes/programmes/{programmeId}': welfareObject({
      own: w.gent.programmeId,
      otherTenant: w.elders.programmeId,
    }),
    '/api/clients/{id}': client,
    '/api/training/clients/{id}': client,
    '/api/clients/{id}/documents/{document}': name('receipt.pdf', 'no-such-document.pdf'),
    '/api/clients/{id}/guidance/buddy-pairings/{pairingId}': welfareObject({
      own: d.pairing.id,
      otherTenant: w.pairings.elders,
      others: { 'a pairing of another client of the same tenant': d.otherPairingId },
    }),
    '/api/reports/{report}': name('cheques', 'no-such-report'),
    '/api/documents/samples/{language}': name('nl', 'xx'),
    '/api/devices/{id}': welfareObject({
      own: w.devices.gentSpare,
      otherTenant: w.devices.elders,
    }),
    '/api/cheques/{id}': welfareObject({
      own: d.issuedChequeId,
      otherTenant: w.cheques.eldersScheduled,
    }),
  };
}

/** The fixtures of the partners' work: visits, statements and training. */
function partnerFixtures({ world: w, demo: d }: FixtureSources): Record<string, ParamFixture> {
  const enrolment: ParamFixture = {
    cases: (role, route) => ({
      own: route.endsWith('/withdraw') ? d.enrolmentA2Id : d.enrolmentAId,
      ...(isWelfare(role) ? {} : { sameTenantOtherOrg: w.enrolments.gentOtherOrg }),
      otherTenant: w.enrolments.elders,
      missing: missingIdLike(d.enrolmentAId),
    }),
    notApplicable: welfareOnly,
  };
  const session: ParamFixture = {
    cases: (role) => ({
      own: d.sessionAId,
      sameTenantOtherOrg: w.sessions.gentOtherOrg,
      otherTenant: w.sessions.elders,
      ...(role === 'training:teacher'
        ? {
            others: {
              "a session of another teacher's group of the same organisation": w.sessions.ligoOtherTeacher,
            },
          }
        : {}),
      missing: missingIdLike(d.sessionAId),
    }),
  };
  return {
    '/api/visits/{chequeId}': {
      cases: (role) => ({
        own: d.plannedTodayChequeId,
        sameTenantOtherOrg: w.cheques.gentOtherOrgScheduled,
        otherTenant: w.cheques.eldersScheduled,
        ...(role === 'home_help:student'
          ? { others: { 'a cheque of their organisation not given to them': d.requestedChequeId } }
          : {}),
        missing: missingIdLike(d.plannedTodayChequeId),
      }),
    },
    '/api/visits/students/{studentId}': objectOf({
      own: d.spareStudentId,
      sameTenantOtherOrg: w.userIds.otherStudent,
      otherTenant: w.userIds.otherSocialWorker,
      others: { 'an account of the welfare centre they work for': d.welfareUserId },
    }),
    '/api/statements/{id}': {
      cases: (role) => ({
        own: w.statements.gentOwn,
        ...(isWelfare(role) ? {} : { sameTenantOtherOrg: w.statements.gentOtherOrg }),
        otherTenant: w.statements.elders,
        missing: missingIdLike(w.statements.gentOwn),
      }),
      notApplicable: welfareOnly,
    },
    '/api/statements/{id}/lines/{lineId}': welfareObject({
      own: w.lines.gentOwn,
      otherTenant: w.lines.elders,
      others: { 'a line of another statement of the same tenant': w.lines.gentOtherOrg },
    }),
    '/api/training/enrolments/{id}': enrolment,
    '/api/training/sessions/{id}': session,
    '/api/training/sessions/{id}/attendance/{enrolmentId}': objectOf({
      own: d.enrolmentAId,
      sameTenantOtherOrg: w.enrolments.gentOtherOrg,
      otherTenant: w.enrolments.elders,
    }),
    '/api/training/locations/{id}': {
      cases: () => ({
        own: d.locationId,
        sameTenantOtherOrg: w.locations.leerpunt,
        missing: missingIdLike(d.locationId),
      }),
      notApplicable: {
        otherTenant:
          'a location belongs to a training partner, not to a tenant; the other partner (serving both tenants) is the case',
      },
    },
    '/api/training/teachers/{id}': objectOf({
      own: d.spareTeacherId,
      sameTenantOtherOrg: w.userIds.otherTeacher,
      otherTenant: w.userIds.otherSocialWorker,
      others: { 'an account of the welfare centre they work for': d.welfareUserId },
    }),
    '/api/training/groups/{id}': objectOf({
      own: d.groupAId,
      sameTenantOtherOrg: w.groups.gentOtherOrg,
      otherTenant: w.groups.elders,
    }),
  };
}

/** The fixtures of the welfare centre's programme: signals, waves, accounts, info moments, batches. */
function programmeFixtures({
  world: w,
  demo: d,
  batches,
}: FixtureSources & { batches: { own: string; otherTenant: string } }): Record<string, ParamFixture> {
  return {
    '/api/signals/{id}': coordinatorOrWelfareObject({
      homeHelp: {
        own: w.signals.gentBeego,
        sameTenantOtherOrg: w.signals.gentDigihelpers,
        otherTenant: w.signals.eldersDigihelpers,
      },
      training: {
        own: w.signals.gentLigo,
        sameTenantOtherOrg: w.signals.gentLeerpunt,
        otherTenant: w.signals.eldersLeerpunt,
      },
      partnerOthers: { 'a signal of the welfare centre they work for': w.signals.gentWelfare },
      welfare: { own: w.signals.gentWelfare, otherTenant: w.signals.eldersWelfare },
    }),
    '/api/programmes/{id}': welfareObject({
      own: w.gent.programmeId,
      otherTenant: w.elders.programmeId,
    }),
    '/api/waves/{id}': welfareObject({
      own: w.gent.waveId,
      otherTenant: w.elders.waveId,
    }),
    // Resetting second factors: a partner's coordinator resets their own students or teachers.
    '/api/users/{id}': coordinatorOrWelfareObject({
      homeHelp: {
        own: d.spareStudentId,
        sameTenantOtherOrg: w.userIds.otherStudent,
        otherTenant: w.userIds.otherSocialWorker,
      },
      training: {
        own: d.spareTeacherId,
        sameTenantOtherOrg: w.userIds.otherTeacher,
        otherTenant: w.userIds.otherSocialWorker,
      },
      partnerOthers: { 'an account of the welfare centre they work for': d.welfareUserId },
      welfare: {
        own: d.spareWelfareUserId,
        otherTenant: w.userIds.otherSocialWorker,
        others: { 'an account of a partner that works for the tenant': d.spareStudentId },
      },
    }),
    '/api/info-moments/{id}': welfareObject({
      own: w.infoMoments.gent,
      otherTenant: w.infoMoments.elders,
    }),
    '/api/info-moments/{id}/invitations/{clientId}': welfareObject({
      own: w.gent.equippedClientId,
      otherTenant: w.elders.clientId,
      others: { 'a client of the same tenant not invited to the moment': w.gent.buddyClientId },
    }),
    '/api/documents/batches/{id}': welfareObject({
      own: batches.own,
      otherTenant: batches.otherTenant,
    }),
  };
}

/**
 * Fixtures for every path parameter of the API, keyed by the route path up to and including the
 * parameter (`/api/statements/{id}/lines/{lineId}`). A route whose parameter has no key here fails
 * the object-owner suite: add the key when you add the route.
 */
export function buildParamFixtures({
  world,
  demo,
  batches,
  letterBatches = { own: 'ltb_00000000000000000001', otherTenant: 'ltb_00000000000000000002' },
}: {
  world: SecurityWorld;
  demo: DemoObjects;
  batches: { own: string; otherTenant: string };
  /** Printed batches of letters (`world.letterBatch`); suites that only need the route's shape leave them out. */
  letterBatches?: { own: string; otherTenant: string };
}): Record<string, ParamFixture> {
  return {
    ...clientFixtures({ world, demo }),
    ...partnerFixtures({ world, demo }),
    ...programmeFixtures({ world, demo, batches }),
    ...sessionFixtures({ demo }),
    '/api/messages/letter-batches/{id}': welfareObject({
      own: letterBatches.own,
      otherTenant: letterBatches.otherTenant,
    }),
  };
}

/** The key of a path parameter's fixture: the route's path up to and including the parameter. */
export function paramFixtureKey({ operation, param }: { operation: ApiOperation; param: string }): string {
  return operation.path.slice(0, operation.path.indexOf(`{${param}}`) + param.length + 2);
}

/** The caller's own object for each path parameter of the route (`x` where no fixture has the key). */
export function ownPathValues({
  fixtures,
  operation,
  role,
}: {
  fixtures: Record<string, ParamFixture>;
  operation: ApiOperation;
  role: RoleKey;
}): Record<string, string> {
  return Object.fromEntries(
    operation.pathParams.map((param) => [
      param,
      fixtures[paramFixtureKey({ operation, param })]?.cases(role, operationLabel(operation)).own ?? 'x',
    ]),
  );
}

/**
 * What a suite that calls every route with a valid request needs, on a fresh test app: the API's
 * operations and document, the security world, the demo objects, the path fixtures (with batches
 * that exist nowhere) and a valid body per route.
 */
export async function prepareRouteCalls({ t }: { t: TestApp }) {
  const { operations, document } = await readOperations({ t });
  const world = await createSecurityWorld({ t });
  const demo = await findDemoObjects({ t, world });
  const fixtures = buildParamFixtures({
    world,
    demo,
    batches: { own: 'job_00000000000000000001', otherTenant: 'job_00000000000000000002' },
  });
  const validBody = await loadValidBodyOf({ t, world, demo, operations, document });
  return { operations, document, world, demo, fixtures, validBody };
}

export type RouteCalls = Awaited<ReturnType<typeof prepareRouteCalls>>;

/**
 * A body each route accepts as far as validation goes, so a request reaches the object lookup; routes
 * not named here use a body made from their schema (`sampleFromSchema`).
 */
export function validBodies({
  world: w,
  demo: d,
  settings,
}: {
  world: SecurityWorld;
  demo: DemoObjects;
  /** The demo programme's settings as the API answers them, sent back unchanged. */
  settings: unknown;
}) {
  return {
    'PATCH /api/clients/{id}': { needsInterpreter: false },
    'PUT /api/clients/{id}/contact': { consents: { sms: true }, preferredChannel: 'sms' },
    'POST /api/messages/delivery-reports/sms': {
      results: [{ messageId: 'msg_00000000000000000000', status: { groupName: 'DELIVERED' } }],
    },
    'POST /api/devices/{id}/transitions': { type: 'reserve', clientId: w.gent.otherPartnersClientId },
    'POST /api/cheques/{id}/cancel': { reason: 'Cancelled by the security suite' },
    'POST /api/visits/{chequeId}/assign': {
      studentId: w.gent.demoStudentId,
      appointmentAt: '2025-03-20T10:00:00.000Z',
    },
    'POST /api/visits/{chequeId}/reschedule': {
      studentId: w.gent.demoStudentId,
      appointmentAt: '2025-03-21T10:00:00.000Z',
    },
    'POST /api/training/groups/{id}/sessions': {
      startDate: '2025-04-01',
      weekdays: [2],
      startTime: '09:30',
      endTime: '12:30',
    },
    'POST /api/signals/{id}/snooze': { until: '2025-03-20', reason: 'Waiting for the client' },
    'POST /api/signals/{id}/resolve': { note: 'Resolved by the security suite' },
    'POST /api/waves/{id}/clients': { clientIds: [d.clientId] },
    'POST /api/clients/{id}/guidance/digipunt-info': { names: [d.digipuntName] },
    'POST /api/clients/{id}/guidance/buddy-pairings': {
      buddyName: 'Griet',
      buddyPhone: '0470 12 34 56',
      frequency: 'weekly',
      startedOn: '2025-03-12',
      agreedEndOn: '2025-09-12',
    },
    'POST /api/clients/{id}/guidance/buddy-pairings/{pairingId}/meetings': {
      metOn: '2025-03-11',
      note: 'Practised video calls',
    },
    'POST /api/clients/{id}/guidance/buddy-pairings/{pairingId}/end': { endedOn: '2025-03-12' },
    'POST /api/info-moments': {
      startsAt: '2025-04-01T14:00:00+02:00',
      place: 'Sociaal Huis',
      language: 'nl',
      capacity: 12,
    },
    'POST /api/info-moments/{id}/invitations': { clientIds: [w.gent.buddyClientId] },
    'POST /api/info-moments/{id}/invitations/{clientId}/attendance': { attendance: 'absent' },
    'PUT /api/programmes/{id}/settings': settings,
    'POST /api/outcomes/clients/{clientId}/rounds': {
      round: 'end',
      mode: 'phone',
      answers: [{ itemId: 'confidence', version: 1, value: 5 }],
    },
    'PUT /api/outcomes/programmes/{programmeId}/settings': { endRoundTakenBy: 'welfare' },
  } as Record<string, unknown>;
}

/**
 * A body each route passes validation with: its own from `validBodies` (with the demo programme's
 * settings read from the API and cut down to what the settings route accepts), or else one made from
 * its schema (`sampleFromSchema`).
 */
export async function loadValidBodyOf({
  t,
  world,
  demo,
  operations,
  document,
}: {
  t: TestApp;
  world: SecurityWorld;
  demo: DemoObjects;
  operations: ApiOperation[];
  document: JsonSchema;
}) {
  const res = await t.request(`/api/programmes/${world.gent.programmeId}/settings`, {
    cookie: await demoSession({ t, role: 'welfare:project_lead' }),
  });
  const route = operations.find(
    (operation) => operation.method === 'PUT' && operation.path === '/api/programmes/{id}/settings',
  );
  const own = validBodies({
    world,
    demo,
    settings: pruneToSchema({
      value: ((await res.json()) as { settings: unknown }).settings,
      schema: route?.bodySchema,
      document,
    }),
  });
  return (operation: ApiOperation): unknown =>
    own[operationLabel(operation)] ?? sampleFromSchema({ schema: operation.bodySchema, document });
}

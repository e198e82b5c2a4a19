import { randomBytes } from 'node:crypto';
import {
  type Answer,
  addMonths,
  chequeCheckCharacter,
  defaultProgrammeSettings,
  generateChequeCode,
  type Purpose,
  QUESTION_IDS,
  recommendPackage,
  type SkillAnswers,
  scoreAssessment,
  VISIT_TOPICS,
} from '@digipakket/domain';
import { count, sql } from 'drizzle-orm';
import type { Config } from '../../ground/config/config';
import { type Database, withSystemScope, withTransaction } from '../../ground/database/database';
import { tenantsTable } from '../../ground/organisations/organisations.tables';
import { type Clock, localDateTimeToInstant, shiftDate, toLocalDate } from '../../ground/shared/clock';
import { loadDemoDocumentsData } from '../../read-models/documents/documents.demo';
import type { devicesTable } from '../../records/devices/devices.tables';
import { hashPassword } from '../../records/users/users.passwords';
import { usersTable } from '../../records/users/users.tables';
import type { chequesTable } from '../../tracks/cheques/cheques.tables';
import type { visitsTable } from '../../tracks/visits/visits.tables';
import {
  createSeedBuilder,
  type SeedBuilder,
  type SeededClientStage,
  type SeedRow,
} from '../seed-builder/seed-builder';
import { DEMO_ORG_NAMES, DEMO_USERS, demoOrgKind } from './demo.accounts';
import { createSeededRandom, DEMO_NEIGHBOURHOODS, DEMO_PEOPLE } from './demo.people';

// Arbitrary key for pg_advisory_xact_lock: two processes starting on one empty database load once.
const DEMO_LOCK_KEY = 720_431_977;

function demoChequeCode(data: string): string {
  return data + chequeCheckCharacter(data);
}

/**
 * Fixed codes for a few demo cheques, so the guides and the browser tests can type a real code. Every
 * other demo cheque has a random code, like in production.
 */
export const DEMO_CHEQUE_CODES = {
  /** Client 28's installation cheque, planned with the demo student today at 10:00. */
  plannedToday: demoChequeCode('DEMQTESTA2'),
  /** Client 31's installation cheque, planned with the demo student tomorrow at 10:00. */
  plannedTomorrow: demoChequeCode('DEMQTESTB2'),
  /** Client 34's second cheque, requested and waiting in the coordinator's queue. */
  requested: demoChequeCode('DEMQTESTC2'),
  /** Client 35's second cheque, requested and waiting in the coordinator's queue. */
  requestedOther: demoChequeCode('DEMQTESTD2'),
  /** Client 36's second cheque, expired yesterday unused. */
  expired: demoChequeCode('DEMQTESTE2'),
  /** Client 46's installation cheque, cancelled by the welfare centre. */
  cancelled: demoChequeCode('DEMQTESTF2'),
  /** Client 40's installation cheque, redeemed weeks ago. */
  redeemed: demoChequeCode('DEMQTESTG2'),
} as const;

const DEMO_CODE_OF_CHEQUE: Record<string, Partial<Record<'installation' | 'free', string>>> = {
  28: { installation: DEMO_CHEQUE_CODES.plannedToday },
  31: { installation: DEMO_CHEQUE_CODES.plannedTomorrow },
  34: { free: DEMO_CHEQUE_CODES.requested },
  35: { free: DEMO_CHEQUE_CODES.requestedOther },
  36: { free: DEMO_CHEQUE_CODES.expired },
  40: { installation: DEMO_CHEQUE_CODES.redeemed },
  46: { installation: DEMO_CHEQUE_CODES.cancelled },
};

/** Where each demo client is in the programme, by position in DEMO_PEOPLE. */
type Stage = SeededClientStage | 'scheduled' | 'independent';

function stageOf(index: number): Stage {
  if (index < 5) return 'referred';
  if (index < 10) return 'assessed';
  if (index < 14) return 'approved';
  if (index < 17) return 'rejected';
  if (index < 22) return 'reserved';
  if (index < 28) return 'equipped';
  if (index < 34) return 'scheduled';
  if (index < 40) return 'in_guidance';
  if (index < 46) return 'completed';
  if (index < 48) return 'dropped_out';
  return 'independent';
}

/** Whether the database holds no tenant and no account yet. */
export async function isDatabaseEmpty({ db }: { db: Database }): Promise<boolean> {
  const [tenants] = await db.select({ n: count() }).from(tenantsTable);
  const [users] = await db.select({ n: count() }).from(usersTable);
  return (tenants?.n ?? 0) === 0 && (users?.n ?? 0) === 0;
}

/** Whether start-up should load the demo tenant, from DEMO_DATA and the run mode. */
export function shouldLoadDemo({ config }: { config: Config }): boolean {
  if (config.demo.mode === 'never') return false;
  if (config.demo.mode === 'force') return true;
  return config.env !== 'production';
}

/**
 * Loads the demo tenant "OCMW Gent (demo)" with its partners, accounts, laptops and about fifty clients
 * at every stage, dated around today, in one transaction. Does nothing when the database is not
 * empty. The same clients, stages and names every time (seeded); only cheque codes are random.
 */
export async function loadDemoData({
  db,
  clock,
  password,
  timeZone = 'Europe/Brussels',
}: {
  db: Database;
  clock: Clock;
  password: string;
  timeZone?: string;
}): Promise<{ loaded: boolean }> {
  const passwordHash = await hashPassword({ password });
  // Seeding writes the demo tenant and its partners before anyone of them is logged in.
  return withSystemScope({
    work: () =>
      withTransaction({
        db,
        retries: 0,
        work: async (tx) => {
          await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK_KEY})`);
          if (!(await isDatabaseEmpty({ db: tx }))) return { loaded: false };
          await insertDemo({ tx, now: clock.now(), passwordHash, timeZone });
          return { loaded: true };
        },
      }),
  });
}

type DemoUserKey = (typeof DEMO_USERS)[number]['key'];

/** What the demo's steps share: the seeded random stream, the builder, the dates around today. */
type DemoBase = {
  seed: SeedBuilder;
  random: ReturnType<typeof createSeededRandom>;
  today: string;
  year: string;
  timeZone: string;
  at: (days: number, time?: string) => Date;
  settings: ReturnType<typeof defaultProgrammeSettings>;
};
/** The demo's centre, partners, accounts and programme, as the later steps refer to them. */
type DemoScope = DemoBase & {
  tenantId: string;
  orgIds: { ocmw: string; beego: string; ligo: string };
  userIds: Record<DemoUserKey, string>;
  programmeId: string;
  waveIds: readonly [string, string];
};
type DemoClient = { id: string; index: number; stage: Stage };

/** OCMW Gent (demo), its partners Beego and Ligo, their documents' details and the demo accounts. */
async function seedCentre({
  seed,
  tx,
  passwordHash,
}: {
  seed: SeedBuilder;
  tx: Database;
  passwordHash: string;
}) {
  const { id: tenantId } = await seed.tenant({
    name: 'OCMW Gent (demo)',
    slug: 'ocmw-gent-demo',
    branding: { contactPhone: '09 266 00 00', footer: 'OCMW Gent — Digipakket (demo)' },
  });
  const [ocmw, beego, ligo] = await seed.organisations([
    { kind: 'welfare', name: DEMO_ORG_NAMES.ocmw, tenantId },
    { kind: 'home_help', name: DEMO_ORG_NAMES.beego, tenantId: null },
    { kind: 'training', name: DEMO_ORG_NAMES.ligo, tenantId: null },
  ]);
  const orgIds = { ocmw: ocmw!.id, beego: beego!.id, ligo: ligo!.id };
  await seed.partnerships([
    { tenantId, partnerOrgId: orgIds.beego, kind: 'home_help' },
    { tenantId, partnerOrgId: orgIds.ligo, kind: 'training' },
  ]);
  await loadDemoDocumentsData({
    db: tx,
    tenantId,
    partners: { homeHelpOrgId: orgIds.beego, trainingOrgId: orgIds.ligo },
  });
  const users = await seed.users(
    DEMO_USERS.map((user) => ({
      email: user.email,
      passwordHash,
      displayName: user.name,
      organisationId: orgIds[user.org],
      orgKind: demoOrgKind(user.org),
      role: user.role,
      locale: 'nl' as const,
    })),
  );
  const userIds = Object.fromEntries(DEMO_USERS.map((user, n) => [user.key, users[n]!.id])) as Record<
    DemoUserKey,
    string
  >;
  return { tenantId, orgIds, userIds };
}

/** This year's programme (40 hours of home help a month) and its two waves. */
async function seedProgramme(
  { seed, today, year, settings }: DemoBase,
  { tenantId, orgIds }: { tenantId: string; orgIds: DemoScope['orgIds'] },
) {
  const { id: programmeId } = await seed.programme({
    tenantId,
    name: `Digipakket ${year}`,
    settings: settings as unknown as Record<string, unknown>,
    homeHelpOrgId: orgIds.beego,
    trainingOrgId: orgIds.ligo,
  });
  const wave = (name: string, from: number, to: number, laptops: number, hours: number) => ({
    tenantId,
    programmeId,
    name,
    pickupFrom: shiftDate({ date: today, days: from }),
    pickupTo: shiftDate({ date: today, days: to }),
    laptopCapacity: laptops,
    chequeHourCapacity: hours,
    trainingSeatCapacity: 24,
  });
  const [first, second] = await seed.waves([
    wave('Golf 1', -60, -20, 30, 60),
    wave('Golf 2', -10, 30, 20, 40),
  ]);
  return { programmeId, waveIds: [first!.id, second!.id] as const };
}

/** The fifty demo people as clients, each at the stage of their place in the list. */
async function seedClients({ seed, random, year, at, tenantId, userIds }: DemoScope): Promise<DemoClient[]> {
  const rows = DEMO_PEOPLE.map((person, index) => {
    const place = DEMO_NEIGHBOURHOODS[index % DEMO_NEIGHBOURHOODS.length]!;
    const digits = String(random.int(10_000_000, 99_999_999));
    return {
      tenantId,
      fileNumber: `GNT-${year}-${String(index + 1).padStart(4, '0')}`,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: `${random.int(1950, 2004)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      phone: `04${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`,
      preferredLanguage: person.language,
      needsInterpreter: person.interpreter ?? false,
      street: `${place.street} ${random.int(1, 240)}`,
      postcode: place.postcode,
      city: 'Gent',
      neighbourhood: place.name,
      lat: Math.round((place.lat + (random.next() - 0.5) * 0.008) * 1e5) / 1e5,
      lon: Math.round((place.lon + (random.next() - 0.5) * 0.008) * 1e5) / 1e5,
      household: { adults: random.int(1, 2), children: random.int(0, 4), hasUsableLaptop: false },
      createdBy: userIds.socialWorker,
      createdAt: at(-90 + index),
    };
  });
  const clients = await seed.clients(rows);
  return clients.map((client, index) => ({ id: client.id, index, stage: stageOf(index) }));
}

/** An intake for every client past referral: answers, package, decision and wave as the stage implies. */
async function seedIntakes(scope: DemoScope, clients: DemoClient[]) {
  const { seed, random, at, settings, tenantId, programmeId, waveIds, userIds } = scope;
  const purposesCycle: Purpose[][] = [['work'], ['school'], ['social_contact'], ['work', 'social_contact']];
  const intakes = clients
    .filter((client) => client.stage !== 'referred')
    .map((client) => {
      const independent = client.stage === 'independent';
      const answers = Object.fromEntries(
        QUESTION_IDS.map((id, question) => {
          const answer: Answer = independent
            ? 'yes'
            : question < 2
              ? client.index % 2 === 0
                ? 'no'
                : 'yes'
              : random.pick<Answer>(['no', 'with_help', 'no']);
          return [id, answer];
        }),
      ) as SkillAnswers;
      const { level } = scoreAssessment({ answers });
      const purposes = purposesCycle[client.index % purposesCycle.length]!;
      const { package: recommended } = recommendPackage({ level, purposes, settings });
      const rejected = client.stage === 'rejected';
      const decided = client.stage !== 'assessed';
      const wave = client.index >= 22 && client.index < 48 ? waveIds[0] : waveIds[1];
      const completed = client.stage === 'completed';
      const droppedOut = client.stage === 'dropped_out';
      return {
        tenantId,
        clientId: client.id,
        programmeId,
        purposes,
        answers,
        skillLevel: level,
        verdict: rejected
          ? { ok: false, reasons: [{ code: 'household.already_equipped' }], package: recommended }
          : { ok: true, reasons: [], package: recommended },
        decision: decided ? (rejected ? ('rejected' as const) : ('approved' as const)) : ('draft' as const),
        waveId: decided && !rejected ? wave : null,
        createdBy: userIds.socialWorker,
        decidedBy: decided ? userIds.socialWorker : null,
        decidedAt: decided ? at(-80 + client.index) : null,
        digipuntInfoGivenAt: completed || client.stage === 'in_guidance' ? at(-40) : null,
        infoSessionAttendedAt: completed ? at(-30) : null,
        closureKind: droppedOut ? ('dropped_out' as const) : null,
        closureReason: droppedOut ? 'Verhuisd buiten Gent' : null,
        closedAt: droppedOut ? at(-5) : null,
        createdAt: at(-85 + client.index),
      };
    });
  await seed.intakes(intakes);
}

const HOLDING_STAGES: Stage[] = [
  'reserved',
  'equipped',
  'scheduled',
  'in_guidance',
  'completed',
  'dropped_out',
  'independent',
];

/** 36 laptops: one reserved, handed out or returned for each client from reservation on, the rest in stock. */
async function seedLaptops(scope: DemoScope, clients: DemoClient[]) {
  const { seed, at, year, tenantId, programmeId, userIds } = scope;
  const models = ['Lenovo ThinkPad E14', 'HP ProBook 445 G10', 'Dell Latitude 3540'];
  const devices: SeedRow<typeof devicesTable>[] = Array.from({ length: 36 }, (_, index) => ({
    tenantId,
    serial: `DP${year}-${String(index + 1).padStart(4, '0')}`,
    model: models[index % models.length]!,
    funding: 'Digitale inclusie (Vlaanderen)',
    programmeId,
    status: 'in_stock',
    holderClientId: null,
    reservedAt: null,
    handedOutAt: null,
  }));
  const holders = clients.filter((client) => HOLDING_STAGES.includes(client.stage));
  const history = holders.map((client, n) => {
    const device = devices[n]!;
    const reservedAt = at(client.stage === 'reserved' ? -3 - (client.index % 4) : -50 + (client.index % 10));
    device.reservedAt = reservedAt;
    if (client.stage === 'reserved') {
      Object.assign(device, { status: 'reserved', holderClientId: client.id });
      return { client, reservedAt };
    }
    const handedOutAt = new Date(reservedAt.getTime() + 3 * 86_400_000);
    device.handedOutAt = handedOutAt;
    const returnedAt = client.stage === 'dropped_out' ? at(-5) : undefined;
    if (returnedAt) device.status = 'returned';
    else Object.assign(device, { status: 'handed_out', holderClientId: client.id });
    return { client, reservedAt, handedOutAt, returnedAt };
  });
  const seeded = await seed.devices(devices);
  const deviceOfClient = new Map(holders.map((client, n) => [client.id, seeded[n]!.id]));
  await seed.deviceEvents(
    history.flatMap(({ client, reservedAt, handedOutAt, returnedAt }) => {
      const event = {
        tenantId,
        deviceId: deviceOfClient.get(client.id)!,
        clientId: client.id,
        actorUserId: userIds.socialWorker,
      };
      return [
        { ...event, fromStatus: 'in_stock' as const, toStatus: 'reserved' as const, at: reservedAt },
        ...(handedOutAt
          ? [{ ...event, fromStatus: 'reserved' as const, toStatus: 'handed_out' as const, at: handedOutAt }]
          : []),
        ...(returnedAt
          ? [
              {
                ...event,
                fromStatus: 'handed_out' as const,
                toStatus: 'returned' as const,
                reason: 'Cliënt verhuisd; laptop teruggebracht',
                at: returnedAt,
              },
            ]
          : []),
      ];
    }),
  );
  return deviceOfClient;
}

type ChequeRow = SeedRow<typeof chequesTable>;
type VisitDraft = { cheque: ChequeRow; visit: Omit<SeedRow<typeof visitsTable>, 'chequeId'> };

/** A visit by the demo student some days ago that redeemed the cheque, with a follow-up reason or not. */
function redeemDemoCheque(
  scope: DemoScope,
  cheque: ChequeRow,
  daysAgo: number,
  followUp?: string,
): VisitDraft {
  const { random, at, timeZone, tenantId, orgIds, userIds } = scope;
  const visitedAt = at(-daysAgo, '14:00');
  Object.assign(cheque, {
    status: 'redeemed',
    studentUserId: userIds.student,
    appointmentAt: visitedAt,
    redeemedAt: visitedAt,
  });
  const topics =
    cheque.purpose === 'installation'
      ? ['installed_laptop', 'wifi', 'safety_updates']
      : [random.pick(VISIT_TOPICS.filter((topic) => topic !== 'other')), 'email'];
  return {
    cheque,
    visit: {
      tenantId,
      homeHelpOrgId: orgIds.beego,
      studentUserId: userIds.student,
      visitedOn: toLocalDate({ instant: visitedAt, timeZone }),
      minutes: random.pick([45, 60, 60, 75]),
      topics: [...new Set(topics)] as SeedRow<typeof visitsTable>['topics'],
      notes:
        cheque.purpose === 'installation'
          ? 'Laptop geïnstalleerd, wifi ingesteld, updates gedaan.'
          : 'E-mail met bijlage geoefend.',
      needsFollowUp: followUp !== undefined,
      followUpReason: followUp ?? null,
    },
  };
}

/** A client's two cheques (installation and free) as the stage implies, and the visits that redeemed them. */
function demoChequesOf(scope: DemoScope, client: DemoClient) {
  const { at, timeZone, today, settings, tenantId, programmeId, orgIds, userIds } = scope;
  const issuedAt = at(-45 + (client.index % 10));
  const validUntil = toLocalDate({
    instant: addMonths({ instant: issuedAt, months: settings.chequeValidityMonths }),
    timeZone,
  });
  const base = {
    tenantId,
    clientId: client.id,
    programmeId,
    validUntil,
    homeHelpOrgId: orgIds.beego,
    issuedAt,
  };
  const code = () => generateChequeCode({ randomBytes: new Uint8Array(randomBytes(16)) }).code;
  const installation: ChequeRow = { ...base, code: code(), purpose: 'installation' };
  const free: ChequeRow = { ...base, code: code(), purpose: 'free' };
  const visits: VisitDraft[] = [];
  if (client.stage === 'scheduled') {
    const slot = client.index - 28;
    Object.assign(installation, {
      status: 'scheduled',
      studentUserId: userIds.student,
      appointmentAt: at(slot < 3 ? 0 : 1, ['10:00', '13:30', '15:30'][slot % 3]),
    });
  }
  if (client.stage === 'in_guidance') {
    const followUp =
      client.index === 35 ? 'Cliënt heeft geen internet thuis; vraag sociaal tarief na.' : undefined;
    visits.push(redeemDemoCheque(scope, installation, 20 - (client.index % 5), followUp));
    if (client.index === 34 || client.index === 35) free.status = 'requested';
  }
  if (client.stage === 'completed') {
    visits.push(redeemDemoCheque(scope, installation, 50 - (client.index % 5)));
    visits.push(redeemDemoCheque(scope, free, 25 - (client.index % 5)));
  }
  if (client.stage === 'dropped_out') {
    Object.assign(installation, { status: 'cancelled', cancelledReason: 'Cliënt verhuisd buiten Gent' });
    Object.assign(free, { status: 'cancelled', cancelledReason: 'Cliënt verhuisd buiten Gent' });
  }
  const fixed = DEMO_CODE_OF_CHEQUE[client.index];
  if (fixed?.installation) installation.code = fixed.installation;
  if (fixed?.free) free.code = fixed.free;
  if (client.index === 36)
    Object.assign(free, { status: 'expired', validUntil: shiftDate({ date: today, days: -1 }) });
  return { installation, free, visits };
}

/** Cheques for every client from hand-out on, and the demo student's visits. */
async function seedCheques(scope: DemoScope, clients: DemoClient[]) {
  const chequeStages: Stage[] = ['equipped', 'scheduled', 'in_guidance', 'completed', 'dropped_out'];
  const perClient = clients
    .filter((client) => chequeStages.includes(client.stage))
    .map((client) => ({ client, ...demoChequesOf(scope, client) }));
  const rows = perClient.flatMap(({ installation, free }) => [installation, free]);
  const seeded = await scope.seed.cheques(rows);
  const idOf = (row: ChequeRow) => seeded[rows.indexOf(row)]!.id;
  await scope.seed.visits(
    perClient.flatMap(({ visits }) =>
      visits.map(({ cheque, visit }) => ({ ...visit, chequeId: idOf(cheque) })),
    ),
  );
  return new Map(
    perClient.map(({ client, installation }) => [client.id, { installation: idOf(installation) }]),
  );
}

/** Ligo's two locations and three basic groups: one running, one done, one to come. */
async function seedGroups(scope: DemoScope, clients: DemoClient[]) {
  const { seed, today, orgIds, programmeId, userIds } = scope;
  const location = (name: string, street: string) => ({
    trainingOrgId: orgIds.ligo,
    name,
    street,
    postcode: '9000',
    city: 'Gent',
  });
  const [lokaal, buurtcentrum] = await seed.locations([
    location('Ligo Gent — lokaal 1.04', 'Sint-Salvatorstraat 18'),
    location('Buurtcentrum Brugse Poort', 'Haspelstraat 31'),
  ]);
  const morning = { start: '09:30', end: '12:30' };
  const plans = [
    {
      name: 'Basis digitaal — groep A',
      days: [-7, 0, 7],
      ...morning,
      location: lokaal!.id,
      stage: 'in_guidance',
      languages: ['nl', 'ar'],
    },
    {
      name: 'Basis digitaal — groep B',
      days: [-35, -28, -21],
      start: '13:30',
      end: '16:30',
      location: buurtcentrum!.id,
      stage: 'completed',
      languages: ['nl', 'tr'],
    },
    {
      name: 'Basis digitaal — groep C',
      days: [14, 21, 28],
      ...morning,
      location: lokaal!.id,
      stage: null,
      languages: ['nl', 'fr', 'en'],
    },
  ].map((plan) => ({ ...plan, members: clients.filter((client) => client.stage === plan.stage) }));
  const groups = await seed.groups(
    plans.map((plan) => ({
      trainingOrgId: orgIds.ligo,
      programmeId,
      kind: 'basic' as const,
      name: plan.name,
      locationId: plan.location,
      teacherUserId: userIds.teacher,
      capacity: 12,
      enrolledCount: plan.members.length,
      languageSupport: plan.languages,
      startsOn: shiftDate({ date: today, days: plan.days[0]! }),
    })),
  );
  const sessionPlans = plans.flatMap((plan, n) =>
    plan.days.map((days) => ({ plan, groupId: groups[n]!.id, days })),
  );
  const sessions = await seed.sessions(
    sessionPlans.map(({ plan, groupId, days }) => ({
      groupId,
      trainingOrgId: orgIds.ligo,
      date: shiftDate({ date: today, days }),
      startTime: plan.start,
      endTime: plan.end,
    })),
  );
  return plans.map((plan, n) => ({
    ...plan,
    id: groups[n]!.id,
    pastSessions: sessions.filter(
      (session, k) => session.groupId === groups[n]!.id && sessionPlans[k]!.days < 0,
    ),
  }));
}

/** The groups' enrolments, the teacher's marks for past sessions and the referrals after group B. */
async function seedEnrolments(scope: DemoScope, groups: Awaited<ReturnType<typeof seedGroups>>) {
  const { seed, at, timeZone, tenantId, orgIds, programmeId, userIds } = scope;
  const planned = groups.flatMap((group) => group.members.map((client) => ({ group, client })));
  const enrolments = await seed.enrolments(
    planned.map(({ group, client }) => ({
      trainingOrgId: orgIds.ligo,
      tenantId,
      groupId: group.id,
      clientId: client.id,
      programmeId,
      status: 'enrolled' as const,
      enrolledAt: at(group.days[0]! - 14),
    })),
  );
  await seed.attendance(
    planned.flatMap(({ group, client }, n) =>
      group.pastSessions.map((session) => ({
        trainingOrgId: orgIds.ligo,
        tenantId,
        sessionId: session.id,
        enrolmentId: enrolments[n]!.id,
        status:
          client.index === 38
            ? ('absent' as const)
            : client.index === 39
              ? ('late' as const)
              : ('present' as const),
        markedBy: userIds.teacher,
        markedAt: localDateTimeToInstant({ date: session.date, time: session.startTime, timeZone }),
      })),
    ),
  );
  await seed.referrals(
    planned
      .map(({ group, client }, n) => ({ group, client, enrolment: enrolments[n]! }))
      .filter(({ group }) => group.id === groups[1]!.id)
      .map(({ client, enrolment }) => {
        const referred = client.index % 3 !== 0;
        return {
          tenantId,
          trainingOrgId: orgIds.ligo,
          clientId: client.id,
          enrolmentId: enrolment.id,
          decision: referred ? ('referred' as const) : ('not_referred' as const),
          courseName: referred ? 'Computer — vervolgcursus (regulier aanbod)' : null,
          reason: referred ? null : 'Oefent eerst verder thuis met de familie',
          decidedBy: userIds.trainingCoordinator,
          decidedAt: at(-18),
        };
      }),
  );
}

/** Two Digibuddies and three open follow-up signals: a laptop not picked up, a visit's question, a late installation. */
async function seedFollowUp(
  scope: DemoScope,
  clients: DemoClient[],
  {
    deviceOfClient,
    chequeIds,
  }: { deviceOfClient: Map<string, string>; chequeIds: Map<string, { installation: string }> },
) {
  const { seed, at, today, tenantId, orgIds, programmeId } = scope;
  const byIndex = (index: number) => clients[index]!.id;
  await seed.buddies(
    [36, 37].map((index) => ({
      tenantId,
      clientId: byIndex(index),
      programmeId,
      buddyName: index === 36 ? 'Griet (vrijwilliger)' : 'Hassan (vrijwilliger)',
      frequency: index === 36 ? ('weekly' as const) : ('fortnightly' as const),
      startedOn: shiftDate({ date: today, days: -14 }),
      agreedEndOn: shiftDate({ date: today, days: 166 }),
    })),
  );
  const signal = { tenantId, programmeId, severity: 'warning' as const };
  await seed.signals([
    {
      ...signal,
      kind: 'device.pickup_overdue',
      ownerOrgId: orgIds.ocmw,
      clientId: byIndex(17),
      subjectId: deviceOfClient.get(byIndex(17))!,
      dueAt: at(-1),
    },
    {
      ...signal,
      kind: 'visit.needs_follow_up',
      ownerOrgId: orgIds.ocmw,
      clientId: byIndex(35),
      subjectId: chequeIds.get(byIndex(35))!.installation,
      dueAt: at(2),
    },
    {
      ...signal,
      kind: 'cheque.installation_overdue',
      ownerOrgId: orgIds.beego,
      clientId: byIndex(22),
      subjectId: chequeIds.get(byIndex(22))!.installation,
      severity: 'urgent',
      dueAt: at(-3),
    },
  ]);
}

async function insertDemo({
  tx,
  now,
  passwordHash,
  timeZone,
}: {
  tx: Database;
  now: Date;
  passwordHash: string;
  timeZone: string;
}) {
  const today = toLocalDate({ instant: now, timeZone });
  const base: DemoBase = {
    seed: createSeedBuilder({ db: tx }),
    random: createSeededRandom({ seed: 20250311 }),
    today,
    year: today.slice(0, 4),
    timeZone,
    at: (days, time = '10:00') =>
      localDateTimeToInstant({ date: shiftDate({ date: today, days }), time, timeZone }),
    // The demo partner agreed to 40 hours of home help a month, so wave planning checks hours too.
    settings: { ...defaultProgrammeSettings(), homeHelpHoursPerMonth: 40 },
  };
  const centre = await seedCentre({ seed: base.seed, tx, passwordHash });
  const programme = await seedProgramme(base, centre);
  const scope: DemoScope = { ...base, ...centre, ...programme };
  const clients = await seedClients(scope);
  await seedIntakes(scope, clients);
  const deviceOfClient = await seedLaptops(scope, clients);
  const chequeIds = await seedCheques(scope, clients);
  await seedEnrolments(scope, await seedGroups(scope, clients));
  await seedFollowUp(scope, clients, { deviceOfClient, chequeIds });
}

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
import {
  organisationsTable,
  partnershipsTable,
  tenantsTable,
} from '../../ground/organisations/organisations.tables';
import { type Clock, localDateTimeToInstant, shiftDate, toLocalDate } from '../../ground/shared/clock';
import { generateId } from '../../ground/shared/ids';
import { loadDemoDocumentsData } from '../../read-models/documents/documents.demo';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable, wavesTable } from '../../records/programmes/programmes.tables';
import { hashPassword } from '../../records/users/users.passwords';
import { usersTable } from '../../records/users/users.tables';
import { chequesTable, visitsTable } from '../../tracks/cheques/cheques.tables';
import { deviceEventsTable, devicesTable } from '../../tracks/devices/devices.tables';
import { buddyPairingsTable } from '../../tracks/guidance/guidance.tables';
import { intakesTable } from '../../tracks/intake/intake.tables';
import { signalsTable } from '../../tracks/signals/signals.tables';
import {
  attendanceTable,
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  referralsTable,
  trainingLocationsTable,
} from '../../tracks/training/training.tables';
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
type Stage =
  | 'referred'
  | 'assessed'
  | 'approved'
  | 'rejected'
  | 'reserved'
  | 'equipped'
  | 'scheduled'
  | 'in_guidance'
  | 'completed'
  | 'dropped_out'
  | 'independent';

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
  const random = createSeededRandom({ seed: 20250311 });
  const today = toLocalDate({ instant: now, timeZone });
  const at = (days: number, time = '10:00') =>
    localDateTimeToInstant({ date: shiftDate({ date: today, days }), time, timeZone });
  const year = today.slice(0, 4);
  // The demo partner agreed to 40 hours of home help a month, so wave planning checks hours too.
  const settings = { ...defaultProgrammeSettings(), homeHelpHoursPerMonth: 40 };

  const tenantId = generateId({ kind: 'tenant' });
  await tx.insert(tenantsTable).values({
    id: tenantId,
    name: 'OCMW Gent (demo)',
    slug: 'ocmw-gent-demo',
    branding: { contactPhone: '09 266 00 00', footer: 'OCMW Gent — Digipakket (demo)' },
  });

  const orgIds = {
    ocmw: generateId({ kind: 'organisation' }),
    beego: generateId({ kind: 'organisation' }),
    ligo: generateId({ kind: 'organisation' }),
  };
  await tx.insert(organisationsTable).values([
    { id: orgIds.ocmw, kind: 'welfare', name: DEMO_ORG_NAMES.ocmw, tenantId },
    { id: orgIds.beego, kind: 'home_help', name: DEMO_ORG_NAMES.beego, tenantId: null },
    { id: orgIds.ligo, kind: 'training', name: DEMO_ORG_NAMES.ligo, tenantId: null },
  ]);
  await tx.insert(partnershipsTable).values([
    { tenantId, partnerOrgId: orgIds.beego, kind: 'home_help' },
    { tenantId, partnerOrgId: orgIds.ligo, kind: 'training' },
  ]);
  await loadDemoDocumentsData({
    db: tx,
    tenantId,
    partners: { homeHelpOrgId: orgIds.beego, trainingOrgId: orgIds.ligo },
  });

  const userIds = Object.fromEntries(
    DEMO_USERS.map((user) => [user.key, generateId({ kind: 'user' })]),
  ) as Record<(typeof DEMO_USERS)[number]['key'], string>;
  await tx.insert(usersTable).values(
    DEMO_USERS.map((user) => ({
      id: userIds[user.key],
      email: user.email,
      passwordHash,
      displayName: user.name,
      organisationId: orgIds[user.org],
      orgKind: demoOrgKind(user.org),
      role: user.role,
      locale: 'nl' as const,
    })),
  );

  const programmeId = generateId({ kind: 'programme' });
  await tx.insert(programmesTable).values({
    id: programmeId,
    tenantId,
    name: `Digipakket ${year}`,
    settings: settings as unknown as Record<string, unknown>,
    homeHelpOrgId: orgIds.beego,
    trainingOrgId: orgIds.ligo,
  });
  const waveIds = [generateId({ kind: 'wave' }), generateId({ kind: 'wave' })] as const;
  await tx.insert(wavesTable).values([
    {
      id: waveIds[0],
      tenantId,
      programmeId,
      name: 'Golf 1',
      pickupFrom: shiftDate({ date: today, days: -60 }),
      pickupTo: shiftDate({ date: today, days: -20 }),
      laptopCapacity: 30,
      chequeHourCapacity: 60,
      trainingSeatCapacity: 24,
    },
    {
      id: waveIds[1],
      tenantId,
      programmeId,
      name: 'Golf 2',
      pickupFrom: shiftDate({ date: today, days: -10 }),
      pickupTo: shiftDate({ date: today, days: 30 }),
      laptopCapacity: 20,
      chequeHourCapacity: 40,
      trainingSeatCapacity: 24,
    },
  ]);

  const clients = DEMO_PEOPLE.map((person, index) => {
    const place = DEMO_NEIGHBOURHOODS[index % DEMO_NEIGHBOURHOODS.length]!;
    const digits = String(random.int(10_000_000, 99_999_999));
    return {
      id: generateId({ kind: 'client' }),
      index,
      stage: stageOf(index),
      row: {
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
      },
    };
  });
  await tx.insert(clientsTable).values(clients.map((client) => ({ id: client.id, ...client.row })));

  const purposesCycle: Purpose[][] = [['work'], ['school'], ['social_contact'], ['work', 'social_contact']];
  const intakes: (typeof intakesTable.$inferInsert)[] = [];
  for (const client of clients) {
    if (client.stage === 'referred') continue;
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
    intakes.push({
      tenantId,
      clientId: client.id,
      programmeId,
      purposes,
      answers,
      skillLevel: level,
      verdict: rejected
        ? { ok: false, reasons: [{ code: 'household.already_equipped' }], package: recommended }
        : { ok: true, reasons: [], package: recommended },
      decision: decided ? (rejected ? 'rejected' : 'approved') : 'draft',
      waveId: decided && !rejected ? wave : null,
      createdBy: userIds.socialWorker,
      decidedBy: decided ? userIds.socialWorker : null,
      decidedAt: decided ? at(-80 + client.index) : null,
      digipuntInfoGivenAt: completed || client.stage === 'in_guidance' ? at(-40) : null,
      infoSessionAttendedAt: completed ? at(-30) : null,
      closureKind: client.stage === 'dropped_out' ? 'dropped_out' : null,
      closureReason: client.stage === 'dropped_out' ? 'Verhuisd buiten Gent' : null,
      closedAt: client.stage === 'dropped_out' ? at(-5) : null,
      createdAt: at(-85 + client.index),
    });
  }
  await tx.insert(intakesTable).values(intakes);

  const models = ['Lenovo ThinkPad E14', 'HP ProBook 445 G10', 'Dell Latitude 3540'];
  const devices = Array.from({ length: 36 }, (_, index) => ({
    id: generateId({ kind: 'device' }),
    tenantId,
    serial: `DP${year}-${String(index + 1).padStart(4, '0')}`,
    model: models[index % models.length]!,
    funding: 'Digitale inclusie (Vlaanderen)',
    programmeId,
    status: 'in_stock' as 'in_stock' | 'reserved' | 'handed_out' | 'returned',
    holderClientId: null as string | null,
    reservedAt: null as Date | null,
    handedOutAt: null as Date | null,
  }));
  const deviceEvents: (typeof deviceEventsTable.$inferInsert)[] = [];
  let nextDevice = 0;
  const deviceOfClient = new Map<string, string>();
  for (const client of clients) {
    const holds = [
      'reserved',
      'equipped',
      'scheduled',
      'in_guidance',
      'completed',
      'dropped_out',
      'independent',
    ];
    if (!holds.includes(client.stage)) continue;
    const device = devices[nextDevice++]!;
    deviceOfClient.set(client.id, device.id);
    const reservedAt = at(client.stage === 'reserved' ? -3 - (client.index % 4) : -50 + (client.index % 10));
    device.reservedAt = reservedAt;
    const event = { tenantId, deviceId: device.id, clientId: client.id, actorUserId: userIds.socialWorker };
    deviceEvents.push({ ...event, fromStatus: 'in_stock', toStatus: 'reserved', at: reservedAt });
    if (client.stage === 'reserved') {
      device.status = 'reserved';
      device.holderClientId = client.id;
      continue;
    }
    const handedOutAt = new Date(reservedAt.getTime() + 3 * 86_400_000);
    device.handedOutAt = handedOutAt;
    deviceEvents.push({ ...event, fromStatus: 'reserved', toStatus: 'handed_out', at: handedOutAt });
    if (client.stage === 'dropped_out') {
      device.status = 'returned';
      deviceEvents.push({
        ...event,
        fromStatus: 'handed_out',
        toStatus: 'returned',
        reason: 'Cliënt verhuisd; laptop teruggebracht',
        at: at(-5),
      });
      continue;
    }
    device.status = 'handed_out';
    device.holderClientId = client.id;
  }
  await tx.insert(devicesTable).values(devices);
  await tx.insert(deviceEventsTable).values(deviceEvents);

  const cheques: (typeof chequesTable.$inferInsert)[] = [];
  const visits: (typeof visitsTable.$inferInsert)[] = [];
  const appointmentTimes = ['10:00', '13:30', '15:30'];
  const chequeIds: Record<string, { installation: string; free: string }> = {};
  for (const client of clients) {
    if (!['equipped', 'scheduled', 'in_guidance', 'completed', 'dropped_out'].includes(client.stage))
      continue;
    const issuedAt = at(-45 + (client.index % 10));
    const validUntil = toLocalDate({
      instant: addMonths({ instant: issuedAt, months: settings.chequeValidityMonths }),
      timeZone,
    });
    const ids = { installation: generateId({ kind: 'cheque' }), free: generateId({ kind: 'cheque' }) };
    chequeIds[client.id] = ids;
    const base = {
      tenantId,
      clientId: client.id,
      programmeId,
      validUntil,
      homeHelpOrgId: orgIds.beego,
      issuedAt,
    };
    const code = () => generateChequeCode({ randomBytes: new Uint8Array(randomBytes(16)) }).code;
    const installation: typeof chequesTable.$inferInsert = {
      ...base,
      id: ids.installation,
      code: code(),
      purpose: 'installation',
    };
    const free: typeof chequesTable.$inferInsert = { ...base, id: ids.free, code: code(), purpose: 'free' };

    if (client.stage === 'scheduled') {
      const slot = client.index - 28;
      Object.assign(installation, {
        status: 'scheduled',
        studentUserId: userIds.student,
        appointmentAt: at(slot < 3 ? 0 : 1, appointmentTimes[slot % 3]),
      });
    }
    const redeem = (cheque: typeof chequesTable.$inferInsert, daysAgo: number, followUp?: string) => {
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
      visits.push({
        tenantId,
        chequeId: cheque.id!,
        homeHelpOrgId: orgIds.beego,
        studentUserId: userIds.student,
        visitedOn: toLocalDate({ instant: visitedAt, timeZone }),
        minutes: random.pick([45, 60, 60, 75]),
        topics: [...new Set(topics)],
        notes:
          cheque.purpose === 'installation'
            ? 'Laptop geïnstalleerd, wifi ingesteld, updates gedaan.'
            : 'E-mail met bijlage geoefend.',
        needsFollowUp: followUp !== undefined,
        followUpReason: followUp ?? null,
      });
    };
    if (client.stage === 'in_guidance') {
      redeem(
        installation,
        20 - (client.index % 5),
        client.index === 35 ? 'Cliënt heeft geen internet thuis; vraag sociaal tarief na.' : undefined,
      );
      if (client.index === 34 || client.index === 35) free.status = 'requested';
    }
    if (client.stage === 'completed') {
      redeem(installation, 50 - (client.index % 5));
      redeem(free, 25 - (client.index % 5));
    }
    if (client.stage === 'dropped_out') {
      Object.assign(installation, { status: 'cancelled', cancelledReason: 'Cliënt verhuisd buiten Gent' });
      Object.assign(free, { status: 'cancelled', cancelledReason: 'Cliënt verhuisd buiten Gent' });
    }
    const fixed = DEMO_CODE_OF_CHEQUE[client.index];
    if (fixed?.installation) installation.code = fixed.installation;
    if (fixed?.free) free.code = fixed.free;
    if (client.index === 36) {
      Object.assign(free, { status: 'expired', validUntil: shiftDate({ date: today, days: -1 }) });
    }
    cheques.push(installation, free);
  }
  await tx.insert(chequesTable).values(cheques);
  await tx.insert(visitsTable).values(visits);

  const locationIds = [generateId({ kind: 'location' }), generateId({ kind: 'location' })] as const;
  await tx.insert(trainingLocationsTable).values([
    {
      id: locationIds[0],
      trainingOrgId: orgIds.ligo,
      name: 'Ligo Gent — lokaal 1.04',
      street: 'Sint-Salvatorstraat 18',
      postcode: '9000',
      city: 'Gent',
    },
    {
      id: locationIds[1],
      trainingOrgId: orgIds.ligo,
      name: 'Buurtcentrum Brugse Poort',
      street: 'Haspelstraat 31',
      postcode: '9000',
      city: 'Gent',
    },
  ]);
  const groups = [
    {
      id: generateId({ kind: 'courseGroup' }),
      name: 'Basis digitaal — groep A',
      days: [-7, 0, 7],
      start: '09:30',
      end: '12:30',
      location: locationIds[0],
      members: clients.filter((c) => c.stage === 'in_guidance'),
      languages: ['nl', 'ar'],
    },
    {
      id: generateId({ kind: 'courseGroup' }),
      name: 'Basis digitaal — groep B',
      days: [-35, -28, -21],
      start: '13:30',
      end: '16:30',
      location: locationIds[1],
      members: clients.filter((c) => c.stage === 'completed'),
      languages: ['nl', 'tr'],
    },
    {
      id: generateId({ kind: 'courseGroup' }),
      name: 'Basis digitaal — groep C',
      days: [14, 21, 28],
      start: '09:30',
      end: '12:30',
      location: locationIds[0],
      members: [],
      languages: ['nl', 'fr', 'en'],
    },
  ];
  await tx.insert(courseGroupsTable).values(
    groups.map((group) => ({
      id: group.id,
      trainingOrgId: orgIds.ligo,
      programmeId,
      kind: 'basic' as const,
      name: group.name,
      locationId: group.location,
      teacherUserId: userIds.teacher,
      capacity: 12,
      enrolledCount: group.members.length,
      languageSupport: group.languages,
      startsOn: shiftDate({ date: today, days: group.days[0]! }),
    })),
  );
  const sessions = groups.flatMap((group) =>
    group.days.map((days) => ({
      id: generateId({ kind: 'courseSession' }),
      groupId: group.id,
      trainingOrgId: orgIds.ligo,
      date: shiftDate({ date: today, days }),
      startTime: group.start,
      endTime: group.end,
      past: days < 0,
    })),
  );
  await tx.insert(courseSessionsTable).values(sessions.map(({ past: _past, ...session }) => session));

  const enrolments = groups.flatMap((group) =>
    group.members.map((client) => ({
      id: generateId({ kind: 'enrolment' }),
      trainingOrgId: orgIds.ligo,
      tenantId,
      groupId: group.id,
      clientId: client.id,
      clientIndex: client.index,
      programmeId,
      status: 'enrolled' as const,
      enrolledAt: at(group.days[0]! - 14),
    })),
  );
  await tx
    .insert(enrolmentsTable)
    .values(enrolments.map(({ clientIndex: _index, ...enrolment }) => enrolment));

  const attendance: (typeof attendanceTable.$inferInsert)[] = [];
  for (const enrolment of enrolments) {
    for (const session of sessions.filter((s) => s.groupId === enrolment.groupId && s.past)) {
      const status =
        enrolment.clientIndex === 38 ? 'absent' : enrolment.clientIndex === 39 ? 'late' : 'present';
      attendance.push({
        trainingOrgId: orgIds.ligo,
        tenantId,
        sessionId: session.id,
        enrolmentId: enrolment.id,
        status,
        markedBy: userIds.teacher,
        markedAt: localDateTimeToInstant({ date: session.date, time: session.startTime, timeZone }),
      });
    }
  }
  await tx.insert(attendanceTable).values(attendance);

  await tx.insert(referralsTable).values(
    enrolments
      .filter((enrolment) => enrolment.groupId === groups[1]!.id)
      .map((enrolment) => {
        const referred = enrolment.clientIndex % 3 !== 0;
        return {
          tenantId,
          trainingOrgId: orgIds.ligo,
          clientId: enrolment.clientId,
          enrolmentId: enrolment.id,
          decision: referred ? ('referred' as const) : ('not_referred' as const),
          courseName: referred ? 'Computer — vervolgcursus (regulier aanbod)' : null,
          reason: referred ? null : 'Oefent eerst verder thuis met de familie',
          decidedBy: userIds.trainingCoordinator,
          decidedAt: at(-18),
        };
      }),
  );

  const byIndex = (index: number) => clients[index]!;
  await tx.insert(buddyPairingsTable).values(
    [36, 37].map((index) => ({
      tenantId,
      clientId: byIndex(index).id,
      programmeId,
      buddyName: index === 36 ? 'Griet (vrijwilliger)' : 'Hassan (vrijwilliger)',
      frequency: index === 36 ? ('weekly' as const) : ('fortnightly' as const),
      startedOn: shiftDate({ date: today, days: -14 }),
      agreedEndOn: shiftDate({ date: today, days: 166 }),
    })),
  );

  await tx.insert(signalsTable).values([
    {
      tenantId,
      kind: 'device.pickup_overdue',
      ownerOrgId: orgIds.ocmw,
      clientId: byIndex(17).id,
      programmeId,
      subjectId: deviceOfClient.get(byIndex(17).id)!,
      severity: 'warning',
      dueAt: at(-1),
    },
    {
      tenantId,
      kind: 'visit.needs_follow_up',
      ownerOrgId: orgIds.ocmw,
      clientId: byIndex(35).id,
      programmeId,
      subjectId: chequeIds[byIndex(35).id]!.installation,
      severity: 'warning',
      dueAt: at(2),
    },
    {
      tenantId,
      kind: 'cheque.installation_overdue',
      ownerOrgId: orgIds.beego,
      clientId: byIndex(22).id,
      programmeId,
      subjectId: chequeIds[byIndex(22).id]!.installation,
      severity: 'urgent',
      dueAt: at(-3),
    },
  ]);
}

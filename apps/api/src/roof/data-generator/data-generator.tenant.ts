import {
  type Answer,
  CHEQUE_CODE_RANDOM_BYTES,
  defaultProgrammeSettings,
  generateChequeCode,
  type Purpose,
  QUESTION_IDS,
  type RecommendedPackage,
  recommendPackage,
  type SkillAnswers,
  scoreAssessment,
  VISIT_TOPICS,
} from '@digipakket/domain';
import {
  LANGUAGE_WEIGHTS,
  municipalityOf,
  NAMES_BY_LANGUAGE,
  neighbourhoodsOf,
} from './data-generator.people';
import { createGeneratorRandom, mixSeed, type SeededRandom } from './data-generator.random';
import { type CellValue, GENERATED_TABLES, type GeneratedTableName } from './data-generator.tables';

/** Rows of one or more tenants, per table, each row in the catalogue's column order. */
export type RowBatch = Record<GeneratedTableName, CellValue[][]>;

export function emptyBatch(): RowBatch {
  return Object.fromEntries(Object.keys(GENERATED_TABLES).map((name) => [name, []])) as unknown as RowBatch;
}

export function countRows(batch: RowBatch): number {
  return Object.values(batch).reduce((sum, rows) => sum + rows.length, 0);
}

/** How many tenants one home-help and one training partner serve. */
export const TENANTS_PER_PARTNER = 5;
export const SOCIAL_WORKERS_PER_TENANT = 10;
export const STUDENTS_PER_TENANT = 20;
export const TEACHERS_PER_TENANT = 10;

const EMAIL_DOMAIN = 'bench.digipakket.test';

/** The generated accounts of a tenant, to log in as in benchmarks; all share the run's password. */
export function benchAccounts({ tenantIndex }: { tenantIndex: number }) {
  const group = Math.floor(tenantIndex / TENANTS_PER_PARTNER);
  const at = (local: string) => `${local}@${EMAIL_DOMAIN}`;
  return {
    socialWorkers: Array.from({ length: SOCIAL_WORKERS_PER_TENANT }, (_, k) =>
      at(`sociaal${k + 1}.t${tenantIndex}`),
    ),
    projectLead: at(`projectleider.t${tenantIndex}`),
    admin: at(`admin.t${tenantIndex}`),
    students: Array.from({ length: STUDENTS_PER_TENANT }, (_, k) => at(`student${k + 1}.t${tenantIndex}`)),
    teachers: Array.from({ length: TEACHERS_PER_TENANT }, (_, k) => at(`lesgever${k + 1}.t${tenantIndex}`)),
    homeHelpCoordinator: at(`coordinator.thuishulp${group}`),
    trainingCoordinator: at(`coordinator.opleiding${group}`),
  };
}

/** The partner organisations serving a group of tenants; the same ids whichever tenant asks. */
export function partnerOrgs({ seed, group }: { seed: number; group: number }) {
  const random = createGeneratorRandom({ seed: mixSeed({ seed, stream: 0x7fff_0000 + group }) });
  const town = municipalityOf({ tenantIndex: group * TENANTS_PER_PARTNER });
  return {
    homeHelp: { id: random.id('organisation'), name: group === 0 ? 'Beego' : `Thuishulp ${town.name}` },
    training: {
      id: random.id('organisation'),
      name: group === 0 ? 'Ligo' : `Basiseducatie ${town.name}`,
    },
    homeHelpCoordinatorId: random.id('user'),
    trainingCoordinatorId: random.id('user'),
  };
}

type Stage =
  | 'referred'
  | 'assessed'
  | 'approved'
  | 'rejected'
  | 'reserved'
  | 'equipped'
  | 'in_guidance'
  | 'completed'
  | 'dropped_out'
  | 'closed';

const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['referred', 3],
  ['assessed', 3],
  ['approved', 3],
  ['rejected', 4],
  ['reserved', 3],
  ['equipped', 6],
  ['in_guidance', 38],
  ['completed', 34],
  ['dropped_out', 4],
  ['closed', 2],
];

/** Days before today a client of each stage was referred: older stages started longer ago. */
const STAGE_START: Record<Stage, readonly [number, number]> = {
  referred: [-15, -1],
  assessed: [-25, -4],
  approved: [-40, -12],
  rejected: [-200, -12],
  reserved: [-50, -12],
  equipped: [-90, -35],
  in_guidance: [-200, -90],
  completed: [-330, -210],
  dropped_out: [-260, -120],
  closed: [-520, -420],
};

const DAY_MS = 86_400_000;
const MODELS = [
  'Lenovo ThinkPad E14',
  'HP ProBook 445 G10',
  'Dell Latitude 3540',
  'Acer TravelMate P2',
] as const;
const PURPOSE_SETS: readonly (readonly Purpose[])[] = [
  ['work'],
  ['school'],
  ['social_contact'],
  ['work', 'social_contact'],
  ['school', 'social_contact'],
];
const APPOINTMENT_TIMES = ['09:00', '10:30', '13:00', '14:30', '16:00'] as const;
const ATTENDANCE_WEIGHTS = [
  ['present', 80],
  ['late', 8],
  ['excused', 6],
  ['absent', 6],
] as const;

/** Dates and instants relative to the run's "today", as text the database reads. */
function createCalendar({ today }: { today: string }) {
  const base = Date.parse(`${today}T00:00:00.000Z`);
  return {
    date: (days: number) => new Date(base + days * DAY_MS).toISOString().slice(0, 10),
    at: (days: number, time = '10:00') => new Date(base + days * DAY_MS + timeToMs(time)).toISOString(),
    plusMonths: (days: number, months: number) => {
      const d = new Date(base + days * DAY_MS);
      d.setUTCMonth(d.getUTCMonth() + months);
      return d.toISOString().slice(0, 10);
    },
  };
}

function timeToMs(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
}

function answersFor({
  random,
  profile,
}: {
  random: SeededRandom;
  profile: 'none' | 'basic' | 'independent';
}) {
  const odds: Record<typeof profile, readonly (readonly [Answer, number])[]> = {
    none: [
      ['no', 6],
      ['with_help', 3],
      ['yes', 1],
    ],
    basic: [
      ['yes', 5],
      ['with_help', 3],
      ['no', 2],
    ],
    independent: [
      ['yes', 12],
      ['with_help', 1],
    ],
  };
  return Object.fromEntries(
    QUESTION_IDS.map((id, index) => [
      id,
      profile !== 'none' && index < 2 ? 'yes' : random.weighted(odds[profile]),
    ]),
  ) as SkillAnswers;
}

type PlannedClient = {
  id: string;
  index: number;
  stage: Stage;
  start: number;
  language: string;
  pkg: RecommendedPackage | undefined;
  deviceId?: string;
  handedOutDay?: number;
  trainingEnded?: boolean;
};

/**
 * Makes every row of one tenant: its welfare centre, programme, waves, accounts, clients at every
 * stage with consistent facts (intake, laptop, cheques and visits, training, statements, signals).
 * The tenant's rows depend only on the seed, the tenant's number, the size and "today".
 */
export function generateTenant({
  seed,
  tenantIndex,
  clients: clientCount,
  today,
  passwordHash,
  batch,
}: {
  seed: number;
  tenantIndex: number;
  clients: number;
  today: string;
  passwordHash: string;
  batch: RowBatch;
}) {
  const random = createGeneratorRandom({ seed: mixSeed({ seed, stream: tenantIndex }) });
  const cal = createCalendar({ today });
  const emit = (table: GeneratedTableName, row: Record<string, CellValue | undefined>) => {
    batch[table].push(GENERATED_TABLES[table].columns.map((column) => row[column] ?? null));
  };
  const town = municipalityOf({ tenantIndex });
  const places = neighbourhoodsOf({ tenantIndex });
  const group = Math.floor(tenantIndex / TENANTS_PER_PARTNER);
  const partners = partnerOrgs({ seed, group });
  const accounts = benchAccounts({ tenantIndex });
  const year = today.slice(0, 4);

  if (tenantIndex % TENANTS_PER_PARTNER === 0) {
    emit('organisations', { id: partners.homeHelp.id, kind: 'home_help', name: partners.homeHelp.name });
    emit('organisations', { id: partners.training.id, kind: 'training', name: partners.training.name });
    const coordinator = (id: string, email: string, orgId: string, kind: string, name: string) =>
      emit('users', {
        id,
        email,
        password_hash: passwordHash,
        display_name: name,
        organisation_id: orgId,
        org_kind: kind,
        role: 'coordinator',
        locale: 'nl',
      });
    coordinator(
      partners.homeHelpCoordinatorId,
      accounts.homeHelpCoordinator,
      partners.homeHelp.id,
      'home_help',
      `Coördinator ${partners.homeHelp.name}`,
    );
    coordinator(
      partners.trainingCoordinatorId,
      accounts.trainingCoordinator,
      partners.training.id,
      'training',
      `Coördinator ${partners.training.name}`,
    );
  }

  const tenantId = random.id('tenant');
  const welfareOrgId = random.id('organisation');
  emit('tenants', {
    id: tenantId,
    name: `OCMW ${town.name}`,
    slug: `ocmw-${town.slug}`,
    branding: {
      contactPhone: `0${random.int(10, 99)} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
    },
  });
  emit('organisations', {
    id: welfareOrgId,
    kind: 'welfare',
    name: `OCMW ${town.name}`,
    tenant_id: tenantId,
  });
  emit('partnerships', {
    id: random.id('partnership'),
    tenant_id: tenantId,
    partner_org_id: partners.homeHelp.id,
    kind: 'home_help',
  });
  emit('partnerships', {
    id: random.id('partnership'),
    tenant_id: tenantId,
    partner_org_id: partners.training.id,
    kind: 'training',
  });

  const user = (email: string, orgId: string, orgKind: string, role: string, name: string) => {
    const id = random.id('user');
    emit('users', {
      id,
      email,
      password_hash: passwordHash,
      display_name: name,
      organisation_id: orgId,
      org_kind: orgKind,
      role,
      locale: 'nl',
    });
    return id;
  };
  const staffName = () => {
    const names = NAMES_BY_LANGUAGE.nl;
    return `${random.pick(names.first)} ${random.pick(names.last)}`;
  };
  const socialWorkerIds = accounts.socialWorkers.map((email) =>
    user(email, welfareOrgId, 'welfare', 'social_worker', staffName()),
  );
  user(accounts.projectLead, welfareOrgId, 'welfare', 'project_lead', staffName());
  user(accounts.admin, welfareOrgId, 'welfare', 'admin', `Beheer OCMW ${town.name}`);
  const studentIds = accounts.students.map((email) =>
    user(email, partners.homeHelp.id, 'home_help', 'student', staffName()),
  );
  const teacherIds = accounts.teachers.map((email) =>
    user(email, partners.training.id, 'training', 'teacher', staffName()),
  );

  const defaults = defaultProgrammeSettings();
  // Every third centre runs the variation with extra home-help cheques instead of group training.
  const settings =
    tenantIndex % 3 === 2
      ? { ...defaults, variations: { ...defaults.variations, chequesInsteadOfTraining: true } }
      : defaults;
  const programmeId = random.id('programme');
  emit('programmes', {
    id: programmeId,
    tenant_id: tenantId,
    name: `Digipakket ${year}`,
    status: 'active',
    settings: settings as unknown as Record<string, unknown>,
    home_help_org_id: partners.homeHelp.id,
    training_org_id: partners.training.id,
  });
  const waveIds: string[] = [];
  const perWave = Math.ceil(clientCount / 4);
  for (let wave = 0; wave < 4; wave += 1) {
    const id = random.id('wave');
    waveIds.push(id);
    emit('waves', {
      id,
      tenant_id: tenantId,
      programme_id: programmeId,
      name: `Golf ${wave + 1}`,
      pickup_from: cal.date(-330 + wave * 90),
      pickup_to: cal.date(-330 + wave * 90 + 75),
      laptop_capacity: perWave + 50,
      cheque_hour_capacity: (perWave + 50) * 4,
      training_seat_capacity: perWave,
    });
  }
  const waveOf = (start: number) => waveIds[Math.max(0, Math.min(3, Math.floor((start + 345) / 90)))]!;

  const planned: PlannedClient[] = [];
  const fileYear = Number(year);
  for (let index = 0; index < clientCount; index += 1) {
    const stage = random.weighted(STAGE_WEIGHTS);
    const [from, to] = STAGE_START[stage];
    const start = random.int(from, to);
    const language = random.weighted(LANGUAGE_WEIGHTS);
    const names = NAMES_BY_LANGUAGE[language];
    const place = random.pick(places);
    const id = random.id('client');
    const digits = String(random.int(10_000_000, 99_999_999));
    const socialWorker = socialWorkerIds[index % socialWorkerIds.length]!;
    emit('clients', {
      id,
      tenant_id: tenantId,
      file_number: `${town.slug.slice(0, 3).toUpperCase()}-${fileYear}-${String(index + 1).padStart(5, '0')}`,
      first_name: random.pick(names.first),
      last_name: random.pick(names.last),
      birth_date: `${random.int(1945, 2005)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      phone: `04${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`,
      preferred_language: language,
      needs_interpreter: language !== 'nl' && random.chance(0.15),
      street: `${place.street} ${random.int(1, 240)}`,
      postcode: place.postcode,
      city: town.name,
      neighbourhood: place.name,
      lat: Math.round((place.lat + (random.next() - 0.5) * 0.01) * 1e5) / 1e5,
      lon: Math.round((place.lon + (random.next() - 0.5) * 0.01) * 1e5) / 1e5,
      household: { adults: random.int(1, 2), children: random.int(0, 4), hasUsableLaptop: false },
      created_by: socialWorker,
      created_at: cal.at(start, '09:00'),
    });
    const client: PlannedClient = { id, index, stage, start, language, pkg: undefined };
    planned.push(client);
    if (stage === 'referred') continue;

    const profile = random.weighted([
      ['none', 45],
      ['basic', 47],
      ['independent', 8],
    ] as const);
    const answers = answersFor({ random, profile });
    const { level } = scoreAssessment({ answers });
    const purposes = random.pick(PURPOSE_SETS);
    const { package: pkg } = recommendPackage({ level, purposes, settings });
    client.pkg = pkg;
    const decided = stage !== 'assessed';
    const rejected = stage === 'rejected';
    const closure = stage === 'dropped_out' || stage === 'closed' ? stage : null;
    const later = ['in_guidance', 'completed', 'closed', 'dropped_out'].includes(stage);
    emit('intakes', {
      id: random.id('intake'),
      tenant_id: tenantId,
      client_id: id,
      programme_id: programmeId,
      purposes,
      answers,
      skill_level: level,
      verdict: rejected
        ? {
            ok: false,
            reasons: [
              { code: random.pick(['household.already_equipped', 'means.sufficient', 'purpose.missing']) },
            ],
            package: pkg,
          }
        : { ok: true, reasons: [], package: pkg },
      decision: decided ? (rejected ? 'rejected' : 'approved') : 'draft',
      wave_id: decided && !rejected ? waveOf(start) : null,
      created_by: socialWorker,
      decided_by: decided ? socialWorker : null,
      decided_at: decided ? cal.at(start + 5, '11:00') : null,
      digipunt_info_given_at: later ? cal.at(start + 20, '11:00') : null,
      info_session_attended_at: later && random.chance(0.6) ? cal.at(start + 30, '14:00') : null,
      closure_kind: closure,
      closure_reason:
        closure === 'dropped_out'
          ? random.pick(['Verhuisd buiten de gemeente', 'Geen interesse meer', 'Niet meer bereikbaar'])
          : closure
            ? 'Traject afgerond na controle'
            : null,
      closed_at: closure ? cal.at(Math.min(-2, start + 150), '12:00') : null,
      created_at: cal.at(start + 2, '10:00'),
    });
  }

  const devicePrefix = `${town.slug.slice(0, 3).toUpperCase()}${year}`;
  let serial = 0;
  const device = (row: Record<string, CellValue | undefined>) => {
    serial += 1;
    const id = random.id('device');
    emit('devices', {
      id,
      tenant_id: tenantId,
      serial: `${devicePrefix}-${String(serial).padStart(6, '0')}`,
      model: random.pick(MODELS),
      funding: 'Digitale inclusie (Vlaanderen)',
      programme_id: programmeId,
      ...row,
    });
    return id;
  };
  const deviceEvent = (row: Record<string, CellValue | undefined>) =>
    emit('device_events', { id: random.id('deviceEvent'), tenant_id: tenantId, ...row });

  const signal = (row: Record<string, CellValue | undefined>) =>
    emit('signals', {
      id: random.id('signal'),
      tenant_id: tenantId,
      programme_id: programmeId,
      severity: 'warning',
      status: 'open',
      ...row,
    });

  type Visit = { id: string; chequeId: string; minutes: number; month: string };
  const visits: Visit[] = [];
  let studentTurn = 0;
  const nextStudent = () => studentIds[studentTurn++ % studentIds.length]!;

  for (const client of planned) {
    const holds = ['reserved', 'equipped', 'in_guidance', 'completed', 'dropped_out', 'closed'].includes(
      client.stage,
    );
    if (!holds) continue;
    const socialWorker = socialWorkerIds[client.index % socialWorkerIds.length]!;
    const reservedDay = client.stage === 'reserved' ? random.int(-30, -2) : client.start + 10;
    const handedOutDay = reservedDay + random.int(3, 10);
    const returned = client.stage === 'dropped_out';
    const status = client.stage === 'reserved' ? 'reserved' : returned ? 'returned' : 'handed_out';
    const deviceId = device({
      status,
      holder_client_id: returned ? null : client.id,
      reserved_at: cal.at(reservedDay, '11:00'),
      handed_out_at: status === 'reserved' ? null : cal.at(handedOutDay, '10:00'),
    });
    client.deviceId = deviceId;
    const event = { device_id: deviceId, client_id: client.id, actor_user_id: socialWorker };
    deviceEvent({
      ...event,
      from_status: 'in_stock',
      to_status: 'reserved',
      at: cal.at(reservedDay, '11:00'),
    });
    if (status === 'reserved') {
      if (reservedDay < -settings.followUp.pickupOverdueDays) {
        signal({
          kind: 'device.pickup_overdue',
          owner_org_id: welfareOrgId,
          client_id: client.id,
          subject_id: deviceId,
          due_at: cal.at(reservedDay + settings.followUp.pickupOverdueDays),
          severity: reservedDay < -2 * settings.followUp.pickupOverdueDays ? 'urgent' : 'warning',
        });
      }
      continue;
    }
    client.handedOutDay = handedOutDay;
    deviceEvent({
      ...event,
      from_status: 'reserved',
      to_status: 'handed_out',
      signature_method: 'paper',
      at: cal.at(handedOutDay, '10:00'),
    });
    if (returned) {
      deviceEvent({
        ...event,
        from_status: 'handed_out',
        to_status: 'returned',
        reason: 'Cliënt stopt met het traject; laptop teruggebracht',
        at: cal.at(Math.min(-2, client.start + 150), '12:00'),
      });
    }

    const chequeCount = client.pkg?.cheques ?? 0;
    const validUntil = cal.plusMonths(handedOutDay, settings.chequeValidityMonths);
    let lastVisitDay = handedOutDay;
    for (let n = 0; n < chequeCount; n += 1) {
      const purpose = n === 0 ? 'installation' : 'free';
      const id = random.id('cheque');
      const { code } = generateChequeCode({ randomBytes: random.bytes(CHEQUE_CODE_RANDOM_BYTES) });
      const row: Record<string, CellValue | undefined> = {
        id,
        tenant_id: tenantId,
        client_id: client.id,
        programme_id: programmeId,
        code,
        purpose,
        status: 'issued',
        valid_until: validUntil,
        home_help_org_id: partners.homeHelp.id,
        issued_at: cal.at(handedOutDay, '10:05'),
      };
      const redeem = () => {
        const day = Math.min(-1, lastVisitDay + random.int(5, 30));
        lastVisitDay = day;
        const student = nextStudent();
        const time = random.pick(APPOINTMENT_TIMES);
        Object.assign(row, {
          status: 'redeemed',
          student_user_id: student,
          appointment_at: cal.at(day, time),
          redeemed_at: cal.at(day, time),
        });
        const followUp = random.chance(0.05);
        const visitId = random.id('visit');
        const minutes = random.pick([45, 60, 60, 60, 75, 90]);
        emit('visits', {
          id: visitId,
          tenant_id: tenantId,
          cheque_id: id,
          home_help_org_id: partners.homeHelp.id,
          student_user_id: student,
          visited_on: cal.date(day),
          minutes,
          topics:
            purpose === 'installation'
              ? ['installed_laptop', 'wifi', 'safety_updates']
              : [random.pick(VISIT_TOPICS.slice(2, 8)), 'email'].filter((t, i, all) => all.indexOf(t) === i),
          notes:
            purpose === 'installation'
              ? 'Laptop geïnstalleerd, wifi ingesteld, updates gedaan.'
              : 'Verder geoefend met de cliënt.',
          needs_follow_up: followUp,
          follow_up_reason: followUp ? 'Cliënt heeft geen internet thuis; sociaal tarief nakijken.' : null,
        });
        visits.push({ id: visitId, chequeId: id, minutes, month: cal.date(day).slice(0, 7) });
        if (followUp) {
          const resolved = day < -settings.followUp.needsFollowUpDays * 2;
          signal({
            kind: 'visit.needs_follow_up',
            owner_org_id: welfareOrgId,
            client_id: client.id,
            subject_id: id,
            due_at: cal.at(day + settings.followUp.needsFollowUpDays),
            status: resolved ? 'resolved' : 'open',
            resolved_at: resolved ? cal.at(day + random.int(1, 6)) : null,
          });
        }
      };
      const schedule = () => {
        const day = random.int(0, 14);
        Object.assign(row, {
          status: 'scheduled',
          student_user_id: nextStudent(),
          appointment_at: cal.at(day, random.pick(APPOINTMENT_TIMES)),
        });
      };
      const settle = (roll: number) => {
        if (roll < 0.25) return;
        if (roll < 0.5) row.status = 'requested';
        else schedule();
      };
      switch (client.stage) {
        case 'equipped':
          settle(random.next());
          if (
            n === 0 &&
            row.status !== 'scheduled' &&
            handedOutDay < -settings.followUp.installationOverdueDays
          ) {
            signal({
              kind: 'cheque.installation_overdue',
              owner_org_id: partners.homeHelp.id,
              client_id: client.id,
              subject_id: id,
              due_at: cal.at(handedOutDay + settings.followUp.installationOverdueDays),
            });
          }
          break;
        case 'in_guidance':
          if (n === 0 || random.chance(0.4)) redeem();
          else settle(random.next());
          break;
        case 'completed':
          redeem();
          break;
        case 'dropped_out':
          if (n === 0 && random.chance(0.5)) redeem();
          else Object.assign(row, { status: 'cancelled', cancelled_reason: 'Cliënt stopt met het traject' });
          break;
        case 'closed':
          if (n === 0) redeem();
          else if (validUntil < today) row.status = 'expired';
          else Object.assign(row, { status: 'cancelled', cancelled_reason: 'Traject afgesloten' });
          break;
      }
      emit('cheques', row);
    }
  }

  const spare = Math.round(clientCount * 0.2);
  for (let n = 0; n < spare; n += 1) {
    const status = random.weighted([
      ['in_stock', 90],
      ['defective', 7],
      ['lost', 3],
    ] as const);
    device({ status });
  }

  const currentMonth = today.slice(0, 7);
  const lastMonth = cal.plusMonths(-Number(today.slice(8, 10)) + 1, -1).slice(0, 7);
  const byMonth = new Map<string, Visit[]>();
  for (const visit of visits) {
    if (visit.month >= currentMonth) continue;
    const list = byMonth.get(visit.month) ?? [];
    list.push(visit);
    byMonth.set(visit.month, list);
  }
  for (const [month, list] of [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const statementId = random.id('statement');
    const sent = month === lastMonth;
    emit('statements', {
      id: statementId,
      tenant_id: tenantId,
      home_help_org_id: partners.homeHelp.id,
      period_month: month,
      status: sent ? 'sent' : 'accepted',
      total_cheques: list.length,
      total_minutes: list.reduce((sum, visit) => sum + visit.minutes, 0),
      sent_at: `${month}-28T09:00:00.000Z`,
    });
    for (const visit of list) {
      emit('statement_lines', {
        id: random.id('statementLine'),
        tenant_id: tenantId,
        statement_id: statementId,
        cheque_id: visit.chequeId,
        visit_id: visit.id,
        minutes: visit.minutes,
      });
    }
  }

  generateTraining({ random, cal, emit, planned, tenantId, programmeId, partners, teacherIds, town, signal });

  for (const client of planned) {
    if ((client.stage === 'in_guidance' || client.stage === 'completed') && random.chance(0.03)) {
      const started = client.start + 40;
      const ended = client.stage === 'completed';
      emit('buddy_pairings', {
        id: random.id('buddyPairing'),
        tenant_id: tenantId,
        client_id: client.id,
        programme_id: programmeId,
        buddy_name: `${random.pick(NAMES_BY_LANGUAGE.nl.first)} (vrijwilliger)`,
        frequency: random.pick(['weekly', 'fortnightly']),
        status: ended ? 'ended' : 'active',
        started_on: cal.date(started),
        agreed_end_on: cal.date(started + 180),
        ended_on: ended ? cal.date(Math.min(-1, started + 170)) : null,
      });
    }
  }
  return { tenantId };
}

function generateTraining({
  random,
  cal,
  emit,
  planned,
  tenantId,
  programmeId,
  partners,
  teacherIds,
  town,
  signal,
}: {
  random: SeededRandom;
  cal: ReturnType<typeof createCalendar>;
  emit: (table: GeneratedTableName, row: Record<string, CellValue | undefined>) => void;
  planned: PlannedClient[];
  tenantId: string;
  programmeId: string;
  partners: ReturnType<typeof partnerOrgs>;
  teacherIds: string[];
  town: ReturnType<typeof municipalityOf>;
  signal: (row: Record<string, CellValue | undefined>) => void;
}) {
  const trainingOrgId = partners.training.id;
  const locationIds = ['Campus centrum', 'Buurtcentrum', 'Bibliotheek'].map((name) => {
    const id = random.id('location');
    emit('training_locations', {
      id,
      training_org_id: trainingOrgId,
      name: `${partners.training.name} — ${name} ${town.name}`,
      street: `${random.pick(['Kerkstraat', 'Stationsstraat', 'Markt'])} ${random.int(1, 80)}`,
      postcode: town.postcode,
      city: town.name,
    });
    return id;
  });
  const learners = (stages: Stage[]) =>
    planned.filter((client) => stages.includes(client.stage) && client.pkg?.basicCourse);
  let groupNumber = 0;
  const makeGroup = ({
    kind,
    members,
    waitlisted = [],
    withdrawn = [],
    sessionDays,
    capacity,
  }: {
    kind: 'basic' | 'regular';
    members: PlannedClient[];
    waitlisted?: PlannedClient[];
    withdrawn?: PlannedClient[];
    sessionDays: number[];
    capacity: number;
  }) => {
    groupNumber += 1;
    const id = random.id('courseGroup');
    const location = locationIds[groupNumber % locationIds.length]!;
    const teacher = teacherIds[groupNumber % teacherIds.length]!;
    const morning = groupNumber % 2 === 0;
    const languages = [...new Set(['nl', ...members.slice(0, 4).map((member) => member.language)])].slice(
      0,
      3,
    );
    emit('course_groups', {
      id,
      training_org_id: trainingOrgId,
      programme_id: programmeId,
      kind,
      name:
        kind === 'basic'
          ? `Basis digitaal — groep ${groupNumber}`
          : `Computer vervolg — groep ${groupNumber}`,
      location_id: location,
      teacher_user_id: teacher,
      capacity,
      enrolled_count: members.length,
      language_support: languages,
      starts_on: cal.date(sessionDays[0]!),
    });
    const sessions = sessionDays.map((day) => {
      const sessionId = random.id('courseSession');
      emit('course_sessions', {
        id: sessionId,
        training_org_id: trainingOrgId,
        group_id: id,
        date: cal.date(day),
        start_time: morning ? '09:00' : '13:30',
        end_time: morning ? '12:00' : '16:30',
        location_id: location,
      });
      return { id: sessionId, day };
    });
    const enrolment = (client: PlannedClient, status: string, position?: number) => {
      const enrolmentId = random.id('enrolment');
      emit('enrolments', {
        id: enrolmentId,
        training_org_id: trainingOrgId,
        tenant_id: tenantId,
        group_id: id,
        client_id: client.id,
        programme_id: programmeId,
        status,
        position: position ?? null,
        enrolled_at: cal.at(sessionDays[0]! - 14, '10:00'),
        withdrawn_at: status === 'withdrawn' ? cal.at(sessionDays[0]! + 1, '10:00') : null,
        withdrawn_reason: status === 'withdrawn' ? 'Stopt met het traject' : null,
      });
      return enrolmentId;
    };
    const enrolled = members.map((client) => {
      const enrolmentId = enrolment(client, 'enrolled');
      let absences = 0;
      for (const session of sessions) {
        if (session.day >= 0) continue;
        const status = random.weighted(ATTENDANCE_WEIGHTS);
        if (status === 'absent') absences += 1;
        emit('attendance', {
          id: random.id('attendance'),
          training_org_id: trainingOrgId,
          tenant_id: tenantId,
          session_id: session.id,
          enrolment_id: enrolmentId,
          status,
          marked_by: teacher,
          marked_at: cal.at(session.day, morning ? '09:15' : '13:45'),
        });
      }
      if (absences >= 2) {
        const resolved = sessions.every((session) => session.day < -14);
        signal({
          kind: 'training.absent_twice',
          owner_org_id: trainingOrgId,
          client_id: client.id,
          subject_id: enrolmentId,
          due_at: cal.at(sessions.filter((s) => s.day < 0).at(-1)!.day + 1),
          status: resolved ? 'resolved' : 'open',
          resolved_at: resolved ? cal.at(sessions.at(-1)!.day + 3) : null,
        });
      }
      return { client, enrolmentId };
    });
    for (const [position, client] of waitlisted.entries()) enrolment(client, 'waitlisted', position + 1);
    for (const client of withdrawn) enrolment(client, 'withdrawn');
    return { enrolled, teacher };
  };

  const chunks = <T>(items: T[], size: number) =>
    Array.from({ length: Math.ceil(items.length / size) }, (_, n) => items.slice(n * size, n * size + size));
  const referredToRegular: PlannedClient[] = [];

  chunks(learners(['completed', 'closed']), 12).forEach((members, n) => {
    const first = -200 + ((n * 3) % 90);
    const { enrolled, teacher } = makeGroup({
      kind: 'basic',
      members,
      sessionDays: [first, first + 7, first + 14],
      capacity: 12,
    });
    for (const { client, enrolmentId } of enrolled) {
      const referred = random.chance(0.65);
      if (referred) referredToRegular.push(client);
      emit('referrals', {
        id: random.id('referral'),
        tenant_id: tenantId,
        training_org_id: trainingOrgId,
        client_id: client.id,
        enrolment_id: enrolmentId,
        decision: referred ? 'referred' : 'not_referred',
        course_name: referred ? 'Computer — vervolgcursus (regulier aanbod)' : null,
        reason: referred
          ? null
          : random.pick([
              'Oefent eerst verder thuis',
              'Gaat werken; geen tijd meer',
              'Volgt liever les bij een Digipunt',
            ]),
        decided_by: teacher,
        decided_at: cal.at(first + 20, '12:00'),
      });
    }
  });
  chunks(referredToRegular, 15).forEach((members, n) => {
    const first = -160 + ((n * 5) % 150);
    makeGroup({
      kind: 'regular',
      members,
      sessionDays: Array.from({ length: 10 }, (_, k) => first + k * 7),
      capacity: 15,
    });
  });

  const current = learners(['in_guidance']);
  const dropped = learners(['dropped_out']);
  chunks(current, 12).forEach((members, n) => {
    const offset = n % 7;
    makeGroup({
      kind: 'basic',
      members,
      withdrawn: dropped.slice(n, n + 1),
      sessionDays: [offset - 14, offset - 7, offset],
      capacity: 12,
    });
  });
  chunks(learners(['equipped', 'reserved', 'approved']), 14).forEach((members, n) => {
    const offset = 7 + (n % 14);
    makeGroup({
      kind: 'basic',
      members: members.slice(0, 12),
      waitlisted: members.slice(12),
      sessionDays: [offset, offset + 7, offset + 14],
      capacity: 12,
    });
  });
}

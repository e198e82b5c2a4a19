import { defaultProgrammeSettings } from '@digipakket/domain';
import { emitClients } from './data-generator.clients';
import { emitEquipment } from './data-generator.equipment';
import { emitOutcomes } from './data-generator.outcomes';
import { municipalityOf, NAMES_BY_LANGUAGE, neighbourhoodsOf } from './data-generator.people';
import { createGeneratorRandom, mixSeed } from './data-generator.random';
import {
  benchAccounts,
  createCalendar,
  type PlannedClient,
  partnerOrgs,
  type Row,
  TENANTS_PER_PARTNER,
  type TenantBase,
  type TenantScope,
} from './data-generator.scope';
import { type CellValue, GENERATED_TABLES, type GeneratedTableName } from './data-generator.tables';
import { emitTraining } from './data-generator.training';

export {
  benchAccounts,
  partnerOrgs,
  SOCIAL_WORKERS_PER_TENANT,
  STUDENTS_PER_TENANT,
  TEACHERS_PER_TENANT,
  TENANTS_PER_PARTNER,
} from './data-generator.scope';

/** Rows of one or more tenants, per table, each row in the catalogue's column order. */
export type RowBatch = Record<GeneratedTableName, CellValue[][]>;

export function emptyBatch(): RowBatch {
  return Object.fromEntries(Object.keys(GENERATED_TABLES).map((name) => [name, []])) as unknown as RowBatch;
}

export function countRows(batch: RowBatch): number {
  return Object.values(batch).reduce((sum, rows) => sum + rows.length, 0);
}

/** One account, with the generated data's password hash and Dutch as its language. */
function emitUser(
  { emit, passwordHash }: Pick<TenantBase, 'emit' | 'passwordHash'>,
  user: { id: string; email: string; orgId: string; orgKind: string; role: string; name: string },
) {
  emit('users', {
    id: user.id,
    email: user.email,
    password_hash: passwordHash,
    display_name: user.name,
    organisation_id: user.orgId,
    org_kind: user.orgKind,
    role: user.role,
    locale: 'nl',
  });
}

/** The partner organisations and their coordinators, written once, by the first tenant they serve. */
function emitPartners({ emit, tenantIndex, partners, accounts, passwordHash }: TenantBase) {
  if (tenantIndex % TENANTS_PER_PARTNER !== 0) return;
  emit('organisations', { id: partners.homeHelp.id, kind: 'home_help', name: partners.homeHelp.name });
  emit('organisations', { id: partners.training.id, kind: 'training', name: partners.training.name });
  const coordinator = (id: string, email: string, orgId: string, orgKind: string, name: string) =>
    emitUser({ emit, passwordHash }, { id, email, orgId, orgKind, role: 'coordinator', name });
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

/** The tenant, its welfare centre and its partnerships with the two partners. */
function emitCentre({ random, emit, town, partners }: TenantBase) {
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
  for (const partner of [partners.homeHelp, partners.training]) {
    emit('partnerships', {
      id: random.id('partnership'),
      tenant_id: tenantId,
      partner_org_id: partner.id,
      kind: partner === partners.homeHelp ? 'home_help' : 'training',
    });
  }
  return { tenantId, welfareOrgId };
}

/** The centre's staff and the partners' students and teachers of this tenant. */
function emitStaff(base: TenantBase, { welfareOrgId }: { welfareOrgId: string }) {
  const { random, emit, accounts, partners, town, passwordHash } = base;
  const user = (email: string, orgId: string, orgKind: string, role: string, name: string) => {
    const id = random.id('user');
    emitUser({ emit, passwordHash }, { id, email, orgId, orgKind, role, name });
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
  return { socialWorkerIds, studentIds, teacherIds };
}

/** The year's programme and its four waves, a quarter of the clients each. */
function emitProgramme(
  base: TenantBase,
  { tenantId, clientCount }: { tenantId: string; clientCount: number },
) {
  const { random, cal, emit, tenantIndex, partners, year } = base;
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
  return { settings, programmeId, waveOf };
}

/** A Digibuddy for about one in thirty clients in guidance or done. */
function emitBuddies(scope: TenantScope, planned: PlannedClient[]) {
  const { random, cal, emit, tenantId, programmeId } = scope;
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
}

/**
 * Makes every row of one tenant: its welfare centre, programme, waves, accounts, clients at every
 * stage with consistent facts (intake, laptop, cheques and visits, training, statements, signals).
 * The tenant's rows depend only on the seed, the tenant's number, the size and "today"; the steps
 * draw from one random stream in this order.
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
  const base: TenantBase = {
    random: createGeneratorRandom({ seed: mixSeed({ seed, stream: tenantIndex }) }),
    cal: createCalendar({ today }),
    emit: (table, row) => {
      batch[table].push(GENERATED_TABLES[table].columns.map((column) => row[column] ?? null));
    },
    today,
    year: today.slice(0, 4),
    tenantIndex,
    passwordHash,
    town: municipalityOf({ tenantIndex }),
    places: neighbourhoodsOf({ tenantIndex }),
    partners: partnerOrgs({ seed, group: Math.floor(tenantIndex / TENANTS_PER_PARTNER) }),
    accounts: benchAccounts({ tenantIndex }),
  };
  emitPartners(base);
  const centre = emitCentre(base);
  const staff = emitStaff(base, centre);
  const programme = emitProgramme(base, { tenantId: centre.tenantId, clientCount });
  const signal = (row: Row) =>
    base.emit('signals', {
      id: base.random.id('signal'),
      tenant_id: centre.tenantId,
      programme_id: programme.programmeId,
      severity: 'warning',
      status: 'open',
      ...row,
    });
  const scope: TenantScope = { ...base, ...centre, ...staff, ...programme, signal };
  const planned = emitClients(scope, clientCount);
  emitEquipment(scope, planned, clientCount);
  emitTraining(scope, planned);
  emitBuddies(scope, planned);
  emitOutcomes(scope, planned);
  return { tenantId: centre.tenantId };
}

import type { defaultProgrammeSettings, RecommendedPackage } from '@digipakket/domain';
import type { SeededClientStage } from '../seed-builder/seed-builder';
import { municipalityOf, type neighbourhoodsOf } from './data-generator.people';
import { createGeneratorRandom, mixSeed, type SeededRandom } from './data-generator.random';
import type { CellValue, GeneratedTableName } from './data-generator.tables';

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

export type Stage = SeededClientStage | 'closed';

export type PlannedClient = {
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

const DAY_MS = 86_400_000;

function timeToMs(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
}

/** Dates and instants relative to the run's "today", as text the database reads. */
export function createCalendar({ today }: { today: string }) {
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

export type Row = Record<string, CellValue | undefined>;
export type Emit = (table: GeneratedTableName, row: Row) => void;

/** What every step of one tenant's rows reads: its random stream, its calendar and where rows go. */
export type TenantBase = {
  random: SeededRandom;
  cal: ReturnType<typeof createCalendar>;
  emit: Emit;
  today: string;
  year: string;
  tenantIndex: number;
  passwordHash: string;
  town: ReturnType<typeof municipalityOf>;
  places: ReturnType<typeof neighbourhoodsOf>;
  partners: ReturnType<typeof partnerOrgs>;
  accounts: ReturnType<typeof benchAccounts>;
};

/** The tenant's ids made by the first steps, and the signal writer the later steps share. */
export type TenantScope = TenantBase & {
  tenantId: string;
  welfareOrgId: string;
  socialWorkerIds: string[];
  studentIds: string[];
  teacherIds: string[];
  settings: ReturnType<typeof defaultProgrammeSettings>;
  programmeId: string;
  waveOf: (start: number) => string;
  signal: (row: Row) => void;
};

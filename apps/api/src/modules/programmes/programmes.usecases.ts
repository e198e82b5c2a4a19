import {
  defaultProgrammeSettings,
  type ProgrammeSettings,
  validateProgrammeSettings,
} from '@digipakket/domain';
import type { AuthContext } from '../app/app.types';
import { type Database, withTransaction } from '../app/database';
import { writeAudit } from '../audit/audit.usecases';
import { createForbiddenError } from '../auth/auth.errors';
import type { Clock } from '../shared/clock';
import {
  createPartnerInvalidError,
  createProgrammeAlreadyActiveError,
  createProgrammeNotFoundError,
  createSettingsInvalidError,
} from './programmes.errors';
import { createProgrammesRepository, type WaveRow } from './programmes.repository';
import type {
  ProgrammeCreate,
  ProgrammeList,
  ProgrammePartnerList,
  ProgrammeSettingsBody,
  ProgrammeSettingsResponse,
  WaveSummary,
} from './programmes.schemas';
import { readProgrammeSettings } from './programmes.settings';

/** The tenant of a welfare user; partners have none and never manage programmes. */
export function welfareTenantOf({ auth }: { auth: AuthContext }): string {
  if (auth.organisation.kind !== 'welfare' || !auth.organisation.tenantId) throw createForbiddenError();
  return auth.organisation.tenantId;
}

export function toWaveSummary(wave: WaveRow): WaveSummary {
  return {
    id: wave.id,
    name: wave.name,
    pickupFrom: wave.pickupFrom,
    pickupUntil: wave.pickupTo,
    capacity: {
      laptops: wave.laptopCapacity,
      chequeHours: wave.chequeHourCapacity,
      trainingSeats: wave.trainingSeatCapacity,
    },
  };
}

/** The tenant's programmes, newest first, each with its waves in pickup order. */
export async function listProgrammes({
  db,
  auth,
}: {
  db: Database;
  auth: AuthContext;
}): Promise<ProgrammeList> {
  const tenantId = welfareTenantOf({ auth });
  const repository = createProgrammesRepository({ db });
  const { programmes } = await repository.listProgrammes({ tenantId });
  const items = await Promise.all(
    programmes.map(async (programme) => {
      const { waves } = await repository.listWaves({ tenantId, programmeId: programme.id });
      return {
        id: programme.id,
        name: programme.name,
        status: programme.status,
        homeHelpPartner:
          programme.homeHelpOrgId && programme.homeHelpOrgName
            ? { id: programme.homeHelpOrgId, name: programme.homeHelpOrgName }
            : null,
        trainingPartner:
          programme.trainingOrgId && programme.trainingOrgName
            ? { id: programme.trainingOrgId, name: programme.trainingOrgName }
            : null,
        waves: waves.map(toWaveSummary),
      };
    }),
  );
  return { items };
}

/** The partner organisations that work for the welfare centre, to choose a programme's partners from. */
export async function listProgrammePartners({
  db,
  auth,
}: {
  db: Database;
  auth: AuthContext;
}): Promise<ProgrammePartnerList> {
  const tenantId = welfareTenantOf({ auth });
  const { partners } = await createProgrammesRepository({ db }).listPartners({ tenantId });
  return { items: partners };
}

/**
 * Starts the welfare centre's programme with the domain's default settings. Each partner must work
 * for the welfare centre in that kind; an unknown organisation, one of the wrong kind and one that
 * works only for other tenants are refused alike, naming the field. A tenant runs one active
 * programme at a time (also held by the database).
 */
export async function createProgramme({
  db,
  auth,
  clock,
  input,
  requestId,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  input: ProgrammeCreate;
  requestId: string;
}): Promise<{ programme: ProgrammeList['items'][number] }> {
  const tenantId = welfareTenantOf({ auth });
  const now = clock.now();
  return withTransaction({
    db,
    work: async (tx) => {
      const repository = createProgrammesRepository({ db: tx });
      const { partners } = await repository.listPartners({ tenantId });
      const partnerOf = (kind: 'home_help' | 'training', field: string, id: string | undefined) => {
        if (id === undefined) return null;
        const partner = partners.find((candidate) => candidate.kind === kind && candidate.id === id);
        if (!partner) throw createPartnerInvalidError({ details: { field } });
        return { id: partner.id, name: partner.name };
      };
      const homeHelpPartner = partnerOf('home_help', 'homeHelpOrgId', input.homeHelpOrgId);
      const trainingPartner = partnerOf('training', 'trainingOrgId', input.trainingOrgId);
      const { programmes } = await repository.listProgrammes({ tenantId });
      if (programmes.some((programme) => programme.status === 'active'))
        throw createProgrammeAlreadyActiveError();
      const { programme } = await repository.insertProgramme({
        tenantId,
        name: input.name,
        settings: defaultProgrammeSettings() as unknown as Record<string, unknown>,
        homeHelpOrgId: homeHelpPartner?.id ?? null,
        trainingOrgId: trainingPartner?.id ?? null,
      });
      await writeAudit({
        db: tx,
        entry: {
          actor: auth,
          tenantId,
          action: 'programme.create',
          resource: `programme:${programme.id}`,
          requestId,
          at: now,
        },
      });
      return {
        programme: {
          id: programme.id,
          name: programme.name,
          status: programme.status,
          homeHelpPartner,
          trainingPartner,
          waves: [],
        },
      };
    },
  });
}

/** A programme's settings over the domain defaults. */
export async function getProgrammeSettings({
  db,
  auth,
  programmeId,
}: {
  db: Database;
  auth: AuthContext;
  programmeId: string;
}): Promise<ProgrammeSettingsResponse> {
  const tenantId = welfareTenantOf({ auth });
  const { programme } = await createProgrammesRepository({ db }).findProgramme({ tenantId, programmeId });
  if (!programme) throw createProgrammeNotFoundError();
  return {
    programme: { id: programme.id, name: programme.name },
    settings: readProgrammeSettings({ stored: programme.settings }) as ProgrammeSettingsResponse['settings'],
  };
}

/**
 * Replaces a programme's settings after the domain checked them; every problem comes back at once,
 * each naming its field, so the form can show them beside the fields.
 */
export async function updateProgrammeSettings({
  db,
  auth,
  clock,
  programmeId,
  settings,
  requestId,
}: {
  db: Database;
  auth: AuthContext;
  clock: Clock;
  programmeId: string;
  settings: ProgrammeSettingsBody;
  requestId: string;
}): Promise<ProgrammeSettingsResponse> {
  const tenantId = welfareTenantOf({ auth });
  const check = validateProgrammeSettings({ settings: settings as ProgrammeSettings });
  if (!check.ok) throw createSettingsInvalidError({ details: { reasons: check.reasons } });
  const now = clock.now();
  return withTransaction({
    db,
    work: async (tx) => {
      const { programme } = await createProgrammesRepository({ db: tx }).updateSettings({
        tenantId,
        programmeId,
        settings: settings as unknown as Record<string, unknown>,
        now,
      });
      if (!programme) throw createProgrammeNotFoundError();
      await writeAudit({
        db: tx,
        entry: {
          actor: auth,
          tenantId,
          action: 'programme.settings_update',
          resource: `programme:${programmeId}`,
          requestId,
          at: now,
        },
      });
      return { programme: { id: programme.id, name: programme.name }, settings };
    },
  });
}

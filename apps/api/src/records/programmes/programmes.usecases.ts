import {
  defaultProgrammeSettings,
  type ProgrammeSettings,
  validateProgrammeSettings,
} from '@digipakket/domain';
import type { Database } from '../../ground/database/database';
import type { TenantArgs, TenantContext } from '../../ground/http/request-context';
import { createOrganisationsRepository } from '../../ground/organisations/organisations.repository';
import {
  createPartnerInvalidError,
  createProgrammeAlreadyActiveError,
  createProgrammeNotFoundError,
  createSettingsInvalidError,
} from './programmes.errors';
import { createProgrammesRepository, type ProgrammeRow, type WaveRow } from './programmes.repository';
import type {
  ProgrammeCreate,
  ProgrammeList,
  ProgrammePartnerList,
  ProgrammeSettingsBody,
  ProgrammeSettingsResponse,
  WaveSummary,
} from './programmes.schemas';
import { readProgrammeSettings } from './programmes.settings';

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

/**
 * A programme of the tenant; without an id, the newest active one (else the newest). 404
 * `programme.not_found` when there is none.
 */
export async function requireProgramme({
  db,
  tenantId,
  programmeId,
}: {
  db: Database;
  tenantId: string;
  programmeId?: string | undefined;
}): Promise<{ programme: ProgrammeRow }> {
  const { programme } = await createProgrammesRepository({ db }).findProgramme({ tenantId, programmeId });
  if (!programme) throw createProgrammeNotFoundError();
  return { programme };
}

/** The tenant's programmes, newest first, each with its waves in pickup order. */
export async function listProgrammes({ ctx }: { ctx: TenantContext }): Promise<ProgrammeList> {
  const { db, tenantId } = ctx;
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
export async function listProgrammePartners({ ctx }: { ctx: TenantContext }): Promise<ProgrammePartnerList> {
  const { db, tenantId } = ctx;
  const { partners } = await createOrganisationsRepository({ db }).listPartners({ tenantId });
  return { items: partners };
}

/**
 * Starts the welfare centre's programme with the domain's default settings. Each partner must work
 * for the welfare centre in that kind; an unknown organisation, one of the wrong kind and one that
 * works only for other tenants are refused alike, naming the field. A tenant runs one active
 * programme at a time (also held by the database).
 */
export async function createProgramme({
  ctx,
  input,
}: TenantArgs<{ input: ProgrammeCreate }>): Promise<{ programme: ProgrammeList['items'][number] }> {
  const { tenantId } = ctx;
  return ctx.transaction(async ({ tx, audit }) => {
    const repository = createProgrammesRepository({ db: tx });
    const { partners } = await createOrganisationsRepository({ db: tx }).listPartners({ tenantId });
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
    await audit({
      action: 'programme.create',
      resource: `programme:${programme.id}`,
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
  });
}

/** A programme's settings over the domain defaults. */
export async function getProgrammeSettings({
  ctx,
  programmeId,
}: TenantArgs<{ programmeId: string }>): Promise<ProgrammeSettingsResponse> {
  const { programme } = await requireProgramme({ db: ctx.db, tenantId: ctx.tenantId, programmeId });
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
  ctx,
  programmeId,
  settings,
}: TenantArgs<{ programmeId: string; settings: ProgrammeSettingsBody }>): Promise<ProgrammeSettingsResponse> {
  const { clock, tenantId } = ctx;
  const check = validateProgrammeSettings({ settings: settings as ProgrammeSettings });
  if (!check.ok) throw createSettingsInvalidError({ details: { reasons: check.reasons } });
  const now = clock.now();
  return ctx.transaction(async ({ tx, audit }) => {
    const { programme } = await createProgrammesRepository({ db: tx }).updateSettings({
      tenantId,
      programmeId,
      settings: settings as unknown as Record<string, unknown>,
      now,
    });
    if (!programme) throw createProgrammeNotFoundError();
    await audit({
      action: 'programme.settings_update',
      resource: `programme:${programmeId}`,
    });
    return { programme: { id: programme.id, name: programme.name }, settings };
  });
}

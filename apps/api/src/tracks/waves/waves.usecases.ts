import {
  checkWaveCapacity,
  demandOfPackages,
  homeHelpHoursAvailable,
  validateWave,
  type WaveCapacity,
  type WaveOverflow,
} from '@digipakket/domain';
import type { z } from 'zod';
import type { Database } from '../../ground/database/database';
import type { TenantArgs } from '../../ground/http/request-context';
import { generateId } from '../../ground/shared/ids';
import { createClientNotFoundError } from '../../records/clients/clients.errors';
import { createWaveNotFoundError } from '../../records/programmes/programmes.errors';
import {
  createProgrammesRepository,
  type ProgrammeRow,
  type WaveRow,
} from '../../records/programmes/programmes.repository';
import { readProgrammeSettings } from '../../records/programmes/programmes.settings';
import { requireProgramme, toWaveSummary } from '../../records/programmes/programmes.usecases';
import {
  createClientNotInProgrammeError,
  createWaveInvalidError,
  createWaveOverflowError,
} from './waves.errors';
import { createWavesRepository, packageOfIntake } from './waves.repository';
import type { WaveAddClientsSchema, WaveCandidates, WaveCreateSchema, WavePlan } from './waves.schemas';

function capacityOf(wave: WaveRow): WaveCapacity {
  return {
    laptops: wave.laptopCapacity,
    chequeHours: wave.chequeHourCapacity,
    trainingSeats: wave.trainingSeatCapacity,
  };
}

function overflowsOf(result: ReturnType<typeof checkWaveCapacity>): WaveOverflow[] {
  return result.ok ? [] : result.reasons;
}

/**
 * Whether a wave's planned laptops, home-help hours and seats fit what there is: stock not promised
 * to other waves, the hours the home-help partner agreed to per month not held by overlapping waves
 * (`homeHelpHoursAvailable`; not checked when the programme records no agreement), and free seats in
 * the training partner's basic groups.
 */
async function beyondResources({
  db,
  tenantId,
  programme,
  waveId,
  pickupFrom,
  pickupUntil,
  capacity,
}: {
  db: Database;
  tenantId: string;
  programme: ProgrammeRow;
  waveId: string | null;
  pickupFrom: string;
  pickupUntil: string;
  capacity: WaveCapacity;
}) {
  const repository = createWavesRepository({ db });
  const resources = await repository.getResources({
    tenantId,
    waveId,
    trainingOrgId: programme.trainingOrgId,
    programmeId: programme.id,
    from: pickupFrom,
  });
  const { homeHelpHoursPerMonth } = readProgrammeSettings({ stored: programme.settings });
  const chequeHours =
    homeHelpHoursPerMonth > 0
      ? homeHelpHoursAvailable({
          hoursPerMonth: homeHelpHoursPerMonth,
          wave: { pickupFrom, pickupUntil },
          otherWaves: (
            await repository.listOtherWaves({ tenantId, programmeId: programme.id, waveId })
          ).waves.map((wave) => ({
            pickupFrom: wave.pickupFrom,
            pickupUntil: wave.pickupTo,
            chequeHours: wave.chequeHourCapacity,
          })),
        }).hours
      : null;
  const check = checkWaveCapacity({
    wave: {
      capacity: {
        laptops: resources.laptops,
        chequeHours: chequeHours ?? Number.POSITIVE_INFINITY,
        trainingSeats: resources.trainingSeats,
      },
    },
    adding: {
      laptops: Math.max(0, capacity.laptops - resources.alreadyEquipped),
      chequeHours: capacity.chequeHours,
      trainingSeats: Math.max(0, capacity.trainingSeats - resources.alreadySeated),
    },
  });
  return {
    available: { laptops: resources.laptops, chequeHours, trainingSeats: resources.trainingSeats },
    overflows: overflowsOf(check),
  };
}

async function findWaveAndProgramme({
  db,
  tenantId,
  waveId,
}: {
  db: Database;
  tenantId: string;
  waveId: string;
}) {
  const programmes = createProgrammesRepository({ db });
  const { wave } = await programmes.findWave({ tenantId, waveId });
  if (!wave) throw createWaveNotFoundError();
  const { programme } = await programmes.findProgramme({ tenantId, programmeId: wave.programmeId });
  if (!programme) throw createWaveNotFoundError();
  return { wave, programme };
}

/** A wave against what its clients need and what there is in stock and in seats. */
export async function getWavePlan({
  ctx,
  waveId,
}: TenantArgs<{ waveId: string }>): Promise<{ plan: WavePlan }> {
  const { db, tenantId } = ctx;
  const { wave, programme } = await findWaveAndProgramme({ db, tenantId, waveId });
  const settings = readProgrammeSettings({ stored: programme.settings });
  const { intakes } = await createWavesRepository({ db }).listWaveIntakes({ tenantId, waveId });
  const committed = demandOfPackages({
    packages: intakes.map((intake) => packageOfIntake({ ...intake, settings })),
    minutesPerCheque: settings.minutesPerCheque,
  });
  const capacity = capacityOf(wave);
  const resources = await beyondResources({
    db,
    tenantId,
    programme,
    waveId,
    pickupFrom: wave.pickupFrom,
    pickupUntil: wave.pickupTo,
    capacity,
  });
  return {
    plan: {
      wave: { ...toWaveSummary(wave), programmeId: wave.programmeId },
      clients: intakes.length,
      committed,
      available: resources.available,
      overCapacity: overflowsOf(checkWaveCapacity({ wave: { capacity }, adding: committed })),
      beyondResources: resources.overflows,
    },
  };
}

/**
 * Plans a wave. When its laptops or seats go beyond what there is, answers 409
 * `wave.capacity_exceeded` with the reasons, unless the project lead accepts the overflow.
 */
export async function createWave({
  ctx,
  input,
}: TenantArgs<{ input: z.output<typeof WaveCreateSchema> }>): Promise<{ plan: WavePlan }> {
  const { clock, tenantId } = ctx;
  const id = generateId({ kind: 'wave' });
  const validation = validateWave({
    wave: {
      id,
      name: input.name,
      pickupFrom: input.pickupFrom,
      pickupUntil: input.pickupUntil,
      capacity: input.capacity,
    },
  });
  if (!validation.ok) throw createWaveInvalidError({ details: { reasons: validation.reasons } });
  const now = clock.now();
  await ctx.transaction(async ({ tx, audit }) => {
    const { programme } = await requireProgramme({ db: tx, tenantId, programmeId: input.programmeId });
    const { overflows } = await beyondResources({
      db: tx,
      tenantId,
      programme,
      waveId: null,
      pickupFrom: input.pickupFrom,
      pickupUntil: input.pickupUntil,
      capacity: input.capacity,
    });
    if (overflows.length > 0 && !input.acceptOverflow) {
      throw createWaveOverflowError({ details: { reasons: overflows } });
    }
    await createWavesRepository({ db: tx }).insertWave({
      wave: {
        id,
        tenantId,
        programmeId: programme.id,
        name: input.name,
        pickupFrom: input.pickupFrom,
        pickupTo: input.pickupUntil,
        laptopCapacity: input.capacity.laptops,
        chequeHourCapacity: Math.ceil(input.capacity.chequeHours),
        trainingSeatCapacity: input.capacity.trainingSeats,
        createdAt: now,
        updatedAt: now,
      },
    });
    await audit({ tenantId, action: 'wave.create', resource: `wave:${id}` });
  });
  return getWavePlan({ ctx, waveId: id });
}

/** Approved clients of the wave's programme who are in no wave yet. */
export async function listWaveCandidates({
  ctx,
  waveId,
}: TenantArgs<{ waveId: string }>): Promise<WaveCandidates> {
  const { db, tenantId } = ctx;
  const { programme } = await findWaveAndProgramme({ db, tenantId, waveId });
  const settings = readProgrammeSettings({ stored: programme.settings });
  const { intakes } = await createWavesRepository({ db }).listCandidates({
    tenantId,
    programmeId: programme.id,
  });
  return {
    items: intakes.map((intake) => ({
      clientId: intake.clientId,
      fileNumber: intake.fileNumber,
      firstName: intake.firstName,
      lastName: intake.lastName,
      package: packageOfIntake({ ...intake, settings }),
    })),
  };
}

/**
 * Puts approved clients in a wave, in one transaction. When their packages would overflow the wave,
 * answers 409 `wave.capacity_exceeded` with the reasons unless the overflow is accepted.
 */
export async function addClientsToWave({
  ctx,
  waveId,
  input,
}: TenantArgs<{ waveId: string; input: z.output<typeof WaveAddClientsSchema> }>): Promise<{
  plan: WavePlan;
}> {
  const { clock, tenantId } = ctx;
  const now = clock.now();
  await ctx.transaction(async ({ tx, auditEach }) => {
    const { wave, programme } = await findWaveAndProgramme({ db: tx, tenantId, waveId });
    const settings = readProgrammeSettings({ stored: programme.settings });
    const waves = createWavesRepository({ db: tx });
    const clientIds = [...new Set(input.clientIds)];
    // Another tenant's client answers like a missing one (404), before anything about approval.
    const { count } = await waves.countTenantClients({ tenantId, clientIds });
    if (count !== clientIds.length) throw createClientNotFoundError();
    const { intakes } = await waves.findApprovedIntakes({ tenantId, programmeId: programme.id, clientIds });
    if (intakes.length !== clientIds.length) throw createClientNotInProgrammeError();
    const { intakes: current } = await waves.listWaveIntakes({ tenantId, waveId });
    const already = new Set(current.map((intake) => intake.clientId));
    const adding = intakes.filter((intake) => !already.has(intake.clientId));
    const toDemand = (rows: typeof intakes) =>
      demandOfPackages({
        packages: rows.map((intake) => packageOfIntake({ ...intake, settings })),
        minutesPerCheque: settings.minutesPerCheque,
      });
    const check = checkWaveCapacity({
      wave: { capacity: capacityOf(wave) },
      committed: toDemand(current),
      adding: toDemand(adding),
    });
    if (!check.ok && !input.acceptOverflow)
      throw createWaveOverflowError({ details: { reasons: check.reasons } });
    if (adding.length === 0) return;
    await waves.setWaveOfIntakes({ intakeIds: adding.map((intake) => intake.intakeId), waveId, now });
    await auditEach({
      records: adding.map((intake) => ({
        clientId: intake.clientId,
        action: 'wave.add_client',
        resource: `wave:${waveId}`,
      })),
    });
  });
  return getWavePlan({ ctx, waveId });
}

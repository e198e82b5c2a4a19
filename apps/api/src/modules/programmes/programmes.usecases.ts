import { type ProgrammeSettings, validateProgrammeSettings } from '@digipakket/domain';
import type { AuthContext } from '../app/app.types';
import { type Database, withTransaction } from '../app/database';
import { writeAudit } from '../audit/audit.usecases';
import { createForbiddenError } from '../auth/auth.errors';
import type { Clock } from '../shared/clock';
import { createProgrammeNotFoundError, createSettingsInvalidError } from './programmes.errors';
import { createProgrammesRepository, type WaveRow } from './programmes.repository';
import type {
  ProgrammeList,
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
        waves: waves.map(toWaveSummary),
      };
    }),
  );
  return { items };
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

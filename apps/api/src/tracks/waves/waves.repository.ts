import {
  type ProgrammeSettings,
  PURPOSES,
  type Purpose,
  recommendPackage,
  type SkillLevel,
} from '@digipakket/domain';
import { eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { columnsEqual, columnsOf, insertOne, inTenant } from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { wavesTable } from '../../records/programmes/programmes.tables';
import { approvedAndOpen } from '../intake/intake.repository';
import { intakesTable } from '../intake/intake.tables';
import { createWaveResourcesRepository } from './waves.resources.repository';

export type PackageNeed = { laptop: boolean; cheques: number; basicCourse: boolean };

/** The package an intake recommends: the stored verdict's, else the domain's recommendation. */
export function packageOfIntake({
  verdict,
  skillLevel,
  purposes,
  settings,
}: {
  verdict: Record<string, unknown> | null;
  skillLevel: SkillLevel | null;
  purposes: readonly string[];
  settings: ProgrammeSettings;
}): PackageNeed {
  const stored = verdict?.package as Partial<PackageNeed> | undefined;
  if (stored && typeof stored.cheques === 'number' && typeof stored.basicCourse === 'boolean') {
    return { laptop: stored.laptop !== false, cheques: stored.cheques, basicCourse: stored.basicCourse };
  }
  if (!skillLevel) return { laptop: true, cheques: 0, basicCourse: false };
  const known = purposes.filter((purpose): purpose is Purpose =>
    (PURPOSES as readonly string[]).includes(purpose),
  );
  const { package: recommended } = recommendPackage({ level: skillLevel, purposes: known, settings });
  return { laptop: true, cheques: recommended.cheques, basicCourse: recommended.basicCourse };
}

const intakeColumns = {
  intakeId: intakesTable.id,
  ...columnsOf(intakesTable, ['clientId', 'verdict', 'skillLevel', 'purposes']),
  fileNumber: clientsTable.fileNumber,
  firstName: clientsTable.firstName,
  lastName: clientsTable.lastName,
};

/** The intakes that meet `where`, with their client's file number and name. */
function selectIntakesWithClient(db: Database, where: SQL) {
  return db
    .select(intakeColumns)
    .from(intakesTable)
    .innerJoin(clientsTable, eq(clientsTable.id, intakesTable.clientId))
    .where(where);
}

/** The waves of a programme and the approved intakes planned in them. */
export function createWavesRepository({ db }: { db: Database }) {
  return {
    ...createWaveResourcesRepository({ db }),

    async insertWave({ wave }: { wave: typeof wavesTable.$inferInsert }) {
      return { wave: await insertOne(db, wavesTable, wave) };
    },

    async listWaveIntakes({ tenantId, waveId }: { tenantId: string; waveId: string }) {
      const intakes = await selectIntakesWithClient(db, columnsEqual(intakesTable, { tenantId, waveId }));
      return { intakes };
    },

    /** Approved clients of the programme that are in no wave yet and not closed. */
    async listCandidates({ tenantId, programmeId }: { tenantId: string; programmeId: string }) {
      const intakes = await selectIntakesWithClient(
        db,
        columnsEqual(intakesTable, { tenantId, programmeId }, approvedAndOpen, isNull(intakesTable.waveId)),
      ).orderBy(clientsTable.lastName, clientsTable.firstName);
      return { intakes };
    },

    /** How many of these ids are clients of the tenant (another tenant's count as missing). */
    async countTenantClients({ tenantId, clientIds }: { tenantId: string; clientIds: string[] }) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(clientsTable)
        .where(inTenant(clientsTable, tenantId, inArray(clientsTable.id, clientIds)));
      return { count: row?.n ?? 0 };
    },

    async findApprovedIntakes({
      tenantId,
      programmeId,
      clientIds,
    }: {
      tenantId: string;
      programmeId: string;
      clientIds: string[];
    }) {
      const intakes = await selectIntakesWithClient(
        db,
        columnsEqual(
          intakesTable,
          { tenantId, programmeId },
          approvedAndOpen,
          inArray(intakesTable.clientId, clientIds),
        ),
      );
      return { intakes };
    },

    /** The programme's other waves, whose home-help hours may overlap the wave's. */
    async listOtherWaves({
      tenantId,
      programmeId,
      waveId,
    }: {
      tenantId: string;
      programmeId: string;
      waveId: string | null;
    }) {
      const waves = await db
        .select({
          pickupFrom: wavesTable.pickupFrom,
          pickupTo: wavesTable.pickupTo,
          chequeHourCapacity: wavesTable.chequeHourCapacity,
        })
        .from(wavesTable)
        .where(
          columnsEqual(wavesTable, { tenantId, programmeId }, waveId ? ne(wavesTable.id, waveId) : undefined),
        );
      return { waves };
    },

    async setWaveOfIntakes({ intakeIds, waveId, now }: { intakeIds: string[]; waveId: string; now: Date }) {
      await db
        .update(intakesTable)
        .set({ waveId, updatedAt: now })
        .where(inArray(intakesTable.id, intakeIds));
    },
  };
}

import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../app/database';
import { programmesTable, wavesTable } from './programmes.tables';

export type ProgrammeRow = typeof programmesTable.$inferSelect;
export type WaveRow = typeof wavesTable.$inferSelect;

export function createProgrammesRepository({ db }: { db: Database }) {
  return {
    async listProgrammes({ tenantId }: { tenantId: string }) {
      const programmes = await db
        .select()
        .from(programmesTable)
        .where(eq(programmesTable.tenantId, tenantId))
        .orderBy(desc(programmesTable.createdAt));
      return { programmes };
    },

    /** A programme of the tenant; without an id, the newest active one (else the newest). */
    async findProgramme({ tenantId, programmeId }: { tenantId: string; programmeId?: string | undefined }) {
      const [programme] = await db
        .select()
        .from(programmesTable)
        .where(
          and(
            eq(programmesTable.tenantId, tenantId),
            programmeId ? eq(programmesTable.id, programmeId) : undefined,
          ),
        )
        .orderBy(sql`${programmesTable.status} = 'active' DESC`, desc(programmesTable.createdAt))
        .limit(1);
      return { programme };
    },

    async updateSettings({
      tenantId,
      programmeId,
      settings,
      now,
    }: {
      tenantId: string;
      programmeId: string;
      settings: Record<string, unknown>;
      now: Date;
    }) {
      const [programme] = await db
        .update(programmesTable)
        .set({ settings, updatedAt: now })
        .where(and(eq(programmesTable.tenantId, tenantId), eq(programmesTable.id, programmeId)))
        .returning();
      return { programme };
    },

    async listWaves({ tenantId, programmeId }: { tenantId: string; programmeId: string }) {
      const waves = await db
        .select()
        .from(wavesTable)
        .where(and(eq(wavesTable.tenantId, tenantId), eq(wavesTable.programmeId, programmeId)))
        .orderBy(asc(wavesTable.pickupFrom), asc(wavesTable.name));
      return { waves };
    },

    async findWave({ tenantId, waveId }: { tenantId: string; waveId: string }) {
      const [wave] = await db
        .select()
        .from(wavesTable)
        .where(and(eq(wavesTable.tenantId, tenantId), eq(wavesTable.id, waveId)))
        .limit(1);
      return { wave };
    },
  };
}

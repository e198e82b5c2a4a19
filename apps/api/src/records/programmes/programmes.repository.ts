import { asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../ground/database/database';
import {
  columnsOf,
  findInTenant,
  insertOne,
  inTenant,
  refuseDuplicate,
} from '../../ground/database/query-helpers';
import { organisationsTable } from '../../ground/organisations/organisations.tables';
import { createProgrammeAlreadyActiveError } from './programmes.errors';
import { programmesTable, wavesTable } from './programmes.tables';

const homeHelpOrgs = alias(organisationsTable, 'home_help_orgs');
const trainingOrgs = alias(organisationsTable, 'training_orgs');

export type ProgrammeRow = typeof programmesTable.$inferSelect;
export type WaveRow = typeof wavesTable.$inferSelect;

/** Which programme of the tenant changes, and when. */
type ProgrammeChange = { tenantId: string; programmeId: string; now: Date };

export function createProgrammesRepository({ db }: { db: Database }) {
  /** Stores the settings `settings` computes from the stored ones; answers the programme as it is now. */
  async function writeSettings({ tenantId, programmeId, now }: ProgrammeChange, settings: SQL) {
    const [programme] = await db
      .update(programmesTable)
      .set({ settings, updatedAt: now })
      .where(inTenant(programmesTable, tenantId, eq(programmesTable.id, programmeId)))
      .returning();
    return { programme };
  }

  return {
    /** The tenant's programmes, newest first, with the names of their partners. */
    async listProgrammes({ tenantId }: { tenantId: string }) {
      const programmes = await db
        .select({
          ...columnsOf(programmesTable, ['id', 'name', 'status', 'homeHelpOrgId']),
          homeHelpOrgName: homeHelpOrgs.name,
          trainingOrgId: programmesTable.trainingOrgId,
          trainingOrgName: trainingOrgs.name,
        })
        .from(programmesTable)
        .leftJoin(homeHelpOrgs, eq(homeHelpOrgs.id, programmesTable.homeHelpOrgId))
        .leftJoin(trainingOrgs, eq(trainingOrgs.id, programmesTable.trainingOrgId))
        .where(eq(programmesTable.tenantId, tenantId))
        .orderBy(desc(programmesTable.createdAt));
      return { programmes };
    },

    /**
     * Starts a programme; the database holds one active programme per tenant, so of two concurrent
     * starts one is refused with `programme.already_active`.
     */
    async insertProgramme({
      tenantId,
      name,
      settings,
      homeHelpOrgId,
      trainingOrgId,
    }: {
      tenantId: string;
      name: string;
      settings: Record<string, unknown>;
      homeHelpOrgId: string | null;
      trainingOrgId: string | null;
    }) {
      const values = { tenantId, name, status: 'active' as const, settings, homeHelpOrgId, trainingOrgId };
      const programme = await insertOne(db, programmesTable, values).catch(
        refuseDuplicate('programmes_one_active_per_tenant', createProgrammeAlreadyActiveError),
      );
      return { programme };
    },

    /** A programme of the tenant; without an id, the newest active one (else the newest). */
    async findProgramme({ tenantId, programmeId }: { tenantId: string; programmeId?: string | undefined }) {
      const [programme] = await db
        .select()
        .from(programmesTable)
        .where(
          inTenant(programmesTable, tenantId, programmeId ? eq(programmesTable.id, programmeId) : undefined),
        )
        .orderBy(sql`${programmesTable.status} = 'active' DESC`, desc(programmesTable.createdAt))
        .limit(1);
      return { programme };
    },

    async updateSettings({ settings, ...change }: ProgrammeChange & { settings: Record<string, unknown> }) {
      // The outcome measure's settings live under `outcomes` and are changed on their own: kept here.
      return writeSettings(
        change,
        sql`${JSON.stringify(settings)}::jsonb || CASE WHEN ${programmesTable.settings} ? 'outcomes' THEN jsonb_build_object('outcomes', ${programmesTable.settings} -> 'outcomes') ELSE '{}'::jsonb END`,
      );
    },

    /** Replaces the outcome measure's settings of a programme, leaving its other settings as they are. */
    async updateOutcomeSettings({
      outcomes,
      ...change
    }: ProgrammeChange & { outcomes: Record<string, unknown> }) {
      return writeSettings(
        change,
        sql`${programmesTable.settings} || jsonb_build_object('outcomes', ${JSON.stringify(outcomes)}::jsonb)`,
      );
    },

    async listWaves({ tenantId, programmeId }: { tenantId: string; programmeId: string }) {
      const waves = await db
        .select()
        .from(wavesTable)
        .where(inTenant(wavesTable, tenantId, eq(wavesTable.programmeId, programmeId)))
        .orderBy(asc(wavesTable.pickupFrom), asc(wavesTable.name));
      return { waves };
    },

    async findWave({ tenantId, waveId }: { tenantId: string; waveId: string }) {
      return { wave: await findInTenant(db, wavesTable, { tenantId, id: waveId }) };
    },
  };
}

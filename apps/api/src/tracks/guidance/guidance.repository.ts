import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { findLatestOfClient, upsertOne } from '../../ground/database/query-helpers';
import { findIntakeWithProgramme } from '../intake/intake.repository';
import { intakesTable } from '../intake/intake.tables';
import { createBuddyPairingsRepository } from './guidance.buddies.repository';
import { type buddyPairingsTable, digipuntInfoRecordsTable, type ToldDigipunt } from './guidance.tables';

export type BuddyPairingRow = typeof buddyPairingsTable.$inferSelect;

/** The guidance of a client: the Digipunten told about, and their Digibuddy pairings. */
export function createGuidanceRepository({ db }: { db: Database }) {
  return {
    ...createBuddyPairingsRepository({ db }),

    /** The client's latest intake, the anchor of the trajectory the guidance facts belong to. */
    async findLatestIntake(client: { tenantId: string; clientId: string }) {
      return { intake: await findLatestOfClient(db, intakesTable, client) };
    },

    /** Stores which Digipunten were told and marks the intake's Digipunt information as given. */
    async recordDigipuntInfo(args: {
      tenantId: string;
      clientId: string;
      intakeId: string;
      points: ToldDigipunt[];
      givenAt: Date;
      givenBy: string;
    }) {
      // Two workers recording for one client in the same instant share the record's key: the
      // second adds its points to the first instead of failing.
      await upsertOne(db, digipuntInfoRecordsTable, args, {
        target: [digipuntInfoRecordsTable.clientId, digipuntInfoRecordsTable.givenAt],
        set: {
          points: sql`(SELECT jsonb_agg(DISTINCT point) FROM jsonb_array_elements(${digipuntInfoRecordsTable.points} || excluded.points) AS point)`,
        },
      });
      await db
        .update(intakesTable)
        .set({ digipuntInfoGivenAt: args.givenAt, updatedAt: args.givenAt })
        .where(and(eq(intakesTable.tenantId, args.tenantId), eq(intakesTable.id, args.intakeId)));
    },

    /** The latest intake with its programme's settings: whether a Digibuddy is offered depends on both. */
    async findIntakeWithSettings(client: { tenantId: string; clientId: string }) {
      return { intake: await findIntakeWithProgramme(db, client) };
    },
  };
}

import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../app/database';
import { intakesTable } from '../intake/intake.tables';
import { digipuntInfoRecordsTable, type ToldDigipunt } from './guidance.tables';

export function createGuidanceRepository({ db }: { db: Database }) {
  return {
    /** The client's latest intake, the anchor of the trajectory the guidance facts belong to. */
    async findLatestIntake({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const [intake] = await db
        .select({ id: intakesTable.id })
        .from(intakesTable)
        .where(and(eq(intakesTable.tenantId, tenantId), eq(intakesTable.clientId, clientId)))
        .orderBy(desc(intakesTable.createdAt))
        .limit(1);
      return { intake };
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
      await db.insert(digipuntInfoRecordsTable).values(args);
      await db
        .update(intakesTable)
        .set({ digipuntInfoGivenAt: args.givenAt, updatedAt: args.givenAt })
        .where(and(eq(intakesTable.tenantId, args.tenantId), eq(intakesTable.id, args.intakeId)));
    },
  };
}

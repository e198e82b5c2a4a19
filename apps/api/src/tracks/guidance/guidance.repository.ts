import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { usersTable } from '../../records/users/users.tables';
import { intakesTable } from '../intake/intake.tables';
import { createBuddyAlreadyPairedError } from './guidance.errors';
import {
  buddyMeetingsTable,
  buddyPairingsTable,
  digipuntInfoRecordsTable,
  type ToldDigipunt,
} from './guidance.tables';

export type BuddyPairingRow = typeof buddyPairingsTable.$inferSelect;

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
      // Two workers recording for one client in the same instant share the record's key: the
      // second adds its points to the first instead of failing.
      await db
        .insert(digipuntInfoRecordsTable)
        .values(args)
        .onConflictDoUpdate({
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
    async findIntakeWithSettings({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const [row] = await db
        .select({
          intakeId: intakesTable.id,
          programmeId: intakesTable.programmeId,
          verdict: intakesTable.verdict,
          settings: programmesTable.settings,
        })
        .from(intakesTable)
        .innerJoin(programmesTable, eq(programmesTable.id, intakesTable.programmeId))
        .where(and(eq(intakesTable.tenantId, tenantId), eq(intakesTable.clientId, clientId)))
        .orderBy(desc(intakesTable.createdAt))
        .limit(1);
      return { intake: row };
    },

    /** A client's pairings, newest first, each with its meetings in date order and who recorded them. */
    async listBuddyPairings({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const pairings = await db
        .select()
        .from(buddyPairingsTable)
        .where(and(eq(buddyPairingsTable.tenantId, tenantId), eq(buddyPairingsTable.clientId, clientId)))
        .orderBy(desc(buddyPairingsTable.startedOn), desc(buddyPairingsTable.createdAt));
      const meetings =
        pairings.length === 0
          ? []
          : await db
              .select({ meeting: buddyMeetingsTable, recordedBy: usersTable.displayName })
              .from(buddyMeetingsTable)
              .leftJoin(usersTable, eq(usersTable.id, buddyMeetingsTable.createdBy))
              .where(
                and(
                  eq(buddyMeetingsTable.tenantId, tenantId),
                  inArray(
                    buddyMeetingsTable.pairingId,
                    pairings.map((pairing) => pairing.id),
                  ),
                ),
              )
              .orderBy(asc(buddyMeetingsTable.metOn), asc(buddyMeetingsTable.createdAt));
      return { pairings, meetings };
    },

    /** One pairing of the client, locked until the transaction ends so a meeting and an end do not cross. */
    async findBuddyPairingForUpdate({
      tenantId,
      clientId,
      pairingId,
    }: {
      tenantId: string;
      clientId: string;
      pairingId: string;
    }) {
      const [pairing] = await db
        .select()
        .from(buddyPairingsTable)
        .where(
          and(
            eq(buddyPairingsTable.tenantId, tenantId),
            eq(buddyPairingsTable.clientId, clientId),
            eq(buddyPairingsTable.id, pairingId),
          ),
        )
        .for('update');
      return { pairing };
    },

    /** Starts a pairing; the partial unique index keeps one active pairing per client, also under concurrent requests. */
    async insertBuddyPairing(values: typeof buddyPairingsTable.$inferInsert) {
      try {
        const [pairing] = await db.insert(buddyPairingsTable).values(values).returning();
        return { pairing: pairing! };
      } catch (error) {
        if (getUniqueViolationConstraint(error) === 'buddy_pairings_one_active_per_client') {
          throw createBuddyAlreadyPairedError({ cause: error });
        }
        throw error;
      }
    },

    async insertBuddyMeeting(values: typeof buddyMeetingsTable.$inferInsert) {
      const [meeting] = await db.insert(buddyMeetingsTable).values(values).returning();
      return { meeting: meeting! };
    },

    /** Ends an active pairing; no row back means it had ended already. */
    async endBuddyPairing({
      tenantId,
      pairingId,
      endedOn,
      endedBy,
      at,
    }: {
      tenantId: string;
      pairingId: string;
      endedOn: string;
      endedBy: string;
      at: Date;
    }) {
      const [pairing] = await db
        .update(buddyPairingsTable)
        .set({ status: 'ended', endedOn, endedBy, updatedAt: at })
        .where(
          and(
            eq(buddyPairingsTable.tenantId, tenantId),
            eq(buddyPairingsTable.id, pairingId),
            eq(buddyPairingsTable.status, 'active'),
          ),
        )
        .returning();
      return { pairing };
    },
  };
}

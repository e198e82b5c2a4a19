import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import {
  columnsEqual,
  insertOne,
  listOfClient,
  ofClient,
  refuseDuplicate,
} from '../../ground/database/query-helpers';
import { usersTable } from '../../records/users/users.tables';
import { createBuddyAlreadyPairedError } from './guidance.errors';
import { buddyMeetingsTable, buddyPairingsTable } from './guidance.tables';

/** A client's Digibuddy pairings and their meetings. */
export function createBuddyPairingsRepository({ db }: { db: Database }) {
  return {
    /** A client's pairings, newest first, each with its meetings in date order and who recorded them. */
    async listBuddyPairings({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const newestFirst = [desc(buddyPairingsTable.startedOn), desc(buddyPairingsTable.createdAt)];
      const pairings = await listOfClient(db, buddyPairingsTable, { tenantId, clientId }, ...newestFirst);
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
        .where(ofClient(buddyPairingsTable, { tenantId, clientId }, eq(buddyPairingsTable.id, pairingId)))
        .for('update');
      return { pairing };
    },

    /** Starts a pairing; the partial unique index keeps one active pairing per client, also under concurrent requests. */
    async insertBuddyPairing(values: typeof buddyPairingsTable.$inferInsert) {
      const pairing = await insertOne(db, buddyPairingsTable, values).catch(
        refuseDuplicate('buddy_pairings_one_active_per_client', createBuddyAlreadyPairedError),
      );
      return { pairing };
    },

    async insertBuddyMeeting(values: typeof buddyMeetingsTable.$inferInsert) {
      return { meeting: await insertOne(db, buddyMeetingsTable, values) };
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
        .where(columnsEqual(buddyPairingsTable, { tenantId, id: pairingId, status: 'active' }))
        .returning();
      return { pairing };
    },
  };
}

import { and, asc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { courseGroupsTable, enrolmentsTable } from '../training/training.tables';

/** A group's seats and waitlist: the group locked, its active roster, seats taken and released, the waitlist numbered. */
export function createEnrolmentSeatsRepository({ db }: { db: Database }) {
  return {
    /**
     * Locks the group row for the rest of the transaction: every enrolment change of one group runs
     * one after the other, so the roster read next is the one the change applies to.
     */
    async lockGroup({ groupId, trainingOrgIds }: { groupId: string; trainingOrgIds?: string[] }) {
      const conditions: SQL[] = [eq(courseGroupsTable.id, groupId)];
      if (trainingOrgIds) {
        if (trainingOrgIds.length === 0) return { group: undefined };
        conditions.push(inArray(courseGroupsTable.trainingOrgId, trainingOrgIds));
      }
      const [group] = await db
        .select()
        .from(courseGroupsTable)
        .where(and(...conditions))
        .for('update')
        .limit(1);
      return { group };
    },

    /** The active (not withdrawn) enrolments of a group: the enrolled, then the waitlist in its order. */
    async listActiveRoster({ groupId }: { groupId: string }) {
      const rows = await db
        .select()
        .from(enrolmentsTable)
        .where(and(eq(enrolmentsTable.groupId, groupId), ne(enrolmentsTable.status, 'withdrawn')))
        .orderBy(
          sql`${enrolmentsTable.position} ASC NULLS FIRST`,
          asc(enrolmentsTable.enrolledAt),
          asc(enrolmentsTable.id),
        );
      return { rows };
    },

    /** Takes a seat: touches the row only while a seat is free, so the counter never passes capacity. */
    async takeSeat({ groupId }: { groupId: string }) {
      const rows = await db
        .update(courseGroupsTable)
        .set({ enrolledCount: sql`${courseGroupsTable.enrolledCount} + 1` })
        .where(
          and(
            eq(courseGroupsTable.id, groupId),
            sql`${courseGroupsTable.enrolledCount} < ${courseGroupsTable.capacity}`,
          ),
        )
        .returning({ id: courseGroupsTable.id });
      return { taken: rows.length === 1 };
    },

    async releaseSeat({ groupId }: { groupId: string }) {
      await db
        .update(courseGroupsTable)
        .set({ enrolledCount: sql`${courseGroupsTable.enrolledCount} - 1` })
        .where(eq(courseGroupsTable.id, groupId));
    },

    /** Numbers the waitlist 1, 2, 3… in the order given. */
    async renumberWaitlist({ enrolmentIds, now }: { enrolmentIds: string[]; now: Date }) {
      for (const [index, id] of enrolmentIds.entries()) {
        await db
          .update(enrolmentsTable)
          .set({ position: index + 1, updatedAt: now })
          .where(
            and(eq(enrolmentsTable.id, id), sql`${enrolmentsTable.position} IS DISTINCT FROM ${index + 1}`),
          );
      }
    },
  };
}

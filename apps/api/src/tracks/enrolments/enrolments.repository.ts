import { and, asc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { getUniqueViolationConstraint } from '../../ground/shared/errors';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { createAlreadyOnRosterError } from '../training/training.errors';
import {
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  trainingLocationsTable,
} from '../training/training.tables';

export type EnrolmentRow = typeof enrolmentsTable.$inferSelect;

export function createEnrolmentsRepository({ db }: { db: Database }) {
  return {
    /** The training organisations of a tenant's active programmes, with the programme that uses each. */
    async listTrainingPartners({ tenantId }: { tenantId: string }) {
      const rows = await db
        .select({ programmeId: programmesTable.id, trainingOrgId: programmesTable.trainingOrgId })
        .from(programmesTable)
        .where(and(eq(programmesTable.tenantId, tenantId), eq(programmesTable.status, 'active')))
        .orderBy(asc(programmesTable.createdAt), asc(programmesTable.id));
      const partners = new Map<string, string>();
      for (const row of rows) {
        if (row.trainingOrgId && !partners.has(row.trainingOrgId))
          partners.set(row.trainingOrgId, row.programmeId);
      }
      return { partners };
    },

    /** Basic course groups of these organisations whose last session is today or later (or not planned yet). */
    async listOpenGroups({
      trainingOrgIds,
      today,
      includeStarted,
    }: {
      trainingOrgIds: string[];
      today: string;
      includeStarted: boolean;
    }) {
      if (trainingOrgIds.length === 0) return { rows: [] };
      const firstSession = sql<
        string | null
      >`(SELECT min(${courseSessionsTable.date}) FROM ${courseSessionsTable} WHERE ${courseSessionsTable.groupId} = ${courseGroupsTable.id} AND ${courseSessionsTable.cancelledAt} IS NULL)`;
      const lastSession = sql<
        string | null
      >`(SELECT max(${courseSessionsTable.date}) FROM ${courseSessionsTable} WHERE ${courseSessionsTable.groupId} = ${courseGroupsTable.id} AND ${courseSessionsTable.cancelledAt} IS NULL)`;
      const rows = await db
        .select({
          id: courseGroupsTable.id,
          name: courseGroupsTable.name,
          locationName: trainingLocationsTable.name,
          firstSessionDate: firstSession,
          languageSupport: courseGroupsTable.languageSupport,
          capacity: courseGroupsTable.capacity,
          enrolledCount: courseGroupsTable.enrolledCount,
          waitlistCount: sql<number>`(SELECT count(*)::int FROM ${enrolmentsTable} WHERE ${enrolmentsTable.groupId} = ${courseGroupsTable.id} AND ${enrolmentsTable.status} = 'waitlisted')`,
        })
        .from(courseGroupsTable)
        .leftJoin(trainingLocationsTable, eq(trainingLocationsTable.id, courseGroupsTable.locationId))
        .where(
          and(
            inArray(courseGroupsTable.trainingOrgId, trainingOrgIds),
            eq(courseGroupsTable.kind, 'basic'),
            sql`coalesce(${lastSession} >= ${today}, true)`,
            includeStarted ? undefined : sql`coalesce(${firstSession} >= ${today}, true)`,
          ),
        )
        .orderBy(sql`${firstSession} ASC NULLS LAST`, asc(courseGroupsTable.name), asc(courseGroupsTable.id))
        .limit(200);
      return {
        rows: rows.map((row) => ({
          ...row,
          waitlistCount: Number(row.waitlistCount),
          started: row.firstSessionDate !== null && row.firstSessionDate < today,
        })),
      };
    },

    async findClientOfTenant({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const [client] = await db
        .select({ id: clientsTable.id, preferredLanguage: clientsTable.preferredLanguage })
        .from(clientsTable)
        .where(and(eq(clientsTable.tenantId, tenantId), eq(clientsTable.id, clientId)))
        .limit(1);
      return { client };
    },

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

    async insertEnrolment({ enrolment }: { enrolment: typeof enrolmentsTable.$inferInsert }) {
      try {
        const [row] = await db.insert(enrolmentsTable).values(enrolment).returning();
        return { enrolment: row! };
      } catch (error) {
        if (getUniqueViolationConstraint(error) === 'enrolments_one_active_per_client_group') {
          throw createAlreadyOnRosterError({ cause: error });
        }
        throw error;
      }
    },

    async findEnrolment({ enrolmentId }: { enrolmentId: string }) {
      const [enrolment] = await db
        .select()
        .from(enrolmentsTable)
        .where(eq(enrolmentsTable.id, enrolmentId))
        .limit(1);
      return { enrolment };
    },

    async setStatus({
      enrolmentId,
      status,
      position,
      withdrawnAt = null,
      withdrawal,
      now,
    }: {
      enrolmentId: string;
      status: 'enrolled' | 'waitlisted' | 'withdrawn';
      position: number | null;
      withdrawnAt?: Date | null;
      withdrawal?: { reason: string; note: string | null; by: string };
      now: Date;
    }) {
      await db
        .update(enrolmentsTable)
        .set({
          status,
          position,
          withdrawnAt,
          ...(withdrawal
            ? {
                withdrawnReason: withdrawal.reason,
                withdrawnNote: withdrawal.note,
                withdrawnBy: withdrawal.by,
              }
            : {}),
          updatedAt: now,
        })
        .where(eq(enrolmentsTable.id, enrolmentId));
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

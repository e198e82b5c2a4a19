import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { findOne, insertOne, inTenant, refuseDuplicate } from '../../ground/database/query-helpers';
import { clientsTable } from '../../records/clients/clients.tables';
import { programmesTable } from '../../records/programmes/programmes.tables';
import { createAlreadyOnRosterError } from '../training/training.errors';
import {
  courseGroupsTable,
  courseSessionsTable,
  enrolmentsTable,
  trainingLocationsTable,
} from '../training/training.tables';
import { createEnrolmentSeatsRepository } from './enrolments.seats.repository';

export type EnrolmentRow = typeof enrolmentsTable.$inferSelect;

/** Enrolling a tenant's clients in the training partners' open basic course groups. */
export function createEnrolmentsRepository({ db }: { db: Database }) {
  return {
    ...createEnrolmentSeatsRepository({ db }),

    /** The training organisations of a tenant's active programmes, with the programme that uses each. */
    async listTrainingPartners({ tenantId }: { tenantId: string }) {
      const rows = await db
        .select({ programmeId: programmesTable.id, trainingOrgId: programmesTable.trainingOrgId })
        .from(programmesTable)
        .where(inTenant(programmesTable, tenantId, eq(programmesTable.status, 'active')))
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
        .where(inTenant(clientsTable, tenantId, eq(clientsTable.id, clientId)))
        .limit(1);
      return { client };
    },

    async insertEnrolment({ enrolment }: { enrolment: typeof enrolmentsTable.$inferInsert }) {
      const row = await insertOne(db, enrolmentsTable, enrolment).catch(
        refuseDuplicate('enrolments_one_active_per_client_group', createAlreadyOnRosterError),
      );
      return { enrolment: row };
    },

    async findEnrolment({ enrolmentId }: { enrolmentId: string }) {
      return { enrolment: await findOne(db, enrolmentsTable, { id: enrolmentId }) };
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
  };
}

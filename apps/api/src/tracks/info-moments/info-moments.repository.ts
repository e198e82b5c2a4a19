import { count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../ground/database/database';
import { findInTenant, insertOne, inTenant, ofClient } from '../../ground/database/query-helpers';
import { createInfoMomentCandidatesRepository } from './info-moments.candidates.repository';
import { createInfoMomentInvitationsRepository } from './info-moments.invitations.repository';
import { infoMomentInvitationsTable, infoMomentsTable } from './info-moments.tables';

export type InfoMomentRow = typeof infoMomentsTable.$inferSelect;

const momentCounts = {
  invited: sql<number>`(SELECT count(*)::int FROM ${infoMomentInvitationsTable} WHERE ${infoMomentInvitationsTable.momentId} = ${infoMomentsTable.id})`,
  attended: sql<number>`(SELECT count(*)::int FROM ${infoMomentInvitationsTable} WHERE ${infoMomentInvitationsTable.momentId} = ${infoMomentsTable.id} AND ${infoMomentInvitationsTable.attendance} = 'attended')`,
};

/** A tenant's info moments, with the clients who may be invited and the invitations. */
export function createInfoMomentsRepository({ db }: { db: Database }) {
  return {
    ...createInfoMomentCandidatesRepository({ db }),
    ...createInfoMomentInvitationsRepository({ db }),

    async insertMoment(values: typeof infoMomentsTable.$inferInsert) {
      return { moment: await insertOne(db, infoMomentsTable, values) };
    },

    /** The tenant's moments, the latest first, with how many were invited and came. */
    async listMoments({ tenantId, limit }: { tenantId: string; limit: number }) {
      const rows = await db
        .select({ moment: infoMomentsTable, ...momentCounts })
        .from(infoMomentsTable)
        .where(eq(infoMomentsTable.tenantId, tenantId))
        .orderBy(desc(infoMomentsTable.startsAt))
        .limit(limit);
      return { rows };
    },

    /** One moment of the tenant with its counts; locked until the transaction ends when `forUpdate`. */
    async findMoment({
      tenantId,
      momentId,
      forUpdate = false,
    }: {
      tenantId: string;
      momentId: string;
      forUpdate?: boolean;
    }) {
      const moment = await findInTenant(db, infoMomentsTable, { tenantId, id: momentId, forUpdate });
      if (!moment) return { moment: undefined };
      const [counts] = await db
        .select({
          invited: count(),
          attended: sql<number>`count(*) FILTER (WHERE ${infoMomentInvitationsTable.attendance} = 'attended')::int`,
        })
        .from(infoMomentInvitationsTable)
        .where(
          inTenant(infoMomentInvitationsTable, tenantId, eq(infoMomentInvitationsTable.momentId, momentId)),
        );
      return { moment: { ...moment, invited: counts?.invited ?? 0, attended: counts?.attended ?? 0 } };
    },

    /** A client's invitations with their moments, the latest moment first. */
    async listClientInvitations({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const rows = await db
        .select({ invitation: infoMomentInvitationsTable, moment: infoMomentsTable })
        .from(infoMomentInvitationsTable)
        .innerJoin(infoMomentsTable, eq(infoMomentsTable.id, infoMomentInvitationsTable.momentId))
        .where(ofClient(infoMomentInvitationsTable, { tenantId, clientId }))
        .orderBy(desc(infoMomentsTable.startsAt));
      return { rows };
    },
  };
}

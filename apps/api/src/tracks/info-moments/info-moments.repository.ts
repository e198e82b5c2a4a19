import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../ground/database/database';
import { clientsTable } from '../../records/clients/clients.tables';
import { intakesTable } from '../intake/intake.tables';
import { infoMomentInvitationsTable, infoMomentsTable } from './info-moments.tables';

export type InfoMomentRow = typeof infoMomentsTable.$inferSelect;

const momentCounts = {
  invited: sql<number>`(SELECT count(*)::int FROM ${infoMomentInvitationsTable} WHERE ${infoMomentInvitationsTable.momentId} = ${infoMomentsTable.id})`,
  attended: sql<number>`(SELECT count(*)::int FROM ${infoMomentInvitationsTable} WHERE ${infoMomentInvitationsTable.momentId} = ${infoMomentsTable.id} AND ${infoMomentInvitationsTable.attendance} = 'attended')`,
};

export function createInfoMomentsRepository({ db }: { db: Database }) {
  return {
    async insertMoment(values: typeof infoMomentsTable.$inferInsert) {
      const [moment] = await db.insert(infoMomentsTable).values(values).returning();
      return { moment: moment! };
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
      const query = db
        .select()
        .from(infoMomentsTable)
        .where(and(eq(infoMomentsTable.tenantId, tenantId), eq(infoMomentsTable.id, momentId)));
      const [moment] = forUpdate ? await query.for('update') : await query;
      if (!moment) return { moment: undefined };
      const [counts] = await db
        .select({
          invited: count(),
          attended: sql<number>`count(*) FILTER (WHERE ${infoMomentInvitationsTable.attendance} = 'attended')::int`,
        })
        .from(infoMomentInvitationsTable)
        .where(
          and(
            eq(infoMomentInvitationsTable.tenantId, tenantId),
            eq(infoMomentInvitationsTable.momentId, momentId),
          ),
        );
      return { moment: { ...moment, invited: counts?.invited ?? 0, attended: counts?.attended ?? 0 } };
    },

    /** The clients invited to a moment, by name. */
    async listInvitations({ tenantId, momentId }: { tenantId: string; momentId: string }) {
      const rows = await db
        .select({ invitation: infoMomentInvitationsTable, client: clientsTable })
        .from(infoMomentInvitationsTable)
        .innerJoin(clientsTable, eq(clientsTable.id, infoMomentInvitationsTable.clientId))
        .where(
          and(
            eq(infoMomentInvitationsTable.tenantId, tenantId),
            eq(infoMomentInvitationsTable.momentId, momentId),
          ),
        )
        .orderBy(asc(clientsTable.lastName), asc(clientsTable.firstName));
      return { rows };
    },

    /**
     * Clients whose latest intake is approved, without the info given and not closed, who are not
     * invited to this moment: the candidates the domain then checks against their package.
     */
    async listCandidates({
      tenantId,
      momentId,
      limit,
    }: {
      tenantId: string;
      momentId: string;
      limit: number;
    }) {
      const rows = await queryRows<{
        id: string;
        file_number: string;
        first_name: string;
        last_name: string;
        preferred_language: string;
      }>({
        db,
        query: sql`
          SELECT c.id, c.file_number, c.first_name, c.last_name, c.preferred_language
          FROM ${clientsTable} c
          JOIN LATERAL (
            SELECT i.decision, i.info_session_attended_at, i.closure_kind FROM ${intakesTable} i
            WHERE i.tenant_id = c.tenant_id AND i.client_id = c.id
            ORDER BY i.created_at DESC LIMIT 1
          ) latest ON true
          WHERE c.tenant_id = ${tenantId}
            AND latest.decision = 'approved'
            AND latest.info_session_attended_at IS NULL
            AND latest.closure_kind IS NULL
            AND NOT EXISTS (
              SELECT 1 FROM ${infoMomentInvitationsTable} inv
              WHERE inv.tenant_id = c.tenant_id AND inv.moment_id = ${momentId} AND inv.client_id = c.id
            )
          ORDER BY c.last_name, c.first_name, c.file_number
          LIMIT ${limit}`,
      });
      return { rows };
    },

    /** The latest intake of each of these clients: the trajectory an invitation belongs to. */
    async findLatestIntakes({ tenantId, clientIds }: { tenantId: string; clientIds: string[] }) {
      if (clientIds.length === 0) return { intakes: new Map<string, string>() };
      const rows = await db
        .selectDistinctOn([intakesTable.clientId], { clientId: intakesTable.clientId, id: intakesTable.id })
        .from(intakesTable)
        .where(and(eq(intakesTable.tenantId, tenantId), inArray(intakesTable.clientId, clientIds)))
        .orderBy(intakesTable.clientId, desc(intakesTable.createdAt));
      return { intakes: new Map(rows.map((row) => [row.clientId, row.id])) };
    },

    /** Which of these clients are invited to the moment already. */
    async findInvited({
      tenantId,
      momentId,
      clientIds,
    }: {
      tenantId: string;
      momentId: string;
      clientIds: string[];
    }) {
      const rows = await db
        .select({ clientId: infoMomentInvitationsTable.clientId })
        .from(infoMomentInvitationsTable)
        .where(
          and(
            eq(infoMomentInvitationsTable.tenantId, tenantId),
            eq(infoMomentInvitationsTable.momentId, momentId),
            inArray(infoMomentInvitationsTable.clientId, clientIds),
          ),
        );
      return { invited: new Set(rows.map((row) => row.clientId)) };
    },

    /**
     * Invites the clients only while the moment keeps room for all of them: the insert itself counts
     * the invitations and compares with the capacity, so the database holds the limit. Answers how
     * many were inserted (none when they do not fit).
     */
    async insertInvitationsWithinCapacity({
      tenantId,
      momentId,
      invitations,
      invitedAt,
      invitedBy,
    }: {
      tenantId: string;
      momentId: string;
      invitations: { clientId: string; intakeId: string }[];
      invitedAt: Date;
      invitedBy: string;
    }) {
      const values = sql.join(
        invitations.map(({ clientId, intakeId }) => sql`(${clientId}::text, ${intakeId}::text)`),
        sql`, `,
      );
      const rows = await queryRows<{ client_id: string }>({
        db,
        query: sql`
          INSERT INTO ${infoMomentInvitationsTable}
            (tenant_id, moment_id, client_id, intake_id, attendance, invited_at, invited_by)
          SELECT ${tenantId}, ${momentId}, v.client_id, v.intake_id, 'invited', ${invitedAt.toISOString()}::timestamptz, ${invitedBy}
          FROM (VALUES ${values}) AS v(client_id, intake_id)
          WHERE (
            SELECT count(*) FROM ${infoMomentInvitationsTable}
            WHERE tenant_id = ${tenantId} AND moment_id = ${momentId}
          ) + ${invitations.length} <= (
            SELECT capacity FROM ${infoMomentsTable} WHERE tenant_id = ${tenantId} AND id = ${momentId}
          )
          ON CONFLICT DO NOTHING
          RETURNING client_id`,
      });
      return { inserted: rows.length };
    },

    /** One invitation, locked until the transaction ends so two marks do not cross. */
    async findInvitationForUpdate({
      tenantId,
      momentId,
      clientId,
    }: {
      tenantId: string;
      momentId: string;
      clientId: string;
    }) {
      const [invitation] = await db
        .select()
        .from(infoMomentInvitationsTable)
        .where(
          and(
            eq(infoMomentInvitationsTable.tenantId, tenantId),
            eq(infoMomentInvitationsTable.momentId, momentId),
            eq(infoMomentInvitationsTable.clientId, clientId),
          ),
        )
        .for('update');
      return { invitation };
    },

    async setAttendance({
      tenantId,
      momentId,
      clientId,
      attendance,
      at,
      by,
    }: {
      tenantId: string;
      momentId: string;
      clientId: string;
      attendance: 'attended' | 'absent';
      at: Date;
      by: string;
    }) {
      const [invitation] = await db
        .update(infoMomentInvitationsTable)
        .set({ attendance, recordedAt: at, recordedBy: by })
        .where(
          and(
            eq(infoMomentInvitationsTable.tenantId, tenantId),
            eq(infoMomentInvitationsTable.momentId, momentId),
            eq(infoMomentInvitationsTable.clientId, clientId),
          ),
        )
        .returning();
      return { invitation: invitation! };
    },

    /** Closes the info track on the intake; a first time it was given stays the time it was given. */
    async markInfoGiven({ tenantId, intakeId, at }: { tenantId: string; intakeId: string; at: Date }) {
      await db
        .update(intakesTable)
        .set({ infoSessionAttendedAt: at, updatedAt: at })
        .where(
          and(
            eq(intakesTable.tenantId, tenantId),
            eq(intakesTable.id, intakeId),
            isNull(intakesTable.infoSessionAttendedAt),
          ),
        );
    },

    /** The client's latest intake and when the info part of their package was given. */
    async findLatestIntake({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const [intake] = await db
        .select({ id: intakesTable.id, infoSessionAttendedAt: intakesTable.infoSessionAttendedAt })
        .from(intakesTable)
        .where(and(eq(intakesTable.tenantId, tenantId), eq(intakesTable.clientId, clientId)))
        .orderBy(desc(intakesTable.createdAt))
        .limit(1);
      return { intake };
    },

    /** A client's invitations with their moments, the latest moment first. */
    async listClientInvitations({ tenantId, clientId }: { tenantId: string; clientId: string }) {
      const rows = await db
        .select({ invitation: infoMomentInvitationsTable, moment: infoMomentsTable })
        .from(infoMomentInvitationsTable)
        .innerJoin(infoMomentsTable, eq(infoMomentsTable.id, infoMomentInvitationsTable.momentId))
        .where(
          and(
            eq(infoMomentInvitationsTable.tenantId, tenantId),
            eq(infoMomentInvitationsTable.clientId, clientId),
          ),
        )
        .orderBy(desc(infoMomentsTable.startsAt));
      return { rows };
    },
  };
}
